import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createUi } from '../../src/core/i18n/index.ts';
import { widgetText } from '../../src/core/widget.ts';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, type Build } from '../helpers/build.ts';
import { validatorFor } from '../helpers/json-schema.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { tinyPng } from '../helpers/images.ts';

// The fixture is published under a base path, as a GitHub Pages project site is.
const ENV = { ROADLOG_BASE: '/roadmap/', ROADLOG_SITE_URL: 'https://feeds.example' };
const ROOT = 'https://feeds.example/roadmap/';
const FIXTURE = join(FIXTURES, 'feeds/content');

let site: Build;
beforeAll(() => {
  site = buildSite(FIXTURE, 'feeds', ENV);
  expect(site.code, site.output).toBe(0);
});

const json = (build: Build, path: string) => JSON.parse(build.read(path));

describe('the changelog feeds', () => {
  // feeds.items is 3 in the fixture: the oldest of its four releases is left out.
  const newestFirst = [
    { id: 'v1-2', title: 'Fixes & <safety> "quotes"', day: '2026-03-15', rfc822: 'Sun, 15 Mar 2026 00:00:00 GMT' },
    { id: 'v1-1', title: '1.1: CSV export', day: '2026-02-20', rfc822: 'Fri, 20 Feb 2026 00:00:00 GMT' },
    { id: 'v1-0', title: '1.0: Rich text', day: '2026-01-10', rfc822: 'Sat, 10 Jan 2026 00:00:00 GMT' },
  ];
  const url = (id: string) => `${ROOT}changelog/${id}/`;

  it('RSS 2.0: titles, dates, permanent guids and links under the base path', () => {
    const feed = parseRssFeed(site.read('changelog/rss.xml'));
    expect(feed).toMatchObject({
      title: 'Changelog · Feeds Fixture',
      link: `${ROOT}changelog/`,
      language: 'en',
      lastBuildDate: 'Sun, 15 Mar 2026 00:00:00 GMT',
      atom: { links: [{ href: `${ROOT}changelog/rss.xml`, rel: 'self' }] },
    });
    expect(feed.items?.map((item) => ({ title: item.title, link: item.link, guid: item.guid, pubDate: item.pubDate }))).toEqual(
      newestFirst.map((release) => ({
        title: release.title,
        link: url(release.id),
        guid: { value: url(release.id), isPermaLink: true },
        pubDate: release.rfc822,
      })),
    );
    expect(feed.items?.[1]?.categories?.map((category) => category.name)).toEqual(['Improved', 'Fixed', 'Exports']);
    expect(feed.items?.[1]?.description).toBe('Exports now come in 3 formats, and the export request is answered.');
  });

  it('Atom: ids, titles, dates and the requests each release answers as related links', () => {
    const feed = parseAtomFeed(site.read('changelog/atom.xml'));
    expect(feed).toMatchObject({
      id: `${ROOT}changelog/atom.xml`,
      updated: '2026-03-15T00:00:00Z',
      title: { value: 'Changelog · Feeds Fixture' },
    });
    expect(
      feed.entries?.map((entry) => ({ id: entry.id, title: entry.title?.value, published: entry.published, updated: entry.updated })),
    ).toEqual(
      newestFirst.map((release) => ({
        id: url(release.id),
        title: release.title,
        published: `${release.day}T00:00:00Z`,
        updated: `${release.day}T00:00:00Z`,
      })),
    );
    const related = (index: number) =>
      feed.entries?.[index]?.links?.filter((link) => link.rel === 'related').map((link) => [link.title, link.href]);
    expect(related(1)).toEqual([
      ['CSV export', `${ROOT}roadmap/csv-export/`],
      ['Export to CSV', `${ROOT}feedback/csv-request/`],
      ['Exports take minutes', `${ROOT}feedback/faster-export/`],
    ]);
    expect(related(2)).toEqual([
      ['Rich text in notes', `${ROOT}roadmap/rich-text/`],
      ['Let me format my notes', `${ROOT}feedback/rich-text-please/`],
    ]);
  });

  it('JSON Feed 1.1: items with ids, versions and answers that scripts can read', () => {
    const raw = json(site, 'changelog/feed.json');
    const feed = parseJsonFeed(raw);
    expect(raw.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed).toMatchObject({ feed_url: `${ROOT}changelog/feed.json`, home_page_url: `${ROOT}changelog/` });
    expect(feed.items?.map((item) => [item.id, item.url, item.title, item.date_published])).toEqual(
      newestFirst.map((release) => [url(release.id), url(release.id), release.title, `${release.day}T00:00:00Z`]),
    );
    expect(raw.items.map((item: { _roadlog: { version: string | null } }) => item._roadlog.version)).toEqual([null, '1.1', '1.0']);
    expect(raw.items[2]._roadlog.answers).toEqual([
      { id: 'rich-text-please', title: 'Let me format my notes', url: `${ROOT}feedback/rich-text-please/`, votes: 13 },
    ]);
  });

  it('carry the full notes, MDX included, with absolute links and what each release answers', () => {
    const contents = [
      parseRssFeed(site.read('changelog/rss.xml')).items?.map((item) => item.content?.encoded) ?? [],
      parseAtomFeed(site.read('changelog/atom.xml')).entries?.map((entry) => entry.content?.value) ?? [],
      parseJsonFeed(json(site, 'changelog/feed.json')).items?.map((item) => item.content_html) ?? [],
    ];
    for (const [latest, mdx, md] of contents) {
      // A [[roadmap:offline]] cross-reference arrives resolved, with the item's live title and status.
      expect(latest).toMatch(
        new RegExp(`<a href="${ROOT}roadmap/offline/"[^>]*>Work offline on phones</a><span class="roadlog-ref-status"> \\(Next\\)</span>`),
      );
      expect(latest).not.toContain('data-roadlog-ref');
      // v1-1 is MDX: its expression ran, so the notes were rendered, not copied.
      expect(mdx).toContain('Exports now come in 3 formats');
      expect(mdx).toContain(`<a href="${ROOT}feedback/csv-request/">export request</a>`);
      expect(mdx).toContain('<li>Exports run in the background.</li>');
      expect(mdx).toContain(`Request: <a href="${ROOT}feedback/faster-export/">Exports take minutes</a> (5 votes)`);
      expect(md).toContain(`<a href="${ROOT}roadmap/">the roadmap</a>`);
      expect(md).toContain(`<a href="${ROOT}changelog/v1-0/#fixed">what was fixed</a>`);
      expect(md).toContain(`Roadmap: <a href="${ROOT}roadmap/rich-text/">Rich text in notes</a>`);
      expect(md).toContain(`Request: <a href="${ROOT}feedback/rich-text-please/">Let me format my notes</a> (13 votes)`);
    }
    expect(contents[0]).toEqual(contents[1]);
    expect(contents[1]).toEqual(contents[2]);
  });

  it('has a feed per area with that area’s releases, empty for an area with none yet', () => {
    const titles = (area: string) => parseAtomFeed(site.read(`areas/${area}/atom.xml`)).entries?.map((entry) => entry.title?.value) ?? [];
    expect(titles('exports')).toEqual(['Fixes & <safety> "quotes"', '1.1: CSV export']);
    expect(titles('editor')).toEqual(['Fixes & <safety> "quotes"', '1.0: Rich text']);
    expect(titles('mobile')).toEqual([]);
    expect(parseRssFeed(site.read('areas/exports/rss.xml')).items?.map((item) => item.link)).toEqual([url('v1-2'), url('v1-1')]);
    expect(parseJsonFeed(json(site, 'areas/editor/feed.json'))).toMatchObject({
      title: 'Editor & writing · Changelog · Feeds Fixture',
      home_page_url: `${ROOT}areas/editor/`,
    });
  });

  it('is announced on every page with absolute URLs', () => {
    for (const page of ['index.html', 'changelog/index.html', 'feedback/dark-mode/index.html', 'widget/index.html']) {
      const html = site.read(page);
      expect(html, page).toContain(
        `<link rel="alternate" type="application/rss+xml" title="Changelog · Feeds Fixture (RSS)" href="${ROOT}changelog/rss.xml">`,
      );
      expect(html, page).toContain(
        `<link rel="alternate" type="application/atom+xml" title="Changelog · Feeds Fixture (Atom)" href="${ROOT}changelog/atom.xml">`,
      );
      expect(html, page).toContain(
        `<link rel="alternate" type="application/feed+json" title="Changelog · Feeds Fixture (JSON Feed)" href="${ROOT}changelog/feed.json">`,
      );
    }
  });
});

