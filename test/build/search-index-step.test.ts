import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/integration/search-index.ts';
import { writeSite } from '../helpers/build.ts';

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
    expect(await writeSearchIndex(dist)).toBe(2);
    expect(readdirSync(join(dist, 'pagefind'))).toContain('pagefind.js');
  });

  it('writes an empty index for a site without entries, rather than indexing its lists', async () => {
    const dist = writeSite('search-step', {
      'index.html': page('<main><h1>Home</h1></main>'),
      'feedback/recent/index.html': page('<main><h1>Newest requests</h1></main>'),
      'roadmap/now/index.html': page('<main><h1>Now</h1></main>'),
    });
    expect(await writeSearchIndex(dist)).toBe(0);
    expect(readdirSync(join(dist, 'pagefind'))).toContain('pagefind.js');
  });
});
