import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { FIXTURES } from '../helpers/paths.ts';
import { htmlFiles } from '../../scripts/lib/files.ts';
import { indexedPages } from '../helpers/search-index.ts';
import { searchIndexSize } from '../../scripts/lib/search-index-size.ts';

/** The entry pages of the fixture, from its content folder: exactly what search must find. */
const entryUrls = (['feedback', 'roadmap', 'changelog'] as const)
  .flatMap((kind) =>
    readdirSync(join(FIXTURES, 'basic/content', kind))
      .filter((file) => /\.mdx?$/.test(file) && !file.startsWith('_'))
      .map((file) => `/${kind}/${file.replace(/\.mdx?$/, '')}/`),
  )
  .sort((a, b) => a.localeCompare(b));

const builds = [
  ['at the root', inject('rootSite')],
  ['under the base path /roadmap/', inject('baseSite')],
] as const;

describe.each(builds)('the search index of the fixture built %s', (_, site) => {
  const pages = indexedPages(site.outDir);
  const read = (file: string) => readFileSync(join(site.outDir, file), 'utf8');

  it('is written by the build, with the script the search box loads under the base path', () => {
    expect(site.code, site.output).toBe(0);
    expect(existsSync(join(site.outDir, 'pagefind/pagefind.js'))).toBe(true);
    // Pagefind's ready-made UIs are not ours to ship: the site's own search UI replaces them.
    expect(readdirSync(join(site.outDir, 'pagefind')).filter((name) => /ui\.(js|css)$|highlight/.test(name))).toEqual([]);
    expect(read('index.html')).toContain(`data-search-bundle="${site.base}pagefind/pagefind.js"`);
    expect(read('index.html')).toContain(`data-search-base="${site.base}"`);
  });

  it('holds every request, roadmap item and release, and nothing else', () => {
    // URLs are indexed from the site's root; the search box adds the base path.
    expect(pages.map((page) => page.url)).toEqual(entryUrls);
  });

  it('marks only entry pages as search content: lists, the home page and the board carry no data-pagefind-body', () => {
    const marked = htmlFiles(site.outDir).filter((file) => read(file).includes('data-pagefind-body'));
    expect(marked.map((file) => `/${file.replace(/index\.html$/, '')}`).sort((a, b) => a.localeCompare(b))).toEqual(entryUrls);
    for (const list of [
      'index.html',
      'roadmap/index.html',
      'roadmap/shipped/index.html',
      'feedback/index.html',
      'feedback/recent/index.html',
      'changelog/index.html',
      'areas/editor/index.html',
      'search/index.html',
    ]) {
      expect(marked, list).not.toContain(list);
    }
  });

  it('files each page under its kind, derived status and areas, with both sort keys', () => {
    const byUrl = new Map(pages.map((page) => [page.url, page]));
    expect(byUrl.get('/feedback/export-to-csv/')).toMatchObject({
      filters: { kind: ['request'], status: ['shipped'], area: ['exports'] },
      meta: { title: 'Export my data to CSV', kind: 'Request', status: 'Shipped' },
    });
    expect(byUrl.get('/feedback/spreadsheet-download/')?.filters).toMatchObject({ kind: ['request'], status: ['merged'] });
    expect(byUrl.get('/roadmap/realtime-editing/')).toMatchObject({
      filters: { kind: ['roadmap'], status: ['now'], area: ['editor'] },
      meta: { kind: 'Roadmap item', status: 'Now' },
    });
    expect(byUrl.get('/changelog/v1-2/')).toMatchObject({
      filters: { kind: ['release'], status: ['shipped'], area: ['exports'] },
      meta: { title: '1.2: CSV export', kind: 'Release', status: 'Released' },
    });
    // Pagefind drops a page without the sort key from sorted results: every entry page carries both.
    for (const url of entryUrls) {
      const html = read(`${url.slice(1)}index.html`);
      expect(html, url).toMatch(/data-pagefind-sort="votes:\d{10}"/);
      expect(html, url).toMatch(/data-pagefind-sort="date:\d{4}-\d{2}-\d{2}"/);
    }
  });

  it('reports its size for the benchmark', () => {
    const size = searchIndexSize(site.outDir);
    expect(size.pages).toBe(entryUrls.length);
    // The script, the worker, the WebAssembly and one fragment per page at least.
    expect(size.files).toBeGreaterThan(entryUrls.length + 3);
    expect(size.bytes).toBeGreaterThan(statSync(join(site.outDir, 'pagefind/pagefind.js')).size);
  });

  it('indexes what the entry says, not the page around it', () => {
    const request = pages.find((page) => page.url === '/feedback/export-to-csv/')!;
    expect(request.content).toContain('I need CSV exports for my accountant.');
    for (const chrome of ['Send feedback', 'Missing something?', 'Skip to content', 'View the original discussion']) {
      expect(request.content).not.toContain(chrome);
    }
    // The status in words is indexed once; the steps of "Where it stands" only repeat it.
    expect(request.content).toContain('Shipped in 1.2');
    expect(request.content).not.toContain('Where it stands');
    // A roadmap item's updates are searchable by what they say, without their dates and badges.
    const item = pages.find((page) => page.url === '/roadmap/realtime-editing/')!;
    expect(item.content).toContain('Building the sync engine.');
    expect(item.content).not.toContain('Updates');
  });
});
