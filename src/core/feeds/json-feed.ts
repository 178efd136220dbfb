import type { Feed } from './feed.ts';

/**
 * JSON Feed 1.1. What Roadlog knows beyond the format (version, change types,
 * what a release answers) sits in the `_roadlog` extension object, as the
 * format allows.
 */
export function renderJsonFeed(feed: Feed): string {
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.pageUrl,
    feed_url: feed.urls.json,
    description: feed.description,
    language: feed.language,
    authors: [feed.author],
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      content_html: item.html,
      ...(item.summary ? { summary: item.summary } : {}),
      date_published: item.published,
      tags: [...item.changes.map((change) => change.label), ...item.areas.map((area) => area.title)],
      _roadlog: {
        version: item.version ?? null,
        date: item.date,
        changes: item.changes.map((change) => change.type),
        areas: item.areas.map((area) => area.id),
        ships: item.ships,
        answers: item.answers,
      },
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
