import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { renderAtom } from '../../src/core/feeds/atom.ts';
import { areaFeed, feedAreas, siteFeed } from '../../src/core/feeds/feed.ts';
import { renderJsonFeed } from '../../src/core/feeds/json-feed.ts';
import { renderRss } from '../../src/core/feeds/rss.ts';
import { createSiteModel } from '../../src/core/view/site-model.ts';
import { corpus, feedback, release, roadmap, siteConfig } from '../helpers/corpus.ts';

const withTitle = <T extends { data: { title: string } }>(entry: T, title: string): T => ({ ...entry, data: { ...entry.data, title } });

const content = corpus({
  roadmap: [roadmap('csv-export', { areas: ['exports'] }), roadmap('dark-mode', { status: 'next' })],
  feedback: [
    feedback('csv', { roadmap: 'csv-export', votes: 4 }),
    feedback('csv-too', { status: 'duplicate', duplicateOf: 'csv', votes: 2 }),
    feedback('speed', { votes: 9 }),
    feedback('night', { roadmap: 'dark-mode' }),
  ],
  changelog: [
    release('v1', { date: '2026-01-01', version: '1.0', areas: ['editor'] }),
    release('v2', {
      date: '2026-02-01',
      version: '2.0',
      changes: ['new', 'fixed'],
      ships: ['csv-export'],
      closes: ['speed'],
      areas: ['exports'],
    }),
    // The schema refuses control characters; the feeds drop them anyway, should one get through.
    withTitle(release('v3', { date: '2026-03-01', changes: ['security'] }), 'Tom & Jerry <3 "quotes"\u0007'),
  ],
});
const html = new Map([
  ['v1', '<p>First.</p>'],
  ['v2', '<p>See <a href="../../feedback/csv/">the request</a>.</p>'],
  ['v3', '<p>Security fixes.</p>'],
]);
const model = (overrides: Record<string, unknown> = {}) =>
  createSiteModel(siteConfig({ url: 'https://example.com', base: '/roadmap/', ...overrides }), content);

describe('the changelog feed model', () => {
  it('lists releases newest first, up to feeds.items, with absolute URLs under the base path', () => {
    const feed = siteFeed(model({ feeds: { items: 2 } }), html);
    expect(feed.items.map((item) => item.id)).toEqual([
      'https://example.com/roadmap/changelog/v3/',
      'https://example.com/roadmap/changelog/v2/',
    ]);
    expect(feed.pageUrl).toBe('https://example.com/roadmap/changelog/');
    expect(feed.urls.atom).toBe('https://example.com/roadmap/changelog/atom.xml');
    expect(feed.updated).toBe('2026-03-01T00:00:00Z');
  });

  it('lists what each release answers: shipped items and every request, through items and duplicates', () => {
    const item = siteFeed(model(), html).items.find((entry) => entry.id.endsWith('/v2/'))!;
    expect(item.ships.map((ship) => ship.id)).toEqual(['csv-export']);
    expect(item.answers).toEqual([
      { id: 'speed', title: 'Request speed', url: 'https://example.com/roadmap/feedback/speed/', votes: 9 },
      { id: 'csv', title: 'Request csv', url: 'https://example.com/roadmap/feedback/csv/', votes: 6 },
    ]);
    expect(item.html).toContain('<a href="https://example.com/roadmap/feedback/csv/">the request</a>');
    expect(item.html).toContain('Request: <a href="https://example.com/roadmap/feedback/csv/">Request csv</a> (6 votes)');
    expect(item.html).toContain('Roadmap: <a href="https://example.com/roadmap/roadmap/csv-export/">Item csv-export</a>');
  });

  it('gives each area the releases of that area, and no feeds at all when perArea is off', () => {
    expect(areaFeed(model(), html, 'exports').items.map((item) => item.title)).toEqual(['Release v2']);
    expect(areaFeed(model(), html, 'exports').pageUrl).toBe('https://example.com/roadmap/areas/exports/');
    expect(feedAreas(model())).toEqual(['exports', 'editor']);
    expect(feedAreas(model({ feeds: { perArea: false } }))).toEqual([]);
  });

  it('finds the area of an area page, so its page can announce its own feeds', () => {
    const { links } = model();
    expect(links.areaOfPath('/roadmap/areas/exports/')).toBe('exports');
    expect(links.areaOfPath('/roadmap/areas/exports/atom.xml')).toBe('exports');
    expect(links.areaOfPath('/roadmap/areas/')).toBeUndefined();
    expect(links.areaOfPath('/areas/exports/')).toBeUndefined();
    expect(links.areaOfPath('/roadmap/changelog/')).toBeUndefined();
  });

  it('dates an empty area feed by the newest release of the site, never by the clock', () => {
    const empty = createSiteModel(
      siteConfig({
        areas: [
          { id: 'exports', label: 'Exports' },
          { id: 'unused', label: 'Unused' },
        ],
      }),
      content,
    );
    expect(areaFeed(empty, html, 'unused')).toMatchObject({ items: [], updated: '2026-03-01T00:00:00Z' });
  });

  it('refuses to publish a release whose notes were not rendered', () => {
    expect(() => siteFeed(model(), new Map())).toThrow(/rendered notes of release "v3"/);
  });
});

describe('the three formats', () => {
  const feed = siteFeed(model(), html);
  const awkward = 'Tom & Jerry <3 "quotes"';

  it('RSS 2.0 parses, with escaped titles, permanent guids and full content', async () => {
    const parsed = parseRssFeed(await renderRss(feed));
    expect(parsed.items?.[0]).toMatchObject({
      title: awkward,
      guid: { value: 'https://example.com/roadmap/changelog/v3/', isPermaLink: true },
      pubDate: 'Sun, 01 Mar 2026 00:00:00 GMT',
      categories: [{ name: 'Security' }],
    });
    expect(parsed.items?.[1]?.content?.encoded).toBe(feed.items[1]!.html);
  });

  it('Atom parses, with escaped titles and related links to what a release answers', () => {
    const parsed = parseAtomFeed(renderAtom(feed));
    expect(parsed.entries?.[0]?.title).toEqual({ value: awkward });
    expect(parsed.entries?.[1]?.content).toEqual({ value: feed.items[1]!.html, type: 'html' });
    expect(parsed.entries?.[1]?.links?.filter((link) => link.rel === 'related').map((link) => link.href)).toEqual([
      'https://example.com/roadmap/roadmap/csv-export/',
      'https://example.com/roadmap/feedback/speed/',
      'https://example.com/roadmap/feedback/csv/',
    ]);
  });

  it('JSON Feed 1.1 parses, with the answers in its _roadlog extension', () => {
    const text = renderJsonFeed(feed);
    const parsed = parseJsonFeed(JSON.parse(text));
    expect(parsed.items?.[0]).toMatchObject({ title: awkward, date_published: '2026-03-01T00:00:00Z' });
    const raw = JSON.parse(text);
    expect(raw.version).toBe('https://jsonfeed.org/version/1.1');
    expect(raw.items[1]._roadlog).toMatchObject({ version: '2.0', changes: ['new', 'fixed'], answers: [{ id: 'speed' }, { id: 'csv' }] });
  });
});
