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
    feedbackList: page('feedback/'),
    feedback: (id: string) => page(`feedback/${id}/`),
    changelogList: page('changelog/'),
    release: (id: string) => page(`changelog/${id}/`),
    area: (id: string) => page(`areas/${id}/`),
    /** The area id in the path of an area page or feed, if it is one. */
    areaOfPath: (pathname: string) =>
      pathname.startsWith(`${prefix}areas/`) ? pathname.slice(`${prefix}areas/`.length).split('/')[0] || undefined : undefined,
    search: page('search/'),
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
    },
    /** The JSON Schema of each API document, published beside it. */
    apiSchemas: {
      roadmap: page('api/v1/roadmap.schema.json'),
      feedback: page('api/v1/feedback.schema.json'),
      changelog: page('api/v1/changelog.schema.json'),
    },
    widget: page('widget.js'),
    /** The page that shows how to embed the widget. */
    widgetDemo: page('widget/'),
    /** Written by @astrojs/sitemap, which names its index this way. */
    sitemap: page('sitemap-index.xml'),
    robots: page('robots.txt'),
  };
}

export type Links = ReturnType<typeof createLinks>;

/** An absolute URL for feeds, canonical tags and the API. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
