import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { textOf } from '../helpers/build.ts';
import { htmlFiles } from '../../scripts/lib/files.ts';
import { checkLinks } from '../../scripts/lib/link-check.ts';

const SITE_URL = 'https://fixture.example';

/** One page of each kind the site has, as files below the base path: its title (before " · Fixture Roadmap") and heading, when they differ. */
const PAGE_KINDS = {
  home: ['index.html', 'Fixture Roadmap'],
  board: ['roadmap/index.html', 'Roadmap'],
  'board of an area': ['roadmap/areas/editor/index.html', 'Roadmap: Editor'],
  'board column list': ['roadmap/now/index.html', 'Roadmap: Now', 'Now'],
  'recently shipped list': ['roadmap/shipped/index.html', 'Roadmap: Recently shipped', 'Recently shipped'],
  'column list of an area': [
    'roadmap/areas/exports/shipped/index.html',
    'Roadmap: Recently shipped in Exports',
    'Recently shipped in Exports',
  ],
  'paused and cancelled lists': ['roadmap/cancelled/index.html', 'Roadmap: Cancelled', 'Cancelled'],
  'roadmap item': ['roadmap/realtime-editing/index.html', 'Real-time editing'],
  'feedback list': ['feedback/index.html', 'Feedback'],
  'feedback list, page 2': ['feedback/page/2/index.html', 'Feedback, page 2', 'Feedback'],
  'feedback by recency': ['feedback/recent/index.html', 'Feedback, newest first', 'Feedback'],
  'feedback by recency, page 2': ['feedback/recent/page/2/index.html', 'Feedback, newest first, page 2', 'Feedback'],
  'feedback by status': ['feedback/status/planned/index.html', 'Planned requests'],
  'feedback by status, newest first': ['feedback/status/shipped/recent/index.html', 'Shipped requests, newest first', 'Shipped requests'],
  'feedback by area': ['feedback/areas/editor/index.html', 'Requests in Editor'],
  'feedback entry': ['feedback/export-to-csv/index.html', 'Export my data to CSV'],
  changelog: ['changelog/index.html', 'Changelog'],
  'changelog, page 2': ['changelog/page/2/index.html', 'Changelog, page 2', 'Changelog'],
  'changelog of an area': ['changelog/areas/exports/index.html', 'Changelog: Exports'],
  release: ['changelog/v1-2/index.html', '1.2: CSV export'],
  'release from MDX': ['changelog/v1-1/index.html', '1.1: Small fixes'],
  areas: ['areas/index.html', 'Areas'],
  area: ['areas/editor/index.html', 'Editor'],
  insights: ['insights/index.html', 'Insights'],
  'insights of an area': ['areas/editor/insights/index.html', 'Insights: Editor'],
  search: ['search/index.html', 'Search'],
  'not found': ['404.html', 'Page not found'],
} as const;

const builds = [
  ['at the root', inject('rootSite')],
  ['under the base path /roadmap/', inject('baseSite')],
] as const;

