import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE_DIR } from '../core/view/search.ts';

/** The folders of entry pages: only these can hold search content. */
const ENTRY_FOLDERS = ['feedback', 'roadmap', 'changelog'];
const ENTRY_PAGES = `{${ENTRY_FOLDERS.join(',')}}/*/index.html`;
const PAGEFIND_VERSION = pagefindVersion();

/** The installed Pagefind's version (its package exports no package.json: look where Node would find it). */
function pagefindVersion(): string {
  for (const folder of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
    const manifest = readText(join(folder, 'pagefind', 'package.json'));
    if (manifest) return (JSON.parse(manifest) as { version: string }).version;
  }
  return 'unknown';
}

/**
 * Builds the Pagefind index of a built site, the same on every machine, when
 * the build is done (Pagefind's own process does the indexing; BENCHMARKS.md
 * has what it costs). Only pages with `data-pagefind-body` (the entry pages)
 * are indexed, and only entry folders are read. Pagefind indexes every page it
 * reads when none has the marker, so a site without entries gets an empty
 * index instead of one made of its lists. Returns how many pages it holds.
 *
 * With a cache folder, the index is kept there with a digest of every page it
 * was made from: when no entry page changed since, the kept index is what
 * Pagefind would write again, and it is reused instead.
 */
export async function writeSearchIndex(outDir: string, options: { cacheDir?: string } = {}): Promise<SearchIndexResult> {
  const bundle = join(outDir, SEARCH_BUNDLE_DIR);
  if (!options.cacheDir) {
    await runPagefind(outDir, bundle);
    return { pages: indexedPages(bundle), reused: false };
  }
  const kept = join(options.cacheDir, 'roadlog-search');
  const keptBundle = join(kept, SEARCH_BUNDLE_DIR);
  const digestFile = join(kept, 'digest');
  const digest = entryPagesDigest(outDir);
  const reused = existsSync(keptBundle) && readText(digestFile) === digest;
  if (!reused) {
    const next = join(kept, `${SEARCH_BUNDLE_DIR}.next`);
    rmSync(next, { recursive: true, force: true });
    await runPagefind(outDir, next);
    rmSync(keptBundle, { recursive: true, force: true });
    mkdirSync(kept, { recursive: true });
    renameSync(next, keptBundle);
    writeFileSync(digestFile, digest);
  }
  rmSync(bundle, { recursive: true, force: true });
  linkTree(keptBundle, bundle);
  return { pages: indexedPages(bundle), reused };
}

export interface SearchIndexResult {
  pages: number;
  /** True when the index of the previous build was reused, no entry page having changed. */
  reused: boolean;
}

async function runPagefind(outDir: string, bundle: string): Promise<void> {
  const fail = (step: string, errors: string[]) => new Error(`search index: ${step} failed: ${errors.join('; ')}`);
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
}

/** A digest of every entry page (path and bytes) and of Pagefind's version: what the index is made from. */
function entryPagesDigest(outDir: string): string {
  const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION}\n`);
  for (const folder of ENTRY_FOLDERS) {
    const dir = join(outDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const page = join(dir, name, 'index.html');
      if (!existsSync(page)) continue;
      hash.update(`${folder}/${name}\n`).update(readFileSync(page));
    }
  }
  return hash.digest('hex');
}

/** The files of `from` in `to`: hard links where the file system allows them (no copying), else copies. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
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