describe('the roadmap activity feeds', () => {
  const entries = (path: string) =>
    parseAtomFeed(site.read(path)).entries?.map((entry) => ({ id: entry.id, title: entry.title?.value, updated: entry.updated })) ?? [];

  it('site-wide: shipments, updates and decisions newest first, up to feeds.items, with permanent ids', () => {
    const feed = parseAtomFeed(site.read('roadmap/activity.xml'));
    expect(feed).toMatchObject({
      id: `${ROOT}roadmap/activity.xml`,
      title: { value: 'Roadmap activity · Feeds Fixture' },
      updated: '2026-02-20T00:00:00Z',
    });
    expect(feed.links?.find((link) => link.rel === 'alternate')?.href).toBe(`${ROOT}roadmap/`);
    // Four events; feeds.items is 3, so the oldest (offline's update of 5 January) is left out.
    expect(entries('roadmap/activity.xml')).toEqual([
      { id: `${ROOT}feedback/faster-export/#shipped`, title: 'Exports take minutes: shipped in 1.1', updated: '2026-02-20T00:00:00Z' },
      { id: `${ROOT}roadmap/csv-export/#shipped`, title: 'CSV export: shipped in 1.1', updated: '2026-02-20T00:00:00Z' },
      { id: `${ROOT}roadmap/rich-text/#shipped`, title: 'Rich text in notes: shipped in 1.0', updated: '2026-01-10T00:00:00Z' },
    ]);
    const shipped = parseAtomFeed(site.read('roadmap/activity.xml')).entries?.[1];
    expect(shipped?.content?.value).toBe(
      `<p>Shipped in <a href="${ROOT}changelog/v1-1/">1.1</a> on 20 February 2026. It answers 1 request.</p>`,
    );
  });

  it('per area: what moved in that area, beside its board', () => {
    expect(entries('roadmap/areas/exports/activity.xml').map((entry) => entry.title)).toEqual([
      'Exports take minutes: shipped in 1.1',
      'CSV export: shipped in 1.1',
    ]);
    expect(entries('roadmap/areas/mobile/activity.xml')).toEqual([
      { id: `${ROOT}roadmap/offline/#update-2026-01-05`, title: 'Work offline on phones: coming next', updated: '2026-01-05T00:00:00Z' },
    ]);
    expect(parseAtomFeed(site.read('roadmap/areas/mobile/activity.xml')).entries?.[0]?.content?.value).toBe(
      '<p>Planned after the export work.</p>',
    );
  });

  it('the board links its activity feed, and announces it', () => {
    const board = site.read('roadmap/index.html');
    expect(board).toContain(`<a href="/roadmap/roadmap/activity.xml" type="application/atom+xml">Follow roadmap activity</a>`);
    expect(board).toContain(
      `<link rel="alternate" type="application/atom+xml" title="Roadmap activity · Feeds Fixture" href="${ROOT}roadmap/activity.xml">`,
    );
    expect(site.read('roadmap/areas/mobile/index.html')).toContain(
      `<a href="/roadmap/roadmap/areas/mobile/activity.xml" type="application/atom+xml">Follow Mobile activity</a>`,
    );
  });
});

