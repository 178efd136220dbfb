import { activityFeedAreas, activityFeedTitle } from '../feeds/activity.ts';
import type { RoadmapPublicStatus } from '../lifecycle/derive.ts';
import { changelogFeeds } from './chrome.ts';
import type { FeedbackSummary } from './feedback-view.ts';
import { formatCount } from './format.ts';
import type { Crumb, FilterGroup } from './listings.ts';
import { BOARD_COLUMNS, feedbackList, releaseList, roadmapItems } from './lists.ts';
import type { ReleaseSummary } from './release-view.ts';
import type { RoadmapCard } from './roadmap-view.ts';
import type { SiteModel } from './site-model.ts';
import { ROADMAP_LIST_TEXT } from './status.ts';

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
    ...ROADMAP_LIST_TEXT[status],
    total: items.length,
    cards: items.slice(0, size),
    href: model.links.roadmapColumn(status, area),
  };
}

/** The board for the whole site (no area) or for one area: how the board filters without JavaScript. */
export function boardView(model: SiteModel, areaId?: string): BoardView {
  const { links } = model;
  const area = areaId ? model.areas.get(areaId) : undefined;
  const columns = BOARD_COLUMNS.map((status) => column(model, status, model.config.lists.boardSize, areaId));
  const others = (['paused', 'cancelled'] as const).flatMap((status) => {
    const count = roadmapItems(model, { status, area: areaId }).length;
    return count > 0 ? [{ label: ROADMAP_LIST_TEXT[status].heading, href: links.roadmapColumn(status, areaId), count }] : [];
  });
  const heading = area ? `Roadmap: ${area.label}` : 'Roadmap';
  const blurb = area?.description ?? 'What the team is building now, what comes next, and what shipped recently.';
  const counts = columns.map((c) => `${c.total} ${c.heading.toLowerCase()}`).join(', ');
  return {
    area: area ? { id: area.id, label: area.label, description: area.description, href: links.area(area.id) } : undefined,
    url: area ? links.roadmapAreaBoard(area.id) : links.roadmapBoard,
    heading,
    blurb,
    description: `${heading}: ${counts}. ${blurb}`,
    crumbs: area ? [{ label: 'Roadmap', href: links.roadmapBoard }] : [],
    filter: {
      label: 'Area',
      options: [
        { label: 'All areas', href: links.roadmapBoard, current: !area },
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
            label: area ? `Follow ${area.label} activity` : 'Follow roadmap activity',
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

function stat(value: number, singular: string, plural: string, href: string): Stat {
  return { value, label: value === 1 ? singular : plural, href };
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
      stat(columns[0]!.total, 'in progress', 'in progress', columns[0]!.href),
      stat(columns[1]!.total, 'planned next', 'planned next', columns[1]!.href),
      stat(shipped, 'request shipped', 'requests shipped', links.feedbackListing({ status: 'shipped' })),
      stat(model.releases.size, 'release', 'releases', links.changelogList),
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
    description: `${area.label}: ${formatCount(items, 'roadmap item')}, ${formatCount(requests.length, 'request')} and ${formatCount(releases.length, 'release')}.${area.description ? ` ${area.description}` : ''}`,
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
        BOARD_COLUMNS.filter((s) => s !== 'shipped').reduce(
          (sum, status) => sum + roadmapItems(model, { status, area: area.id }).length,
          0,
        ),
        'on the roadmap',
        'on the roadmap',
        links.roadmapAreaBoard(area.id),
      ),
      stat(feedbackList(model, { area: area.id }).length, 'request', 'requests', links.feedbackListing({ area: area.id })),
      stat(releaseList(model, { area: area.id }).length, 'release', 'releases', links.changelogListing(area.id)),
    ],
  }));
}
