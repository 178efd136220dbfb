import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE_DIR } from '../core/view/search.ts';

/** The folders of entry pages: only these can hold search content. */
const ENTRY_FOLDERS = ['feedback', 'roadmap', 'changelog'];
const ENTRY_PAGES = `{${ENTRY_FOLDERS.join(',')}}/*/index.html`;

/**
 * Builds the Pagefind index of a built site, the same on every machine, when
 * the build is done (Pagefind's own process does the indexing; BENCHMARKS.md
 * has what it costs). Only pages with `data-pagefind-body` (the entry pages)
 * are indexed, and only entry folders are read. Pagefind indexes every page it
 * reads when none has the marker, so a site without entries gets an empty
 * index instead of one made of its lists. Returns how many pages it holds.
 */
export async function writeSearchIndex(outDir: string): Promise<number> {
  const fail = (step: string, errors: string[]) => new Error(`search index: ${step} failed: ${errors.join('; ')}`);
  const bundle = join(outDir, SEARCH_BUNDLE_DIR);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw fail('starting Pagefind', errors);
    if (hasSearchContent(outDir)) {
      const added = await index.addDirectory({ path: outDir, glob: ENTRY_PAGES });
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

/** Whether any entry page carries search content; usually the first one read does. */
function hasSearchContent(outDir: string): boolean {
  for (const folder of ENTRY_FOLDERS) {
    const dir = join(outDir, folder);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const page = join(dir, entry.name, 'index.html');
      if (entry.isDirectory() && existsSync(page) && readFileSync(page, 'utf8').includes('data-pagefind-body')) return true;
    }
  }
  return false;
}

/**
 * Pagefind also writes its ready-made UIs (several hundred kB of scripts and styles).
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
