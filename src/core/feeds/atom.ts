import { escapeMarkup as e } from '../html/escape.ts';
import type { Feed, FeedItem } from './feed.ts';

/** One Atom feed, whatever it follows: the changelog, roadmap activity, one request. */
export interface AtomDocument {
  /** Permanent: the feed's own absolute URL. */
  id: string;
  language: string;
  title: string;
  subtitle: string;
  /** RFC 3339, from the content, never the clock: two builds write the same bytes. */
  updated: string;
  /** The page of the site the feed follows. */
  pageUrl: string;
  author: { name: string; url: string };
  entries: AtomEntry[];
}

export interface AtomEntry {
  /** Permanent: feed readers tell new entries by it. */
  id: string;
  title: string;
  url: string;
  /** RFC 3339. */
  published: string;
  updated: string;
  categories: { term: string; label: string }[];
  related: { url: string; title: string }[];
  summary?: string;
  content?: { type: 'html' | 'text'; value: string };
}

/** Atom 1.0 (RFC 4287). */
export function writeAtom(feed: AtomDocument): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.language)}">`,
    `  <id>${e(feed.id)}</id>`,
    `  <title>${e(feed.title)}</title>`,
    `  <subtitle>${e(feed.subtitle)}</subtitle>`,
    `  <updated>${feed.updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.id)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.pageUrl)}"/>`,
    `  <author><name>${e(feed.author.name)}</name><uri>${e(feed.author.url)}</uri></author>`,
    '  <generator>Roadlog</generator>',
    ...feed.entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}

function entry(item: AtomEntry): string {
  return [
    '  <entry>',
    `    <id>${e(item.id)}</id>`,
    `    <title>${e(item.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${e(item.url)}"/>`,
    `    <published>${item.published}</published>`,
    `    <updated>${item.updated}</updated>`,
    ...item.categories.map((category) => `    <category term="${e(category.term)}" label="${e(category.label)}"/>`),
    ...item.related.map((related) => `    <link rel="related" type="text/html" href="${e(related.url)}" title="${e(related.title)}"/>`),
    ...(item.summary ? [`    <summary type="text">${e(item.summary)}</summary>`] : []),
    ...(item.content ? [`    <content type="${item.content.type}">${e(item.content.value)}</content>`] : []),
    '  </entry>',
  ].join('\n');
}

/** The changelog as Atom. Related requests and roadmap items are `related` links. */
export function renderAtom(feed: Feed): string {
  return writeAtom({
    id: feed.urls.atom,
    language: feed.language,
    title: feed.title,
    subtitle: feed.description,
    updated: feed.updated,
    pageUrl: feed.pageUrl,
    author: feed.author,
    entries: feed.items.map(releaseEntry),
  });
}

function releaseEntry(item: FeedItem): AtomEntry {
  return {
    id: item.id,
    title: item.title,
    url: item.url,
    published: item.published,
    updated: item.published,
    categories: [
      ...item.changes.map((change) => ({ term: change.type, label: change.label })),
      ...item.areas.map((area) => ({ term: area.id, label: area.title })),
    ],
    related: [...item.ships, ...item.answers],
    summary: item.summary,
    content: { type: 'html', value: item.html },
  };
}
