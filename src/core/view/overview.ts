import { activityFeedAreas, activityFeedTitle } from '../feeds/activity.ts';
import type { RoadmapPublicStatus } from '../lifecycle/derive.ts';
import { changelogFeeds } from './chrome.ts';
import type { FeedbackSummary } from './feedback-view.ts';
import type { Crumb, FilterGroup } from './listings.ts';
import { BOARD_COLUMNS, feedbackList, releaseList, roadmapItems } from './lists.ts';
import type { ReleaseSummary } from './release-view.ts';
import type { RoadmapCard } from './roadmap-view.ts';
import type { SiteModel } from './site-model.ts';

/** A column of the board: its top cards and the way to the rest. */
export interface ColumnView {
  status: RoadmapPublicStatus;
  heading: string;
  blurb: string;
  total: number;
  cards: RoadmapCard[];
  /** The full, paginated list. */
  href: string;
}

export interface BoardView {
  /** Set on an area's board. */
  area?: { id: string; label: string; description?: string; href: string };
  url: string;
  heading: string;
  blurb: string;
  description: string;
  crumbs: Crumb[];
  filter: FilterGroup;
  columns: ColumnView[];
  /** Lists the board has no column for (paused, cancelled), when they have items. */
  others: { label: string; href: string; count: number }[];
  /** The Atom feed of this board's activity, when it has one. */
  activityFeed?: { href: string; title: string; label: string };
}

function column(model: SiteModel, status: RoadmapPublicStatus, size: number, area?: string): ColumnView {
  const items = roadmapItems(model, { status, area });
  return {
    status,
    ...model.ui.column(status),
    total: items.length,
    cards: items.slice(0, size),
    href: model.links.roadmapColumn(status, area),
  };
}

/** The board for the whole site (no area) or for one area: how the board filters without JavaScript. */
export function boardView(model: SiteModel, areaId?: string): BoardView {
  const { links, ui } = model;
  const area = areaId ? model.areas.get(areaId) : undefined;
  const columns = BOARD_COLUMNS.map((status) => column(model, status, model.config.lists.boardSize, areaId));
  const others = (['paused', 'cancelled'] as const).flatMap((status) => {
    const count = roadmapItems(model, { status, area: areaId }).length;
    return count > 0 ? [{ label: ui.column(status).heading, href: links.roadmapColumn(status, areaId), count }] : [];
  });
  const heading = area ? ui.text('board.areaHeading', { area: area.label }) : ui.text('board.heading');
  const blurb = area?.description ?? ui.text('board.blurb');
  const counts = columns.map((c) => ui.text('board.columnCount', { count: ui.number(c.total), column: c.heading })).join(', ');
  return {
    area: area ? { id: area.id, label: area.label, description: area.description, href: links.area(area.id) } : undefined,
    url: area ? links.roadmapAreaBoard(area.id) : links.roadmapBoard,
    heading,
    blurb,
    description: ui.text('board.description', { heading, counts, blurb }),
    crumbs: area ? [{ label: ui.text('nav.roadmap'), href: links.roadmapBoard }] : [],
    filter: {
      label: ui.text('filter.area'),
      name: ui.text('filter.boardByArea'),
      options: [
        { label: ui.text('filter.allAreas'), href: links.roadmapBoard, current: !area },
        ...[...model.areas.values()].map((option) => ({
          label: option.label,
          href: links.roadmapAreaBoard(option.id),
          current: option.id === areaId,
        })),
      ],
    },
    columns,
    others,
    activityFeed:
      areaId === undefined || activityFeedAreas(model).includes(areaId)
        ? {
            href: links.roadmapActivity(areaId),
            title: activityFeedTitle(model, areaId),
            label: area ? ui.text('board.followArea', { area: area.label }) : ui.text('board.follow'),
          }
        : undefined,
  };
}

export interface Stat {
  /** The words after the number, in the number's grammatical number: "1 release", "3 releases". */
  label: string;
  value: number;
  href: string;
}

