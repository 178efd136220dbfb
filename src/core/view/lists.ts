import type { RoadmapPublicStatus } from '../lifecycle/derive.ts';
import { compareStrings } from '../problems.ts';
import { feedbackSummary, type FeedbackSummary } from './feedback-view.ts';
import type { FeedbackListing, FeedbackSort } from '../urls.ts';
import { releaseSummary, type ReleaseSummary } from './release-view.ts';
import { roadmapCard, type RoadmapCard } from './roadmap-view.ts';
import type { SiteModel } from './site-model.ts';

export type { FeedbackSort };
export type FeedbackQuery = FeedbackListing;

export { BOARD_COLUMNS, type BoardColumn, ROADMAP_LISTS } from '../statuses.ts';

const byVotes = (a: FeedbackSummary, b: FeedbackSummary) =>
  b.votes - a.votes || compareStrings(b.submitted, a.submitted) || compareStrings(a.id, b.id);
const byRecent = (a: FeedbackSummary, b: FeedbackSummary) =>
  compareStrings(b.submitted, a.submitted) || b.votes - a.votes || compareStrings(a.id, b.id);
// Shipped items newest first; the others by demand.
const byCardOrder = (a: RoadmapCard, b: RoadmapCard) =>
  a.shipped && b.shipped
    ? compareStrings(b.shipped.date, a.shipped.date) || compareStrings(a.id, b.id)
    : b.votes - a.votes || compareStrings(a.title, b.title) || compareStrings(a.id, b.id);

/**
 * Every entry's summary, built and sorted once per site model. Lists filter
 * these arrays, so a build with thousands of list pages does linear work per
 * list, never a sort or a fresh summary per page.
 */
interface ListIndex {
  feedbackByVotes: FeedbackSummary[];
  feedbackByRecent: FeedbackSummary[];
  roadmap: Map<RoadmapPublicStatus, RoadmapCard[]>;
  releases: ReleaseSummary[];
}

const indexes = new WeakMap<SiteModel, ListIndex>();

function listIndex(model: SiteModel): ListIndex {
  let index = indexes.get(model);
  if (index) return index;
  const feedback = [...model.feedback.keys()].map((id) => feedbackSummary(model, id));
  const roadmap = new Map<RoadmapPublicStatus, RoadmapCard[]>();
  for (const id of model.roadmap.keys()) {
    const card = roadmapCard(model, id);
    const column = roadmap.get(card.status);
    if (column) column.push(card);
    else roadmap.set(card.status, [card]);
  }
  for (const cards of roadmap.values()) cards.sort(byCardOrder);
  index = {
    feedbackByVotes: [...feedback].sort(byVotes),
    feedbackByRecent: feedback.sort(byRecent),
    roadmap,
    releases: model.releasesNewestFirst.map((release) => releaseSummary(model, release.id)),
  };
  indexes.set(model, index);
  return index;
}

const inArea = (area: string | undefined) => (entry: { areas: { id: string }[] }) =>
  area === undefined || entry.areas.some((ref) => ref.id === area);

/**
 * Requests for a list. Merged requests are left out unless asked for: their
 * votes already count on the request they were merged into.
 */
export function feedbackList(model: SiteModel, query: FeedbackQuery = {}): FeedbackSummary[] {
  const index = listIndex(model);
  const sorted = query.sort === 'recent' ? index.feedbackByRecent : index.feedbackByVotes;
  const area = inArea(query.area);
  return sorted.filter((entry) => (query.status ? entry.status === query.status : entry.status !== 'merged') && area(entry));
}

/** Roadmap items of one status or of all, in board order. */
export function roadmapItems(model: SiteModel, filter: { status?: RoadmapPublicStatus; area?: string } = {}): RoadmapCard[] {
  const index = listIndex(model);
  const cards = filter.status ? (index.roadmap.get(filter.status) ?? []) : [...index.roadmap.values()].flat().sort(byCardOrder);
  return cards.filter(inArea(filter.area));
}

export function releaseList(model: SiteModel, filter: { area?: string } = {}): ReleaseSummary[] {
  return listIndex(model).releases.filter(inArea(filter.area));
}

/** The releases before and after one release, for "newer" and "older" links. */
export function releaseNeighbours(model: SiteModel, id: string): { newer?: ReleaseSummary; older?: ReleaseSummary } {
  const releases = listIndex(model).releases;
  const position = releasePositions(model).get(id);
  if (position === undefined) return {};
  return { newer: releases[position - 1], older: releases[position + 1] };
}

const positions = new WeakMap<SiteModel, Map<string, number>>();

function releasePositions(model: SiteModel): Map<string, number> {
  let map = positions.get(model);
  if (!map) {
    map = new Map(listIndex(model).releases.map((release, index) => [release.id, index]));
    positions.set(model, map);
  }
  return map;
}
