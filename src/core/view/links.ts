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
    widget: page('widget.js'),
  };
}

export type Links = ReturnType<typeof createLinks>;

/** An absolute URL for feeds, canonical tags and the API. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