describe.each(builds)('the fixture site built %s', (_, site) => {
  it('builds', () => {
    expect(site.code, site.output).toBe(0);
  });

  it.each(Object.entries(PAGE_KINDS))('has a %s page', (_kind, [file, title, heading]: readonly string[]) => {
    const page = readFileSync(join(site.outDir, file!), 'utf8');
    // The page is the one its URL promises: its title and its heading name it.
    expect(/<title>([^<]*)<\/title>/.exec(page)?.[1], file).toBe(title === 'Fixture Roadmap' ? title : `${title} · Fixture Roadmap`);
    expect(textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(page)?.[1] ?? '').trim(), file).toBe(heading ?? title);
  });

  it('has a favicon', () => {
    expect(readFileSync(join(site.outDir, 'favicon.svg'), 'utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('links only to files that exist, under the base path, feeds, API and widget included', () => {
    const result = checkLinks(site.outDir, {
      base: site.base,
      siteUrl: SITE_URL,
      allowMissing: new Set([
        // The hostile request's <img src="x" onerror=…> points nowhere on purpose, so that onerror would fire.
        `${site.base}feedback/unsafe-body/x`,
      ]),
    });
    expect(result.broken).toEqual([]);
    // Hundreds of links: a checker that found none would prove nothing.
    expect(result.links).toBeGreaterThan(1000);
  });

  it('puts every asset, canonical URL and page link under the base path', () => {
    const html = readFileSync(join(site.outDir, 'feedback/export-to-csv/index.html'), 'utf8');
    const prefix = site.base;
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}${prefix}feedback/export-to-csv/">`);
    expect(html).toMatch(new RegExp(`<link rel="stylesheet" href="${prefix}_astro/[^"]+\\.css"`));
    expect(html).toContain(`<img class="brand-logo" src="${prefix}logo.svg"`);
    expect(html).toContain(`<link rel="icon" href="${prefix}favicon.svg"`);
    expect(html).toContain(`action="${prefix}search/"`);
  });

  it('passes html-validate on every page', async () => {
    // The recommended rules (document structure, accessibility, deprecated markup) minus `long-title`:
    // a request's title is the customer's words, up to 140 characters, and is kept whole in <title>.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    const files = htmlFiles(site.outDir);
    expect(files.length).toBeGreaterThan(60);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(join(site.outDir, file), 'utf8'), file);
      for (const result of report.results) {
        for (const message of result.messages)
          problems.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('pages', () => {
  const site = inject('baseSite');
  const page = (file: string) => readFileSync(join(site.outDir, file), 'utf8');
  const text = (file: string) => textOf(page(file));

  it('describe themselves to search engines and link previews', () => {
    const html = page('feedback/export-to-csv/index.html');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/i);
    expect(html).toContain('<title>Export my data to CSV · Fixture Roadmap</title>');
    expect(html).toContain('<meta name="description" content="Shipped in 1.2 on 15 March 2026 as CSV export. 13 votes.">');
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain('<meta property="og:title" content="Export my data to CSV">');
    expect(html).toContain(`<meta property="og:url" content="${SITE_URL}/roadmap/feedback/export-to-csv/">`);
    expect(html).toContain('<meta name="twitter:card" content="summary">');
    expect(html).toContain('<meta name="twitter:description" content="Shipped in 1.2 on 15 March 2026 as CSV export. 13 votes.">');
  });

  it('keep the 404 page out of search engines', () => {
    const html = page('404.html');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('rel="canonical"');
    expect(html).toMatch(/<form[^>]+role="search"[^>]+action="\/roadmap\/search\/"/);
  });

  it('carry the accent colour from site.yaml, darkened where a pale colour would fail contrast', () => {
    const html = page('index.html');
    // #facc15 on white is 1.5:1: the light theme gets a darker shade of it, the dark theme keeps it.
    expect(html).toMatch(/<style>:root\{--accent:#(?!facc15)[0-9a-f]{6};/);
    expect(html).toContain('@media (prefers-color-scheme:dark){:root{--accent:#facc15;');
  });

  it('offer a search form in the header that works as a plain form', () => {
    const html = page('roadmap/index.html');
    expect(html).toMatch(/<form class="search-form" role="search" aria-label="Site" action="\/roadmap\/search\/" method="get"[^>]*>/);
    expect(html).toMatch(/<input id="site-search" type="search" name="q"/);
    expect(text('search/index.html')).toContain('Search needs JavaScript.');
  });

  it('send feedback to the intake link from every page', () => {
    for (const file of htmlFiles(site.outDir)) {
      expect(page(file), file).toContain('href="https://support.fixture.example/new">Send feedback</a>');
    }
  });

  it('offer the changelog feeds on the home page, the changelog and each area', () => {
    expect(page('index.html')).toContain('href="/roadmap/changelog/rss.xml"');
    expect(page('changelog/index.html')).toContain('href="/roadmap/changelog/atom.xml"');
    expect(page('changelog/areas/editor/index.html')).toContain('href="/roadmap/areas/editor/feed.json"');
    expect(page('areas/editor/index.html')).toContain('href="/roadmap/areas/editor/rss.xml"');
    // An area's changelog announces that area's feeds in its head, for feed readers.
    expect(page('changelog/areas/editor/index.html')).toMatch(
      /<link rel="alternate" type="application\/rss\+xml" title="[^"]*" href="https:\/\/[^"]+\/roadmap\/areas\/editor\/rss\.xml">/,
    );
  });

  it('read as words, not glued together (Astro compresses whitespace between elements)', () => {
    expect(text('roadmap/csv-export/index.html')).toContain('Shipped in 1.2 on 15 March 2026.');
    expect(text('roadmap/realtime-editing/index.html')).toContain('In progress since 1 October 2026, aiming for 2026-Q3.');
    expect(text('feedback/export-to-csv/index.html')).toContain(
      'Requested by Ada on 2 January 2026 Planned CSV export (shipped) Shipped 1.2 on 15 March 2026',
    );
    expect(text('feedback/index.html')).toMatch(/13 votes Export my data to CSV Shipped in 1.2 Exports Requested 2 January 2026/);
    expect(text('changelog/v1-1/index.html')).toContain('← Older 1.0: First release');
    expect(text('changelog/v1-1/index.html')).toContain('Newer → 1.2: CSV export');
    expect(text('index.html')).toContain('Send feedback See the roadmap What’s new');
  });

  it('explain every status in words, linking along the loop both ways', () => {
    expect(text('feedback/live-collaboration/index.html')).toContain('In progress as Real-time editing, aiming for 2026-Q3.');
    expect(text('feedback/api-access/index.html')).toContain('Planned as Public API, for later, aiming for 2027-H1.');
    expect(text('feedback/keyboard-shortcuts/index.html')).toContain('Planned as Keyboard shortcuts, which is paused for now.');
    expect(text('feedback/bulk-edit/index.html')).toContain('Under review: the team is looking into this request.');
    expect(text('roadmap/shortcuts/index.html')).toContain('Paused since 2 March 2026: planned, but on hold for now.');
    expect(text('roadmap/offline-editing/index.html')).toContain('Cancelled: Sync conflicts made it unreliable');
    // request → item → release, and back
    expect(page('feedback/export-to-csv/index.html')).toContain('href="/roadmap/roadmap/csv-export/"');
    expect(page('feedback/export-to-csv/index.html')).toContain('href="/roadmap/changelog/v1-2/"');
    expect(page('roadmap/csv-export/index.html')).toContain('href="/roadmap/feedback/export-to-csv/"');
    expect(page('roadmap/csv-export/index.html')).toContain('href="/roadmap/changelog/v1-2/"');
    expect(page('changelog/v1-2/index.html')).toContain('href="/roadmap/roadmap/csv-export/"');
    expect(page('changelog/v1-2/index.html')).toContain('href="/roadmap/feedback/export-to-csv/"');
    expect(page('feedback/spreadsheet-download/index.html')).toContain('href="/roadmap/feedback/export-to-csv/"');
    expect(text('feedback/export-to-csv/index.html')).toContain('Merged into this request');
  });

  it('end a shipped item’s timeline with the release that shipped it', () => {
    expect(text('roadmap/csv-export/index.html')).toMatch(
      /Updates 10 January 2026 Next Scoped the first version\. 1 February 2026 Now Building it\. 15 March 2026 Shipped Released in 1\.2: CSV export\./,
    );
  });

  it('show dates as UTC calendar days in <time datetime>', () => {
    expect(page('changelog/index.html')).toContain('<time datetime="2026-03-15">15 March 2026</time>');
  });

  it('paginate lists and link the pages both ways', () => {
    const first = page('feedback/index.html');
    expect(first).toContain('href="/roadmap/feedback/page/2/" rel="next"');
    expect(text('feedback/index.html')).toContain('Page 1 of 6 · 11 requests');
    const second = page('feedback/page/2/index.html');
    expect(second).toContain('href="/roadmap/feedback/" rel="prev"');
    expect(page('changelog/page/2/index.html')).toContain('1.0: First release');
  });

  it('filter the feedback list by status and by area, keeping the sort', () => {
    expect(text('feedback/status/planned/recent/index.html')).toContain('Planned requests');
    const planned = page('feedback/status/planned/index.html');
    expect(planned).toContain('href="/roadmap/feedback/status/planned/recent/"');
    expect(planned).toMatch(/<a class="chip" href="\/roadmap\/feedback\/status\/planned\/" aria-current="true">Planned/);
    const area = text('feedback/areas/editor/index.html');
    expect(area).toContain('Requests in Editor');
    expect(area).not.toContain('A public API');
    expect(area).toContain('See each other');
  });

  it('combine a status with an area, with chips that keep the other filter and count within it', () => {
    const combined = page('feedback/areas/editor/status/in-progress/index.html');
    expect(textOf(combined)).toContain('Requests in progress in Editor');
    expect(textOf(combined)).toContain('See each other');
    // From an area's list, a status chip stays in the area and counts only its requests; "All areas" leaves it.
    const area = page('feedback/areas/editor/index.html');
    expect(area).toMatch(
      /<a class="chip" href="\/roadmap\/feedback\/areas\/editor\/status\/in-progress\/">In progress <span class="chip-count">1<\/span><\/a>/,
    );
    expect(area).toMatch(
      /<a class="chip" href="\/roadmap\/feedback\/areas\/editor\/" aria-current="true">All <span class="chip-count">\d+<\/span><\/a>/,
    );
    expect(combined).toMatch(/<a class="chip" href="\/roadmap\/feedback\/status\/in-progress\/">All areas/);
    expect(combined).toContain('href="/roadmap/feedback/areas/editor/status/in-progress/recent/"');
  });

  it('show the top of each board column and link to the full list', () => {
    const board = text('roadmap/index.html');
    expect(board).toContain('Later 1 item On the roadmap, not scheduled yet. Public API');
    expect(board).toContain('All 2 in Recently shipped');
    expect(page('roadmap/index.html')).toContain('href="/roadmap/roadmap/shipped/"');
    expect(board).toContain('Also on the roadmap: Paused (1) · Cancelled (1)');
  });

  it('filter the board by area without JavaScript: a board page per area', () => {
    const board = page('roadmap/index.html');
    expect(board).toContain('href="/roadmap/roadmap/areas/editor/"');
    const editor = text('roadmap/areas/editor/index.html');
    expect(editor).toContain('Roadmap: Editor');
    expect(editor).toContain('Real-time editing');
    expect(editor).not.toContain('Public API');
  });

  it('render hostile Markdown harmless, keeping its text', () => {
    const html = page('feedback/unsafe-body/index.html');
    expect(html).not.toMatch(/<script>window|onerror|javascript:/i);
    expect(textOf(html)).toContain('Hello there.');
    expect(html).toMatch(/<a href="https:\/\/docs\.example\.com\/page" rel="noopener noreferrer">docs<\/a>/);
  });
});