function stat(model: SiteModel, value: number, key: Parameters<SiteModel['ui']['count']>[0], href: string): Stat {
  return { value, label: model.ui.count(key, value), href };
}

export interface HomeView {
  columns: ColumnView[];
  releases: ReleaseSummary[];
  wanted: FeedbackSummary[];
  wantedHref: string;
  stats: Stat[];
}

/** Requests nobody has planned yet, most votes first: open ones and those under review. */
function unplanned(model: SiteModel, area?: string): FeedbackSummary[] {
  return feedbackList(model, { area }).filter((entry) => entry.status === 'open' || entry.status === 'under-review');
}

export function homeView(model: SiteModel): HomeView {
  const { links } = model;
  const requests = feedbackList(model);
  const shipped = requests.filter((entry) => entry.status === 'shipped').length;
  const columns = (['now', 'next', 'later'] as const).map((status) => column(model, status, 3));
  return {
    columns,
    releases: releaseList(model).slice(0, 3),
    wanted: unplanned(model).slice(0, 5),
    wantedHref: links.feedbackListing({ status: 'open' }),
    stats: [
      stat(model, columns[0]!.total, 'stat.inProgress', columns[0]!.href),
      stat(model, columns[1]!.total, 'stat.plannedNext', columns[1]!.href),
      stat(model, shipped, 'stat.requestsShipped', links.feedbackListing({ status: 'shipped' })),
      stat(model, model.releases.size, 'stat.releases', links.changelogList),
    ],
  };
}

export interface AreaView {
  id: string;
  label: string;
  /** The area's description from site.yaml. */
  about?: string;
  /** One sentence for search engines and link previews. */
  description: string;
  url: string;
  columns: ColumnView[];
  boardHref: string;
  requests: FeedbackSummary[];
  requestTotal: number;
  requestsHref: string;
  releases: ReleaseSummary[];
  releaseTotal: number;
  releasesHref: string;
  feeds: { rss: string; atom: string; json: string };
}

/** Everything in one area: its board, its most-wanted requests, its releases. */
export function areaView(model: SiteModel, id: string): AreaView {
  const { links } = model;
  const area = model.areas.get(id)!;
  const requests = feedbackList(model, { area: id });
  const releases = releaseList(model, { area: id });
  const columns = BOARD_COLUMNS.map((status) => column(model, status, 3, id));
  const items = columns.reduce((sum, c) => sum + c.total, 0);
  return {
    id,
    label: area.label,
    about: area.description,
    url: links.area(id),
    columns,
    boardHref: links.roadmapAreaBoard(id),
    requests: requests.slice(0, 5),
    requestTotal: requests.length,
    requestsHref: links.feedbackListing({ area: id }),
    releases: releases.slice(0, 3),
    releaseTotal: releases.length,
    releasesHref: links.changelogListing(id),
    feeds: changelogFeeds(model, id),
    description: [
      model.ui.text('area.description', {
        area: area.label,
        items: model.ui.count('count.items', items),
        requests: model.ui.count('count.requests', requests.length),
        releases: model.ui.count('count.releases', releases.length),
      }),
      area.description,
    ]
      .filter(Boolean)
      .join(' '),
  };
}

export interface AreaSummary {
  id: string;
  label: string;
  description?: string;
  href: string;
  counts: Stat[];
}

export function areasIndex(model: SiteModel): AreaSummary[] {
  const { links } = model;
  return [...model.areas.values()].map((area) => ({
    id: area.id,
    label: area.label,
    description: area.description,
    href: links.area(area.id),
    counts: [
      stat(
        model,
        BOARD_COLUMNS.filter((s) => s !== 'shipped').reduce(
          (sum, status) => sum + roadmapItems(model, { status, area: area.id }).length,
          0,
        ),
        'stat.onRoadmap',
        links.roadmapAreaBoard(area.id),
      ),
      stat(model, feedbackList(model, { area: area.id }).length, 'stat.requests', links.feedbackListing({ area: area.id })),
      stat(model, releaseList(model, { area: area.id }).length, 'stat.releases', links.changelogListing(area.id)),
    ],
  }));
}
