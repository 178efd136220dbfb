import { escapeMarkup, xmlSafe } from '../html/escape.ts';
import { absolutizeHtml, summarize } from '../html/rewrite.ts';
import type { ChangeType } from '../schema/changelog.ts';
import { absoluteUrl } from '../urls.ts';
import { releaseList } from '../view/lists.ts';
import { releasePage } from '../view/release-view.ts';
import type { SiteModel } from '../view/site-model.ts';

/** The rendered HTML of each release's notes, by release id, as the release page shows it. */
export type ReleaseHtml = ReadonlyMap<string, string>;

const summaries = new WeakMap<ReleaseHtml, Map<string, string>>();

/** A release's notes as a plain-text summary, for feeds and the API alike: worked out once per build. */
export function releaseSummary(html: ReleaseHtml, id: string): string {
  let byId = summaries.get(html);
  if (!byId) summaries.set(html, (byId = new Map()));
  let summary = byId.get(id);
  if (summary === undefined) byId.set(id, (summary = summarize(html.get(id) ?? '')));
  return summary;
}

export interface FeedLink {
  id: string;
  title: string;
  url: string;
}

export interface FeedItem {
  /** Permanent: the absolute URL of the release page. */
  id: string;
  url: string;
  title: string;
  /** The release day, YYYY-MM-DD. */
  date: string;
  /** The release day as an RFC 3339 timestamp (midnight UTC). */
  published: string;
  version?: string;
  summary: string;
  /** The full notes with absolute URLs, followed by what the release answers. */
  html: string;
  changes: { type: ChangeType; label: string }[];
  areas: FeedLink[];
  /** Roadmap items this release ships. */
  ships: FeedLink[];
  /** Every request it answers, directly or through an item it ships; most votes first. */
  answers: (FeedLink & { votes: number })[];
}

export interface Feed {
  title: string;
  description: string;
  language: string;
  /** The page of the site this feed follows: the changelog, or an area's page. */
  pageUrl: string;
  homeUrl: string;
  urls: { rss: string; atom: string; json: string };
  /** RFC 3339: the newest item's day, so two builds of the same content are identical. */
  updated: string;
  author: { name: string; url: string };
  items: FeedItem[];
}

const timestamp = (isoDay: string) => `${isoDay}T00:00:00Z`;
// A feed with no release yet still needs a deterministic `updated`.
const NO_RELEASE_YET = '1970-01-01';

/** A feed's title, the same in the feed and in the tags that announce it. */
export function feedTitle(model: SiteModel, areaId?: string): string {
  const area = areaId === undefined ? undefined : model.areas.get(areaId);
  return area
    ? model.ui.text('feeds.areaChangelog', { area: area.label, site: model.config.title })
    : model.ui.text('feeds.changelog', { site: model.config.title });
}

/** The changelog feed of the whole site. */
export function siteFeed(model: SiteModel, html: ReleaseHtml): Feed {
  const { config, links } = model;
  return buildFeed(
    model,
    html,
    releaseList(model).map((release) => release.id),
    {
      title: feedTitle(model),
      description: config.description,
      page: links.changelogList,
      feeds: links.feeds,
    },
  );
}

/** The changelog feed of one declared area: the releases the area's page lists. */
export function areaFeed(model: SiteModel, html: ReleaseHtml, areaId: string): Feed {
  const area = model.areas.get(areaId);
  if (!area) throw new Error(`no area "${areaId}" is declared in the site configuration`);
  const { links } = model;
  return buildFeed(
    model,
    html,
    releaseList(model, { area: areaId }).map((release) => release.id),
    {
      title: feedTitle(model, areaId),
      description: area.description ?? `Releases in ${area.label}.`,
      page: links.area(areaId),
      feeds: links.areaFeeds(areaId),
    },
  );
}

/** The areas that get a feed of their own (none when `feeds.perArea` is off). */
export function feedAreas(model: SiteModel): string[] {
  return model.config.feeds.perArea ? [...model.areas.keys()] : [];
}

