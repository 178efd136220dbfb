import type { RoadmapPublicStatus } from '../lifecycle/derive.ts';
import { explainRoadmap } from './explain.ts';
import { feedbackSummary, type FeedbackSummary } from './feedback-view.ts';
import { inlineText, type Inline } from './inline.ts';
import { areaRefs, type AreaRef, type SiteModel } from './site-model.ts';

export interface RoadmapCard {
  id: string;
  title: string;
  href: string;
  status: RoadmapPublicStatus;
  statusLabel: string;
  areas: AreaRef[];
  /** Votes summed over linked requests and their duplicates. */
  votes: number;
  requestCount: number;
  target?: string;
  shipped?: { version?: string; date: string; dateLabel: string; href: string };
}

export interface TimelineEvent {
  date: string;
  dateLabel: string;
  /** The status the item moved to, if the event changed it. */
  status?: RoadmapPublicStatus;
  statusLabel?: string;
  note: Inline;
}

export interface RoadmapPage extends RoadmapCard {
  /** Where the item stands, in a sentence. */
  explanation: Inline;
  updates: { date: string; dateLabel: string; statusLabel?: string; note: string }[];
  /** The public history, oldest first, ending with the release that shipped it. */
  timeline: TimelineEvent[];
  /** The most-voted linked requests (at most a list page's worth); `requestCount` has them all. */
  requests: FeedbackSummary[];
  description: string;
  /** Where the votes come from: "From 3 requests, and 2 merged into them." */
  votesFrom: string;
  /** For a cancelled item, the reason customers see. */
  reason?: string;
  release?: { title: string; href: string; version?: string };
}

export function roadmapCard(model: SiteModel, id: string): RoadmapCard {
  const entry = model.roadmap.get(id)!;
  const state = model.lifecycle.roadmap.get(id)!;
  return {
    id,
    title: entry.data.title,
    href: model.links.roadmapItem(id),
    status: state.status,
    statusLabel: model.ui.status(state.status),
    areas: areaRefs(model, entry.data.areas),
    votes: state.votes,
    requestCount: state.requests.length,
    target: state.status === 'shipped' ? undefined : entry.data.target,
    shipped: state.shipped
      ? {
          version: state.shipped.version,
          date: state.shipped.date,
          dateLabel: model.date(state.shipped.date),
          href: model.links.release(state.shipped.release),
        }
      : undefined,
  };
}

export function roadmapPage(model: SiteModel, id: string): RoadmapPage {
  const entry = model.roadmap.get(id)!;
  const state = model.lifecycle.roadmap.get(id)!;
  const release = state.shipped ? model.releases.get(state.shipped.release) : undefined;
  const card = roadmapCard(model, id);
  const timeline: TimelineEvent[] = entry.data.updates.map((update) => ({
    date: update.date,
    dateLabel: model.date(update.date),
    status: update.status,
    statusLabel: update.status ? model.ui.status(update.status) : undefined,
    note: [{ text: update.note }],
  }));
  if (state.shipped && release) {
    timeline.push({
      date: state.shipped.date,
      dateLabel: model.date(state.shipped.date),
      status: 'shipped',
      statusLabel: model.ui.status('shipped'),
      note: model.ui.inline('item.releasedIn', { release: { text: release.data.title, href: model.links.release(release.id) } }),
    });
  }
  const explanation = explainRoadmap(model, id);
  const merged = mergedInto(model, state.requests);
  const votesFrom =
    card.requestCount === 0
      ? model.ui.text('item.noRequests')
      : merged > 0
        ? model.ui.count('item.fromMerged', card.requestCount, { requests: model.ui.count('count.requests', card.requestCount), merged })
        : model.ui.text('item.from', { requests: model.ui.count('count.requests', card.requestCount) });
  return {
    ...card,
    explanation,
    votesFrom,
    timeline,
    description: model.ui.text('item.description', {
      explanation: inlineText(explanation),
      votes: model.ui.count('count.votes', card.votes),
      requests: model.ui.count('count.requests', card.requestCount),
    }),
    updates: entry.data.updates.map((update) => ({
      date: update.date,
      dateLabel: model.date(update.date),
      statusLabel: update.status ? model.ui.status(update.status) : undefined,
      note: update.note,
    })),
    requests: state.requests.slice(0, model.config.lists.pageSize).map((requestId) => feedbackSummary(model, requestId)),
    reason: state.reason,
    release: release ? { title: release.data.title, href: model.links.release(release.id), version: release.data.version } : undefined,
  };
}

/** How many requests were merged, directly or through another duplicate, into these. */
function mergedInto(model: SiteModel, requests: readonly string[]): number {
  let count = 0;
  const pending = [...requests];
  const seen = new Set(pending);
  while (pending.length > 0) {
    for (const duplicate of model.lifecycle.feedback.get(pending.pop()!)?.duplicates ?? []) {
      if (seen.has(duplicate)) continue;
      seen.add(duplicate);
      pending.push(duplicate);
      count++;
    }
  }
  return count;
}
