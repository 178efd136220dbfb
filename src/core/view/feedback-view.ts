import { requestFeedTitle } from '../feeds/activity.ts';
import type { FeedbackPublicStatus } from '../lifecycle/derive.ts';
import { explainFeedback } from './explain.ts';
import { formatCount } from './format.ts';
import { inlineText, type Inline } from './inline.ts';
import { areaRefs, type AreaRef, type SiteModel } from './site-model.ts';
import { FEEDBACK_STATUS_LABELS, ROADMAP_STATUS_WORDS, type Tone } from './status.ts';

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
  /** The roadmap item that answers the request; `status` in words, such as "in progress". */
  roadmap?: { title: string; href: string; statusWords: string };
  release?: { title: string; href: string; version?: string; date: string; dateLabel: string };
  duplicates: FeedbackSummary[];
  /** The request's way round the loop: asked, planned, shipped. */
  loop: LoopStep[];
  /** One sentence for search engines and link previews. */
  description: string;
  /** The request's own Atom feed: "Follow this request" without an account anywhere. */
  feed: { href: string; title: string };
}

/**
 * One step of the loop a request goes round. `done` and `current` steps
 * happened; `stopped` ended the way (declined); `upcoming` has not happened.
 */
export interface LoopStep {
  label: string;
  state: 'done' | 'current' | 'upcoming' | 'stopped';
  /** The colour of the step, the same as the status badge it stands for. */
  tone: Tone;
  detail: Inline;
}

const STATE_TONES: Record<LoopStep['state'], Tone> = { done: 'green', current: 'blue', upcoming: 'gray', stopped: 'red' };

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
  const canonicalState = explanation.status === 'merged' ? model.lifecycle.feedback.get(explanation.canonical) : undefined;
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
        ? { title: item.data.title, href: model.links.roadmapItem(item.id), statusWords: ROADMAP_STATUS_WORDS[itemState.status] }
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
    loop: feedbackLoop(model, id),
    description: `${inlineText(explainFeedback(model, explanation))} ${formatCount(state.totalVotes, 'vote')}.`,
    feed: { href: model.links.feedbackFeed(id), title: requestFeedTitle(model, id) },
  };
}

function feedbackLoop(model: SiteModel, id: string): LoopStep[] {
  const entry = model.feedback.get(id)!;
  const own = model.lifecycle.feedback.get(id)!;
  // A merged request goes round the loop with the request it was merged into.
  const state = own.explanation.status === 'merged' ? (model.lifecycle.feedback.get(own.explanation.canonical) ?? own) : own;
  const step = (label: string, state: LoopStep['state'], detail: Inline, tone = STATE_TONES[state]): LoopStep => ({
    label,
    state,
    tone,
    detail,
  });
  const asked = step('Requested', 'done', [
    { text: `${entry.data.author ? `by ${entry.data.author} ` : ''}on ${model.date(entry.data.submitted)}` },
  ]);

  let planned: LoopStep | undefined;
  const item = state.roadmap ? model.roadmap.get(state.roadmap) : undefined;
  const itemState = state.roadmap ? model.lifecycle.roadmap.get(state.roadmap) : undefined;
  const explanation = state.explanation;
  if (item && itemState) {
    const link = { text: item.data.title, href: model.links.roadmapItem(item.id) };
    const status = { text: ` (${ROADMAP_STATUS_WORDS[itemState.status]})` };
    if (itemState.status === 'cancelled') planned = step('Cancelled', 'stopped', [link]);
    else if (itemState.status === 'shipped') planned = step('Planned', 'done', [link, status]);
    // Work in progress is amber wherever the site shows it.
    else if (itemState.status === 'now') planned = step('In progress', 'current', [link, status], 'amber');
    else planned = step('Planned', 'current', [link, status]);
  } else if (explanation.status === 'planned') {
    // Planned as an internal item: where it stands, without the item.
    planned = step('Planned', 'current', [{ text: ROADMAP_STATUS_WORDS[explanation.roadmapStatus] }]);
  } else if (explanation.status === 'in-progress') {
    planned = step('In progress', 'current', [{ text: ROADMAP_STATUS_WORDS.now }], 'amber');
  } else if (state.shipped) {
    // Closed directly by a release (or through an internal item): no planning step to show.
    planned = undefined;
  } else if (state.status === 'declined') {
    planned = step('Declined', 'stopped', [{ text: 'not planned' }]);
  } else {
    planned = step('Planned', 'upcoming', [{ text: state.status === 'under-review' ? 'under review' : 'not planned yet' }]);
  }
  if (planned?.state === 'stopped') return [asked, planned];

  const release = state.shipped ? model.releases.get(state.shipped.release) : undefined;
  const shipped =
    state.shipped && release
      ? step('Shipped', 'done', [
          { text: release.data.version ?? release.data.title, href: model.links.release(release.id) },
          { text: ` on ${model.date(state.shipped.date)}` },
        ])
      : step('Shipped', 'upcoming', [{ text: 'not yet' }]);
  return planned ? [asked, planned, shipped] : [asked, shipped];
}