interface FeedOptions {
  title: string;
  description: string;
  page: string;
  feeds: { rss: string; atom: string; json: string };
}

function buildFeed(model: SiteModel, html: ReleaseHtml, newestFirst: string[], options: FeedOptions): Feed {
  const absolute = (path: string) => absoluteUrl(model.config.url, path);
  const items = newestFirst.slice(0, model.config.feeds.items).map((id) => feedItem(model, html, id));
  const newest = items[0]?.date ?? model.releasesNewestFirst[0]?.data.date ?? NO_RELEASE_YET;
  return {
    title: xmlSafe(options.title),
    description: xmlSafe(options.description),
    language: model.config.language,
    pageUrl: absolute(options.page),
    homeUrl: absolute(model.links.home),
    urls: { rss: absolute(options.feeds.rss), atom: absolute(options.feeds.atom), json: absolute(options.feeds.json) },
    updated: timestamp(newest),
    author: { name: xmlSafe(model.config.title), url: absolute(model.links.home) },
    items,
  };
}

/**
 * Items by release, per set of rendered notes: the site feed, the area feeds and their three formats share
 * most items, and parsing each release's HTML once instead of up to a dozen times saves seconds at scale.
 */
const itemCache = new WeakMap<ReleaseHtml, WeakMap<SiteModel, Map<string, FeedItem>>>();

function feedItem(model: SiteModel, html: ReleaseHtml, id: string): FeedItem {
  let byModel = itemCache.get(html);
  if (!byModel) itemCache.set(html, (byModel = new WeakMap()));
  let items = byModel.get(model);
  if (!items) byModel.set(model, (items = new Map()));
  let item = items.get(id);
  if (!item) items.set(id, (item = buildItem(model, html, id)));
  return item;
}

function buildItem(model: SiteModel, html: ReleaseHtml, id: string): FeedItem {
  const absolute = (path: string) => absoluteUrl(model.config.url, path);
  const notes = html.get(id);
  if (notes === undefined) throw new Error(`the rendered notes of release "${id}" are missing`);
  const page = releasePage(model, id);
  const url = absolute(page.href);
  const ships = page.ships.map((item) => ({ id: item.id, title: xmlSafe(item.title), url: absolute(item.href) }));
  const answers = page.answers.map((request) => ({
    id: request.id,
    title: xmlSafe(request.title),
    url: absolute(request.href),
    votes: request.votes,
  }));
  return {
    id: url,
    url,
    title: xmlSafe(page.title),
    date: page.date,
    published: timestamp(page.date),
    version: page.version,
    summary: xmlSafe(releaseSummary(html, id)),
    html: xmlSafe(absolutizeHtml(notes, url)) + answersHtml(model, ships, answers),
    changes: page.changes,
    areas: page.areas.map((area) => ({ id: area.id, title: xmlSafe(area.label), url: absolute(area.href) })),
    ships,
    answers,
  };
}

/** "This release answers", as the release page shows it, for readers who never open the page. */
function answersHtml(model: SiteModel, ships: FeedLink[], answers: (FeedLink & { votes: number })[]): string {
  if (ships.length === 0 && answers.length === 0) return '';
  const { ui } = model;
  const link = (entry: FeedLink) => `<a href="${escapeMarkup(entry.url)}">${escapeMarkup(entry.title)}</a>`;
  const rows = [
    ...ships.map((item) => `<li>${ui.text('feeds.roadmap', { item: link(item) })}</li>`),
    ...answers.map(
      (request) =>
        `<li>${ui.text('feeds.request', { request: link(request), votes: escapeMarkup(ui.count('count.votes', request.votes)) })}</li>`,
    ),
  ];
  return `\n<h2>${escapeMarkup(ui.text('release.answersHeading'))}</h2>\n<ul>\n${rows.join('\n')}\n</ul>`;
}
