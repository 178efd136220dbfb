import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page as Pagefind stored it: what a search can return. */
export interface IndexedPage {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Pagefind writes each page as a gzipped fragment: `pagefind_dcd` then JSON. */
const SIGNATURE = 'pagefind_dcd';

/** Every page in a built site's search index, read from the bundle's fragments. */
export function indexedPages(outDir: string): IndexedPage[] {
  const folder = join(outDir, 'pagefind/fragment');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((file) => {
      const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
      if (!text.startsWith(SIGNATURE)) throw new Error(`${file} is not a Pagefind fragment`);
      return JSON.parse(text.slice(SIGNATURE.length)) as IndexedPage;
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}
