import type { FeedbackPublicStatus } from '../lifecycle/derive.ts';
import { explainFeedback } from './explain.ts';
import type { Inline } from './inline.ts';
import { areaRefs, type AreaRef, type SiteModel } from './site-model.ts';
import { FEEDBACK_STATUS_LABELS, ROADMAP_STATUS_LABELS } from './status.ts';

export interface FeedbackSummary {
  id: string;
  title: string;
  href: string;
  status: FeedbackPublicStatus;
  statusLabel: string;
  /** Votes including requests merged into this one. */
  votes: number;
  submitted: string;
  submittedLabel: string;
  areas: AreaRef[];
}

export interface FeedbackPage extends FeedbackSummary {
  author?: string;
  source?: string;
  /** The request's own votes, when requests merged into it add more. */
  ownVotes: number;
  explanation: Inline;
  /** For a merged request, where the request it was merged into stands. */
  canonicalExplanation?: Inline;
  roadmap?: { title: string; href: string; statusLabel: string };
  release?: { title: string; href: string; version?: string; date: string; dateLabel: string };
  duplicates: FeedbackSummary[];
}

export function feedbackSummary(model: SiteModel, id: string): FeedbackSummary {
  const entry = model.feedback.get(id)!;
  const state = model.lifecycle.feedback.get(id)!;
  return {
    id,
    title: entry.data.title,
    href: model.links.feedback(id),
    status: state.status,
    statusLabel: FEEDBACK_STATUS_LABELS[state.status],
    votes: state.totalVotes,
    submitted: entry.data.submitted,
    submittedLabel: model.date(entry.data.submitted),
    areas: areaRefs(model, entry.data.areas),
  };
}

export function feedbackPage(model: SiteModel, id: string): FeedbackPage {
  const entry = model.feedback.get(id)!;
  const state = model.lifecycle.feedback.get(id)!;
  const explanation = state.explanation;
  const canonicalState =
    explanation.status === 'merged' ? model.lifecycle.feedback.get(explanation.canonical) : undefined;
  const item = state.roadmap ? model.roadmap.get(state.roadmap) : undefined;
  const itemState = state.roadmap ? model.lifecycle.roadmap.get(state.roadmap) : undefined;
  const shipment = state.shipped;
  const release = shipment ? model.releases.get(shipment.release) : undefined;
  return {
    ...feedbackSummary(model, id),
    author: entry.data.author,
    source: entry.data.source,
    ownVotes: state.votes,
    explanation: explainFeedback(model, explanation),
    canonicalExplanation: canonicalState ? explainFeedback(model, canonicalState.explanation) : undefined,
    roadmap:
      item && itemState
        ? { title: item.data.title, href: model.links.roadmapItem(item.id), statusLabel: ROADMAP_STATUS_LABELS[itemState.status] }
        : undefined,
    release:
      release && shipment
        ? {
            title: release.data.title,
            href: model.links.release(release.id),
            version: release.data.version,
            date: shipment.date,
            dateLabel: model.date(shipment.date),
          }
        : undefined,
    duplicates: state.duplicates.map((duplicate) => feedbackSummary(model, duplicate)),
  };
}
