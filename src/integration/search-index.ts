import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE_DIR } from '../core/view/search.ts';

/**
 * Builds the Pagefind index of a built site in-process, the same on every
 * machine. Only pages with `data-pagefind-body` (the entry pages) are
 * indexed. Pagefind indexes every page when none has it, so a site without
 * entries gets an empty index instead of one made of its lists.
 * Returns how many pages the index holds.
 */
export async function writeSearchIndex(outDir: string, options: { hasEntries: boolean }): Promise<number> {
  const fail = (step: string, errors: string[]) => new Error(`search index: ${step} failed: ${errors.join('; ')}`);
  const bundle = join(outDir, SEARCH_BUNDLE_DIR);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw fail('starting Pagefind', errors);
    if (options.hasEntries) {
      const added = await index.addDirectory({ path: outDir });
      if (added.errors.length > 0) throw fail('indexing', added.errors);
    }
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw fail('writing', written.errors);
  } finally {
    await pagefind.close();
  }
  removeUnusedUi(bundle);
  return indexedPages(bundle);
}

/**
 * Pagefind also writes its ready-made UIs (about 420 KB of scripts and styles).
 * Our own search UI talks to pagefind.js directly, so they would only be dead
 * weight in every deploy.
 */
function removeUnusedUi(bundle: string): void {
  for (const name of readdirSync(bundle)) {
    if (/^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/.test(name)) rmSync(join(bundle, name));
  }
}

/** Pages in a written bundle, over every language, from its entry file. */
export function indexedPages(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
