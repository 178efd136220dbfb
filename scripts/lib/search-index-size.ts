import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SEARCH_BUNDLE_DIR } from '../../src/core/view/search.ts';
import { indexedPages } from '../../src/integration/search-index.ts';

export interface SearchIndexSize {
  /** Pages in the index. */
  pages: number;
  /** Files and bytes of the whole bundle folder, as deployed. */
  files: number;
  bytes: number;
}

/** How big a built site's search index is, for the benchmark: `dist/pagefind/` as deployed. */
export function searchIndexSize(distDir: string): SearchIndexSize {
  const bundle = join(distDir, SEARCH_BUNDLE_DIR);
  const walk = (dir: string): number[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      const stat = statSync(path);
      return stat.isDirectory() ? walk(path) : [stat.size];
    });
  const sizes = walk(bundle);
  return { pages: indexedPages(bundle), files: sizes.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
}
