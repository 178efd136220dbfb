import { getRssString } from '@astrojs/rss';
import { escapeMarkup as e } from '../html/escape.ts';
import type { Feed } from './feed.ts';

const rfc822 = (timestamp: string) => new Date(timestamp).toUTCString();

/**
 * RSS 2.0 through @astrojs/rss: the full notes in `content:encoded`, the
 * summary in `description`, change types and areas as categories, and the
 * release page as a permanent guid.
 */
export function renderRss(feed: Feed): Promise<string> {
  return getRssString({
    title: feed.title,
    description: feed.description,
    site: feed.pageUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${e(feed.language)}</language>`,
      `<lastBuildDate>${rfc822(feed.updated)}</lastBuildDate>`,
      '<generator>Roadlog</generator>',
      `<atom:link href="${e(feed.urls.rss)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: new Date(item.published),
      description: item.summary || item.title,
      content: item.html,
      categories: [...item.changes.map((change) => change.label), ...item.areas.map((area) => area.title)],
    })),
  });
}