describe('the feed of each request', () => {
  const entries = (id: string) =>
    parseAtomFeed(site.read(`feedback/${id}/feed.xml`)).entries?.map((entry) => [
      entry.id?.replace(ROOT, ''),
      entry.title?.value,
      entry.updated?.slice(0, 10),
    ]) ?? [];

  it('tells the way round the loop: asked, planned, shipped, newest first', () => {
    const feed = parseAtomFeed(site.read('feedback/csv-request/feed.xml'));
    expect(feed).toMatchObject({ id: `${ROOT}feedback/csv-request/feed.xml`, title: { value: 'Export to CSV · Feeds Fixture' } });
    expect(feed.links?.find((link) => link.rel === 'alternate')?.href).toBe(`${ROOT}feedback/csv-request/`);
    expect(entries('csv-request')).toEqual([
      ['roadmap/csv-export/#shipped', 'CSV export: shipped in 1.1', '2026-02-20'],
      ['feedback/csv-request/#requested', 'Export to CSV: requested', '2025-12-03'],
    ]);
    expect(entries('offline-please')).toEqual([
      ['roadmap/offline/#update-2026-01-05', 'Work offline on phones: coming next', '2026-01-05'],
      ['feedback/offline-please/#requested', 'Offline mode for field work: requested', '2026-01-02'],
    ]);
  });

  it('gives a status with no date of its own an entry of its own, so readers see it the day it changes', () => {
    expect(entries('no-thanks')).toEqual([
      ['feedback/no-thanks/#status-declined', 'Blockchain sync: declined', '2026-01-04'],
      ['feedback/no-thanks/#requested', 'Blockchain sync: requested', '2026-01-04'],
    ]);
    expect(parseAtomFeed(site.read('feedback/no-thanks/feed.xml')).entries?.[0]?.content?.value).toBe(
      '<p>Declined: It would not make your data safer.</p>',
    );
    // A merged request follows the request it was merged into, as its page does.
    expect(entries('bold-text')).toEqual([
      ['feedback/bold-text/#status-merged', 'Bold text: merged', '2026-01-10'],
      ['roadmap/rich-text/#shipped', 'Rich text in notes: shipped in 1.0', '2026-01-10'],
      ['feedback/bold-text/#requested', 'Bold text: requested', '2025-11-20'],
    ]);
  });

  it('is linked from the request page as "Follow this request", and announced there', () => {
    const page = site.read('feedback/csv-request/index.html');
    expect(page).toContain('<a href="/roadmap/feedback/csv-request/feed.xml" type="application/atom+xml">Follow this request</a>');
    expect(page).toContain(
      `<link rel="alternate" type="application/atom+xml" title="Export to CSV · Feeds Fixture" href="${ROOT}feedback/csv-request/feed.xml">`,
    );
  });
});

