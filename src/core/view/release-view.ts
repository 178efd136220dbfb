import type { ChangeType } from '../schema/changelog.ts';
import { feedbackSummary, type FeedbackSummary } from './feedback-view.ts';
import { roadmapCard, type RoadmapCard } from './roadmap-view.ts';
import { areaRefs, type AreaRef, type SiteModel } from './site-model.ts';

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
  /** How many requests it answers, and how: "2 requests through 1 roadmap item, 1 closed directly". */
  answerSummary: string;
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
    changes: entry.data.changes.map((type) => ({ type, label: model.ui.text(`change.${type}`) })),
    areas: areaRefs(model, entry.data.areas),
    answerCount: state.answers.length,
  };
}

export function releasePage(model: SiteModel, id: string): ReleasePage {
  const state = model.lifecycle.releases.get(id)!;
  const summary = releaseSummary(model, id);
  const changes = summary.changes.map((change) => change.label.toLowerCase());
  const shipped = state.ships.map((itemId) => model.roadmap.get(itemId)?.data.title ?? itemId);
  const { ui } = model;
  return {
    ...summary,
    ships: state.ships.slice(0, model.config.lists.pageSize).map((itemId) => roadmapCard(model, itemId)),
    answers: state.answers.slice(0, model.config.lists.pageSize).map((requestId) => feedbackSummary(model, requestId)),
    description: [
      summary.version
        ? ui.text('release.versionOn', { version: summary.version, date: summary.dateLabel })
        : ui.text('release.releasedOn', { date: summary.dateLabel }),
      changes.length > 0 ? ui.text('release.changes', { changes: changes.join(', ').replace(/^./, (c) => c.toUpperCase()) }) : '',
      shipped.length > 0
        ? ui.text(shipped.length > 3 ? 'release.shipsMore' : 'release.ships', { items: shipped.slice(0, 3).join(', ') })
        : '',
      state.answers.length > 0 ? ui.text('release.answers', { count: ui.count('count.requests', state.answers.length) }) : '',
    ]
      .filter(Boolean)
      .join(' '),
    answerSummary: answerSummary(model, id),
  };
}

/** Each part said truly: the requests answered through the items this release ships, and those it closes directly. */
function answerSummary(model: SiteModel, id: string): string {
  const { ui } = model;
  const state = model.lifecycle.releases.get(id)!;
  const ships = new Set(state.ships);
  const through = state.answers.filter((request) => {
    const item = model.lifecycle.feedback.get(request)?.roadmap;
    return item !== undefined && ships.has(item);
  }).length;
  const direct = state.answers.length - through;
  if (through === 0) return direct === 0 ? '' : ui.text('release.directOnly', { requests: ui.count('count.requests', direct) });
  const throughText = ui.text('release.through', {
    requests: ui.count('count.requests', through),
    items: ui.count('count.items', state.ships.length),
  });
  return direct === 0 ? throughText : ui.text('release.both', { through: throughText, direct: ui.count('release.direct', direct) });
}
