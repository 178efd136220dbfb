import { escapeMarkup as e } from '../html/escape.ts';
import type { Feed, FeedItem } from './feed.ts';

/** Atom 1.0 (RFC 4287). Related requests and roadmap items are `related` links. */
export function renderAtom(feed: Feed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.language)}">`,
    `  <id>${e(feed.urls.atom)}</id>`,
    `  <title>${e(feed.title)}</title>`,
    `  <subtitle>${e(feed.description)}</subtitle>`,
    `  <updated>${feed.updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.urls.atom)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.pageUrl)}"/>`,
    `  <author><name>${e(feed.author.name)}</name><uri>${e(feed.author.url)}</uri></author>`,
    '  <generator>Roadlog</generator>',
    ...feed.items.map(entry),
    '</feed>',
    '',
  ].join('\n');
}

function entry(item: FeedItem): string {
  return [
    '  <entry>',
    `    <id>${e(item.id)}</id>`,
    `    <title>${e(item.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${e(item.url)}"/>`,
    `    <published>${item.published}</published>`,
    `    <updated>${item.published}</updated>`,
    ...item.changes.map((change) => `    <category term="${e(change.type)}" label="${e(change.label)}"/>`),
    ...item.areas.map((area) => `    <category term="${e(area.id)}" label="${e(area.title)}"/>`),
    ...[...item.ships, ...item.answers].map(
      (related) => `    <link rel="related" type="text/html" href="${e(related.url)}" title="${e(related.title)}"/>`,
    ),
    ...(item.summary ? [`    <summary type="text">${e(item.summary)}</summary>`] : []),
    `    <content type="html">${e(item.html)}</content>`,
    '  </entry>',
  ].join('\n');
}
