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
  };
}

export type Links = ReturnType<typeof createLinks>;

/** An absolute URL for feeds, canonical tags and the API. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
