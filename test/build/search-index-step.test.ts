import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/integration/search-index.ts';
import { writeSite } from '../helpers/build.ts';

/** Every file below a folder with its bytes. */
function listFiles(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => [path.slice(dir.length), readFileSync(path, 'base64')]);
}

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

describe('the search index step of npm run build', () => {
  it('indexes only entry pages marked as search content', async () => {
    const dist = writeSite('search-step', {
      'index.html': page('<main><h1>Home</h1><p>zebra</p></main>'),
      'feedback/index.html': page('<main><h1>All requests</h1></main>'),
      'feedback/recent/index.html': page('<main><h1>Newest requests</h1></main>'),
      'feedback/csv/index.html': page('<main data-pagefind-body><h1>CSV export</h1></main>'),
      'changelog/v1/index.html': page('<main data-pagefind-body><h1>1.0</h1></main>'),
    });
    expect((await writeSearchIndex(dist)).pages).toBe(2);
    expect(readdirSync(join(dist, 'pagefind'))).toContain('pagefind.js');
  });

  it('writes an empty index for a site without entries, rather than indexing its lists', async () => {
    const dist = writeSite('search-step', {
      'index.html': page('<main><h1>Home</h1></main>'),
      'feedback/recent/index.html': page('<main><h1>Newest requests</h1></main>'),
      'roadmap/now/index.html': page('<main><h1>Now</h1></main>'),
    });
    expect((await writeSearchIndex(dist)).pages).toBe(0);
    expect(readdirSync(join(dist, 'pagefind'))).toContain('pagefind.js');
  });

  it('reuses the index of the previous build when no entry page changed, and only then', async () => {
    const dist = writeSite('search-step', {
      'index.html': page('<main><h1>Home</h1></main>'),
      'feedback/csv/index.html': page('<main data-pagefind-body><h1>CSV export</h1></main>'),
      'roadmap/exports/index.html': page('<main data-pagefind-body><h1>Exports</h1></main>'),
    });
    const cacheDir = join(dist, '..', 'search-cache');
    const first = await writeSearchIndex(dist, { cacheDir });
    expect(first).toEqual({ pages: 2, reused: false });
    const written = listFiles(join(dist, 'pagefind'));
    rmSync(join(dist, 'pagefind'), { recursive: true });
    // A list page changed: the index does not read it.
    writeFileSync(join(dist, 'index.html'), page('<main><h1>Home, again</h1></main>'));
    expect(await writeSearchIndex(dist, { cacheDir })).toEqual({ pages: 2, reused: true });
    expect(listFiles(join(dist, 'pagefind'))).toEqual(written);
    writeFileSync(join(dist, 'feedback/csv/index.html'), page('<main data-pagefind-body><h1>CSV and Excel export</h1></main>'));
    expect(await writeSearchIndex(dist, { cacheDir })).toEqual({ pages: 2, reused: false });
    expect(listFiles(join(dist, 'pagefind'))).not.toEqual(written);
  });
});
