import type { ChangeType } from '../schema/changelog.ts';
import { feedbackSummary, type FeedbackSummary } from './feedback-view.ts';
import { formatCount } from './format.ts';
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
  /** The most-voted requests it answers, directly or through a shipped item (at most a list page's worth). */
  answers: FeedbackSummary[];
  description: string;
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
  const summary = releaseSummary(model, id);
  const changes = summary.changes.map((change) => change.label.toLowerCase());
  const shipped = state.ships.map((itemId) => model.roadmap.get(itemId)?.data.title ?? itemId);
  return {
    ...summary,
    ships: state.ships.slice(0, model.config.lists.pageSize).map((itemId) => roadmapCard(model, itemId)),
    answers: state.answers.slice(0, model.config.lists.pageSize).map((requestId) => feedbackSummary(model, requestId)),
    description: [
      `${summary.version ? `Version ${summary.version}, released` : 'Released'} on ${summary.dateLabel}.`,
      changes.length > 0 ? `${changes.join(', ').replace(/^./, (c) => c.toUpperCase())} changes.` : '',
      shipped.length > 0 ? `Ships ${shipped.slice(0, 3).join(', ')}${shipped.length > 3 ? ' and more' : ''}.` : '',
      state.answers.length > 0 ? `Answers ${formatCount(state.answers.length, 'request')}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  };
}
