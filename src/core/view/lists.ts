import type { FeedbackPublicStatus, RoadmapPublicStatus } from '../lifecycle/derive.ts';
import { compareStrings } from '../problems.ts';
import { feedbackSummary, type FeedbackSummary } from './feedback-view.ts';
import { releaseSummary, type ReleaseSummary } from './release-view.ts';
import { roadmapCard, type RoadmapCard } from './roadmap-view.ts';
import type { SiteModel } from './site-model.ts';

export type FeedbackSort = 'votes' | 'recent';

export interface FeedbackQuery {
  sort?: FeedbackSort;
  status?: FeedbackPublicStatus;
  area?: string;
}

const byVotes = (a: FeedbackSummary, b: FeedbackSummary) =>
  b.votes - a.votes || compareStrings(b.submitted, a.submitted) || compareStrings(a.id, b.id);
const byRecent = (a: FeedbackSummary, b: FeedbackSummary) =>
  compareStrings(b.submitted, a.submitted) || b.votes - a.votes || compareStrings(a.id, b.id);

/**
 * Requests for a list. Merged requests are left out unless asked for: their
 * votes already count on the request they were merged into.
 */
export function feedbackList(model: SiteModel, query: FeedbackQuery = {}): FeedbackSummary[] {
  const items: FeedbackSummary[] = [];
  for (const [id, entry] of model.feedback) {
    const state = model.lifecycle.feedback.get(id)!;
    if (query.status ? state.status !== query.status : state.status === 'merged') continue;
    if (query.area && !entry.data.areas.includes(query.area)) continue;
    items.push(feedbackSummary(model, id));
  }
  return items.sort(query.sort === 'recent' ? byRecent : byVotes);
}

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
  total: number;
}

export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    count,
    total: items.length,
  }));
}

export const BOARD_COLUMNS = ['later', 'next', 'now', 'shipped'] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];

export function roadmapItems(model: SiteModel, filter: { status?: RoadmapPublicStatus; area?: string } = {}): RoadmapCard[] {
  const cards: RoadmapCard[] = [];
  for (const [id, entry] of model.roadmap) {
    const state = model.lifecycle.roadmap.get(id)!;
    if (filter.status && state.status !== filter.status) continue;
    if (filter.area && !entry.data.areas.includes(filter.area)) continue;
    cards.push(roadmapCard(model, id));
  }
  // Shipped items newest first; the others by demand.
  return cards.sort((a, b) =>
    a.shipped && b.shipped
      ? compareStrings(b.shipped.date, a.shipped.date) || compareStrings(a.id, b.id)
      : b.votes - a.votes || compareStrings(a.title, b.title),
  );
}

export function releaseList(model: SiteModel, filter: { area?: string } = {}): ReleaseSummary[] {
  return model.releasesNewestFirst
    .filter((release) => !filter.area || release.data.areas.includes(filter.area))
    .map((release) => releaseSummary(model, release.id));
}