describe('sitemap and robots.txt', () => {
  it('list the pages with absolute URLs under the base path, and robots.txt points at the sitemap', () => {
    expect(site.read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ROOT}sitemap.xml\n`);
    expect(site.read('sitemap.xml')).toContain(`<loc>${ROOT}sitemap-0.xml</loc>`);
    expect(site.read('sitemap.xml')).toBe(site.read('sitemap-index.xml'));
    const sitemap = site.read('sitemap-0.xml');
    for (const page of ['', 'changelog/v1-1/', 'feedback/dark-mode/', 'roadmap/offline/', 'widget/']) {
      expect(sitemap).toContain(`<loc>${ROOT}${page}</loc>`);
    }
    expect(sitemap).not.toContain('.json</loc>');
  });
});

describe('the JSON API', () => {
  for (const kind of ['roadmap', 'feedback', 'changelog', 'insights']) {
    it(`${kind}.json is valid against the schema published beside it`, () => {
      const document = json(site, `api/v1/${kind}.json`);
      const schema = json(site, `api/v1/${kind}.schema.json`);
      expect(document.$schema).toBe(`${ROOT}api/v1/${kind}.schema.json`);
      expect(schema.$id).toBe(document.$schema);
      expect(document).toMatchObject({ version: 1, kind, site: { url: ROOT } });
      expect(validatorFor(schema)(document).errors).toBe('No errors');
    });
  }

  it('lists every release with what it answers, the same as the feeds and the release pages', () => {
    const { items } = json(site, 'api/v1/changelog.json');
    expect(items.map((item: { id: string }) => item.id)).toEqual(['v1-2', 'v1-1', 'v1-0', 'v0-9']);
    expect(items[1]).toMatchObject({
      url: `${ROOT}changelog/v1-1/`,
      version: '1.1',
      date: '2026-02-20',
      changes: ['improved', 'fixed'],
      ships: [{ id: 'csv-export', url: `${ROOT}roadmap/csv-export/` }],
      closes: [{ id: 'faster-export' }],
      answers: [
        { id: 'csv-request', votes: 7 },
        { id: 'faster-export', votes: 5 },
      ],
    });
    // The release page says the same: the request, its link and its votes.
    expect(site.read('changelog/v1-1/index.html')).toMatch(
      /<strong>7<\/strong> votes<\/span><div class="request-main"><a class="row-title" href="\/roadmap\/feedback\/csv-request\/">Export to CSV<\/a>/,
    );
  });

  it('gives derived statuses and links along the loop', () => {
    const requests = new Map(json(site, 'api/v1/feedback.json').items.map((item: { id: string }) => [item.id, item]));
    expect(requests.get('rich-text-please')).toMatchObject({
      status: 'shipped',
      votes: 10,
      totalVotes: 13,
      shipped: { release: { id: 'v1-0', url: `${ROOT}changelog/v1-0/` }, version: '1.0', date: '2026-01-10' },
      duplicates: [{ id: 'bold-text' }],
    });
    expect(requests.get('bold-text')).toMatchObject({ status: 'merged', canonical: { id: 'rich-text-please' } });
    expect(requests.get('offline-please')).toMatchObject({ status: 'planned', roadmap: { id: 'offline' }, shipped: null });
    expect(requests.get('no-thanks')).toMatchObject({ status: 'declined', reason: 'It would not make your data safer.' });
    const items = new Map(json(site, 'api/v1/roadmap.json').items.map((item: { id: string }) => [item.id, item]));
    expect(items.get('rich-text')).toMatchObject({ status: 'shipped', votes: 13, shipped: { release: { id: 'v1-0' } } });
    expect(items.get('offline')).toMatchObject({ status: 'next', target: '2026-Q4', votes: 4 });
  });
});

describe('the widget script', () => {
  it('is served as written, with the site’s words in place, and stays under 6 KB gzipped', () => {
    const script = site.read('widget.js');
    const source = readFileSync(new URL('../../src/widget/whats-new.js', import.meta.url), 'utf8');
    expect(script).toBe(source.replace('/* roadlog:text */ {}', JSON.stringify(widgetText(createUi('en')))));
    expect(script).toContain('"markAll":"Mark all as read"');
    expect(gzipSync(script, { level: 9 }).length).toBeLessThan(6 * 1024);
  });

  it('states its true compressed size on its page, measured at build time', () => {
    const size = gzipSync(site.read('widget.js'), { level: 9 }).length / 1000;
    expect(site.read('widget/index.html')).toContain(
      `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(size)} KB compressed`,
    );
  });

  it('ships response headers that let other origins read the API, feeds and widget on Netlify and Cloudflare Pages', () => {
    const headers = site.read('_headers');
    for (const path of [
      '/api/*',
      '/changelog/*',
      '/areas/*',
      '/widget.js',
      '/roadmap/activity.xml',
      '/roadmap/areas/*/activity.xml',
      '/feedback/*/feed.xml',
    ]) {
      expect(headers).toContain(`${path}\n  Access-Control-Allow-Origin: *`);
    }
  });

  it('has a demo page with the embed code and a live widget', () => {
    const page = site.read('widget/index.html');
    expect(page).toContain(`&lt;script src=&quot;${ROOT}widget.js&quot; defer&gt;&lt;/script&gt;`);
    expect(page).toContain('<roadlog-whats-new></roadlog-whats-new>');
    expect(page).toContain('<script src="/roadmap/widget.js" defer></script>');
  });
});

/** Every file a build wrote, by path, for comparing builds. */
function files(build: Build): Map<string, string> {
  const result = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else result.set(relative(build.outDir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(build.outDir);
  return result;
}

describe('two builds of the same content', () => {
  it('write byte-identical output: pages, assets, feeds, API documents, schemas, sitemap and widget', () => {
    const again = buildSite(FIXTURE, 'feeds-again', ENV);
    expect(again.code, again.output).toBe(0);
    const first = files(site);
    const second = files(again);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    expect([...first.keys()]).toEqual(
      expect.arrayContaining([
        'index.html',
        'changelog/v1-1/index.html',
        'changelog/rss.xml',
        'api/v1/changelog.schema.json',
        'areas/mobile/feed.json',
        'widget.js',
      ]),
    );
    for (const [path, bytes] of first) expect(second.get(path), path).toBe(bytes);
  });
});

describe('adding one changelog file', () => {
  it('shows the release in every feed, the API and the widget’s data, with the requests it answers', () => {
    const content = copyFixture('feeds');
    writeFileSync(
      join(content, 'changelog/v1-3.md'),
      '---\ntitle: "1.3: Offline"\ndate: 2026-04-01\nversion: "1.3"\nchanges: [new]\nships: [offline]\nareas: [mobile]\n---\nWork without signal.\n\n![The offline map](offline-map.png)\n',
    );
    // An image beside the release: the build optimizes it, for the page and the feeds alike.
    writeFileSync(join(content, 'changelog/offline-map.png'), tinyPng());
    const after = buildSite(content, 'feeds-added', ENV);
    expect(after.code, after.output).toBe(0);
    const release = `${ROOT}changelog/v1-3/`;
    const answered = `${ROOT}feedback/offline-please/`;

    const rss = parseRssFeed(after.read('changelog/rss.xml'));
    expect(rss.items?.[0]).toMatchObject({ title: '1.3: Offline', link: release });
    const image = /<img alt="The offline map"[^>]* src="([^"]+)"/.exec(after.read('changelog/v1-3/index.html'))?.[1];
    expect(image).toMatch(/^\/roadmap\/_astro\/offline-map\.[\w-]+\.webp$/);
    expect(rss.items?.[0]?.content?.encoded).toContain(`src="https://feeds.example${image}"`);
    expect(after.read('changelog/feed.json')).not.toMatch(/__astro_image_/i);
    expect(rss.items?.[0]?.content?.encoded).toContain(`<a href="${answered}">Offline mode for field work</a>`);
    expect(rss.items).toHaveLength(3);

    const atom = parseAtomFeed(after.read('changelog/atom.xml'));
    expect(atom.updated).toBe('2026-04-01T00:00:00Z');
    expect(atom.entries?.[0]?.links?.map((link) => link.href)).toContain(answered);

    const feed = json(after, 'changelog/feed.json');
    expect(feed.items[0]).toMatchObject({ id: release, _roadlog: { answers: [{ id: 'offline-please', votes: 4 }] } });
    expect(parseAtomFeed(after.read('areas/mobile/atom.xml')).entries?.map((entry) => entry.id)).toEqual([release]);

    // changelog.json is what the widget reads.
    const changelog = json(after, 'api/v1/changelog.json');
    expect(changelog.items[0]).toMatchObject({ id: 'v1-3', url: release, answers: [{ id: 'offline-please', url: answered }] });
    const requests = json(after, 'api/v1/feedback.json').items;
    expect(requests.find((item: { id: string }) => item.id === 'offline-please')).toMatchObject({
      status: 'shipped',
      shipped: { release: { id: 'v1-3' }, version: '1.3', date: '2026-04-01' },
    });
    for (const kind of ['roadmap', 'feedback', 'changelog', 'insights']) {
      expect(validatorFor(json(after, `api/v1/${kind}.schema.json`))(json(after, `api/v1/${kind}.json`)).errors).toBe('No errors');
    }
  });
});
