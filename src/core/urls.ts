import { type FeedbackPublicStatus, ROADMAP_LISTS, type RoadmapPublicStatus } from './statuses.ts';

export type FeedbackSort = 'votes' | 'recent';

/** One feedback list: sorted one way, filtered by at most one area and one status. */
export interface FeedbackListing {
  sort?: FeedbackSort;
  status?: FeedbackPublicStatus;
  area?: string;
}

/** `page/2/` for pages after the first; nothing for the first, whose URL is the list's own. */
function pageSuffix(page: number): string {
  return page > 1 ? `page/${page}/` : '';
}

/**
 * Paths of the lists below their section (`feedback/`, `roadmap/`,
 * `changelog/`), shared by the links and by the routes that generate the
 * pages, so the two cannot disagree. Each ends with `/` or is empty.
 */
export const listPaths = {
  feedback(listing: FeedbackListing, page = 1): string {
    const filter = `${listing.area ? `areas/${listing.area}/` : ''}${listing.status ? `status/${listing.status}/` : ''}`;
    return `${filter}${listing.sort === 'recent' ? 'recent/' : ''}${pageSuffix(page)}`;
  },
  roadmapColumn(status: RoadmapPublicStatus, area?: string, page = 1): string {
    return `${area ? `areas/${area}/` : ''}${status}/${pageSuffix(page)}`;
  },
  roadmapAreaBoard(area: string): string {
    return `areas/${area}/`;
  },
  changelog(area?: string, page = 1): string {
    return `${area ? `areas/${area}/` : ''}${pageSuffix(page)}`;
  },
};

/** The first segments of list URLs below each section, besides the roadmap's lists by status: see `listPaths`. */
const LIST_SEGMENTS = {
  feedback: ['areas', 'page', 'recent', 'status'],
  roadmap: ['areas'],
  changelog: ['areas', 'page'],
} as const;

/**
 * Ids that would share a URL with a list: `content/roadmap/now.md` would be
 * `/roadmap/now/`, the list of items in progress. Validation rejects them.
 */
export const RESERVED_IDS: Record<'feedback' | 'roadmap' | 'changelog', readonly string[]> = {
  feedback: LIST_SEGMENTS.feedback,
  roadmap: [...LIST_SEGMENTS.roadmap, ...ROADMAP_LISTS].sort(),
  changelog: LIST_SEGMENTS.changelog,
};

/** Whether `id` names one of its collection's list pages, so no entry may have it. */
export function isReservedId(kind: keyof typeof RESERVED_IDS, id: string): boolean {
  return RESERVED_IDS[kind].includes(id);
}

/** Every public URL of the site, under the configured base path. URLs are a public interface: change with care. */
export function createLinks(base: string) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const page = (path: string) => `${prefix}${path}`;
  return {
    base: prefix,
    page,
    home: prefix,
    roadmapBoard: page('roadmap/'),
    roadmapItem: (id: string) => page(`roadmap/${id}/`),
    /** The full list behind a board column, for the whole site or one area. */
    roadmapColumn: (status: RoadmapPublicStatus, area?: string, pageNumber = 1) =>
      page(`roadmap/${listPaths.roadmapColumn(status, area, pageNumber)}`),
    /** The board filtered to one area: how the board filters without JavaScript. */
    roadmapAreaBoard: (area: string) => page(`roadmap/${listPaths.roadmapAreaBoard(area)}`),
    /** The Atom feed of roadmap activity, for the whole site or beside an area's board. */
    roadmapActivity: (area?: string) => page(`roadmap/${area ? listPaths.roadmapAreaBoard(area) : ''}activity.xml`),
    feedbackList: page('feedback/'),
    feedbackListing: (listing: FeedbackListing, pageNumber = 1) => page(`feedback/${listPaths.feedback(listing, pageNumber)}`),
    feedback: (id: string) => page(`feedback/${id}/`),
    /** One request's own history as an Atom feed: "Follow this request" without a GitHub account. */
    feedbackFeed: (id: string) => page(`feedback/${id}/feed.xml`),
    changelogList: page('changelog/'),
    changelogListing: (area?: string, pageNumber = 1) => page(`changelog/${listPaths.changelog(area, pageNumber)}`),
    release: (id: string) => page(`changelog/${id}/`),
    /** The page of any entry, by its kind. */
    entry: (kind: 'feedback' | 'roadmap' | 'changelog', id: string) => page(`${kind}/${id}/`),
    areas: page('areas/'),
    area: (id: string) => page(`areas/${id}/`),
    /** Lead times, answer rate and demand, for the whole site and per area. */
    insights: page('insights/'),
    areaInsights: (id: string) => page(`areas/${id}/insights/`),
    /** The area id in the path of an area page or feed, if it is one. */
    areaOfPath: (pathname: string) =>
      pathname.startsWith(`${prefix}areas/`) ? pathname.slice(`${prefix}areas/`.length).split('/')[0] || undefined : undefined,
    search: page('search/'),
    favicon: page('favicon.svg'),
    /** Changelog feeds for the whole site, and per area beside each area page. */
    feeds: {
      rss: page('changelog/rss.xml'),
      atom: page('changelog/atom.xml'),
      json: page('changelog/feed.json'),
    },
    areaFeeds: (id: string) => ({
      rss: page(`areas/${id}/rss.xml`),
      atom: page(`areas/${id}/atom.xml`),
      json: page(`areas/${id}/feed.json`),
    }),
    api: {
      roadmap: page('api/v1/roadmap.json'),
      feedback: page('api/v1/feedback.json'),
      changelog: page('api/v1/changelog.json'),
      insights: page('api/v1/insights.json'),
    },
    /** The JSON Schema of each API document, published beside it. */
    apiSchemas: {
      roadmap: page('api/v1/roadmap.schema.json'),
      feedback: page('api/v1/feedback.schema.json'),
      changelog: page('api/v1/changelog.schema.json'),
      insights: page('api/v1/insights.schema.json'),
    },
    widget: page('widget.js'),
    /** The page that shows how to embed the widget. */
    widgetDemo: page('widget/'),
    /** The sitemap index (@astrojs/sitemap's sitemap-index.xml, published under this name too). */
    sitemap: page('sitemap.xml'),
    robots: page('robots.txt'),
  };
}

export type Links = ReturnType<typeof createLinks>;

/** An absolute URL for feeds, canonical tags and the API. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** The logo from site.yaml: a file in `public/` (served under the base path) or a full URL. */
export function assetUrl(links: Links, pathOrUrl: string): string {
  return /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : links.page(pathOrUrl.replace(/^\/+/, ''));
}
