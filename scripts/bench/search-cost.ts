import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SEARCH_BOX_RESULTS, SEARCH_PAGE_RESULTS } from '../../src/client/limits.ts';
import { listFiles } from '../lib/files.ts';

export const CHROMIUM = '/usr/bin/chromium';

export interface SearchStats {
  /** Everything under dist/pagefind/: what a deploy uploads for search. */
  indexBytes: number;
  indexFiles: number;
  /** The first query as the header's search box makes it. */
  firstQuery: FirstQuery;
  /** The same query as the search page makes it, with a page of results. */
  pageQuery: FirstQuery;
}

export interface FirstQuery {
  query: string;
  /** Results whose data was loaded, as the UI shows them. */
  shown: number;
  /** Bytes sent for pagefind/ files, text files gzip-compressed as static hosts serve them. */
  bytes: number;
  requests: number;
  results: number;
  /** Every file fetched, with the bytes sent. */
  files: { path: string; bytes: number }[];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);
const PROBE = '__bench__/search.html';

/**
 * Serves `dist` under `base` on a free port, counting the bytes of every
 * response. Pagefind's index files are already compressed; text files are
 * gzipped as any static host would.
 */
function serve(
  dist: string,
  base: string,
  probe: string,
): Promise<{ server: Server; url: string; log: { path: string; bytes: number }[] }> {
  const log: { path: string; bytes: number }[] = [];
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    const relative = pathname.slice(base.length);
    let body: Buffer;
    if (relative === PROBE) {
      body = Buffer.from(probe);
    } else {
      const file = normalize(join(dist, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative));
      if (!file.startsWith(dist) || !existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      body = readFileSync(file);
    }
    const extension = extname(relative === PROBE ? PROBE : relative) || '.html';
    const headers: Record<string, string> = { 'content-type': TYPES[extension] ?? 'application/octet-stream' };
    if (COMPRESSIBLE.has(extension)) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    log.push({ path: relative, bytes: body.length });
    response.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}${base}`, log });
    });
  });
}

/**
 * What search costs: the size of the Pagefind index, and the bytes a first
 * query downloads, measured in Chromium: a blank page imports pagefind.js,
 * searches for `query` and loads the results the header's search box shows
 * at first (`firstQuery`), then, on a fresh page, those a page of the search
 * page shows (`pageQuery`), while the server counts what it sends. The search
 * UI's own script and styles are not included. Without Chromium there is no
 * figure, and the bench fails rather than report none.
 */
export async function searchStats(dist: string, base: string, query: string): Promise<SearchStats | undefined> {
  if (!existsSync(join(dist, 'pagefind/pagefind.js'))) return undefined;
  const index = listFiles(join(dist, 'pagefind'));
  const stats = {
    indexBytes: index.reduce((sum, file) => sum + file.bytes, 0),
    indexFiles: index.length,
  };
  if (!existsSync(CHROMIUM)) throw new Error(`the search cost needs Chromium at ${CHROMIUM} (apt-get install chromium)`);
  const probe = (shown: number) => `<!doctype html><meta charset="utf-8"><title>probe</title><script type="module">
const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
await pagefind.options({ baseUrl: ${JSON.stringify(base)} });
const search = await pagefind.search(${JSON.stringify(query)});
await Promise.all(search.results.slice(0, ${shown}).map((result) => result.data()));
window.benchDone = search.results.length;
</script>`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const measure = async (shown: number): Promise<FirstQuery> => {
    const { server, url, log } = await serve(dist, base, probe(shown));
    try {
      const page = await browser.newPage();
      await page.goto(`${url}${PROBE}`);
      const results = (await (
        await page.waitForFunction(() => (window as unknown as { benchDone?: number }).benchDone, undefined, { timeout: 60_000 })
      ).jsonValue()) as number;
      await page.close();
      const files = log.filter((entry) => entry.path.startsWith('pagefind/'));
      return { query, shown, bytes: files.reduce((sum, file) => sum + file.bytes, 0), requests: files.length, results, files };
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  };
  try {
    return { ...stats, firstQuery: await measure(SEARCH_BOX_RESULTS), pageQuery: await measure(SEARCH_PAGE_RESULTS) };
  } finally {
    await browser.close();
  }
}
