import type { ChangeType } from '../schema/changelog.ts';
import { feedbackSummary, type FeedbackSummary } from './feedback-view.ts';
import { roadmapCard, type RoadmapCard } from './roadmap-view.ts';
import { areaRefs, type AreaRef, type SiteModel } from './site-model.ts';
import { CHANGE_TYPE_LABELS } from './status.ts';

export interface ReleaseSummary {
  id: string;
  title: string;
  href: string;
  version?: string;
  date: string;
  dateLabel: string;
  changes: { type: ChangeType; label: string }[];
  areas: AreaRef[];
  /** How many requests this release answers. */
  answerCount: number;
}

export interface ReleasePage extends ReleaseSummary {
  /** Roadmap items this release ships (first shipped here). */
  ships: RoadmapCard[];
  /** Every request it answers, directly or through a shipped item; most votes first. */
  answers: FeedbackSummary[];
}

export function releaseSummary(model: SiteModel, id: string): ReleaseSummary {
  const entry = model.releases.get(id)!;
  const state = model.lifecycle.releases.get(id)!;
  return {
    id,
    title: entry.data.title,
    href: model.links.release(id),
    version: entry.data.version,
    date: entry.data.date,
    dateLabel: model.date(entry.data.date),
    changes: entry.data.changes.map((type) => ({ type, label: CHANGE_TYPE_LABELS[type] })),
    areas: areaRefs(model, entry.data.areas),
    answerCount: state.answers.length,
  };
}

export function releasePage(model: SiteModel, id: string): ReleasePage {
  const state = model.lifecycle.releases.get(id)!;
  return {
    ...releaseSummary(model, id),
    ships: state.ships.map((itemId) => roadmapCard(model, itemId)),
    answers: state.answers.map((requestId) => feedbackSummary(model, requestId)),
  };
}
