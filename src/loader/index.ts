import { existsSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineCollection } from 'astro/content/config';
import type { Loader, LoaderContext } from 'astro/loaders';
import { COLLECTIONS, entryOfFile, type Entry, type Kind } from '../core/collections.ts';
import { listCollection, loadCollection, loadEntry, type LoadedCollection } from '../core/load/load-collection.ts';
import { loadSiteConfig } from '../core/load/site-config.ts';
import { contentDirFromEnv } from '../core/paths.ts';
import { CHANGED_FILES, CONTENT_HOOK, loaderName, REFRESHED, type ContentHook } from './handoff.ts';

/**
 * Changes to how bodies render (our plugins) must not reuse HTML rendered by
 * another version; Astro itself clears the store when its own version or
 * the Astro config changes.
 */
const RENDER_VERSION = readPackageVersion();

/**
 * Roadlog's content loader for one collection. Files are read and checked by
 * the same core reader as `roadlog validate`: one reading, the same values,
 * the same verdict. When the roadlog() integration has already read the
 * project to validate it, the loader takes that reading instead of reading
 * again. Each entry keeps a digest of its file, so a warm build renders only
 * the files that changed.
 */
export function roadlogLoader(kind: Kind): Loader {
  return {
    name: loaderName(kind),
    schema: COLLECTIONS[kind].schema,
    load: (context) => loadKind(kind, context),
  };
}

interface Where {
  root: string;
  contentDir: string;
}

async function loadKind(kind: Kind, context: LoaderContext): Promise<void> {
  const started = performance.now();
  const { store, meta, config, logger } = context;
  const root = fileURLToPath(config.root);
  const hook = findHook(context);
  const contentDir = resolve(root, hook?.contentDir ?? contentDirFromEnv());
  const where = { root, contentDir };
  const changed = context.refreshContextData?.[CHANGED_FILES];
  // The integration asks again for a refresh that Astro skipped, until the loader says it ran.
  const refreshed = context.refreshContextData?.[REFRESHED];
  if (typeof refreshed === 'function') refreshed(kind);
  if (Array.isArray(changed)) {
    for (const path of changed) if (typeof path === 'string') await syncFile(kind, path, where, context);
    return;
  }
  const handed = hook?.take(kind);
  const collection: LoadedCollection<Kind> = handed?.collection ?? loadCollection(kind, contentDir, displayDir(root, contentDir));
  // What validation refused is never stored, however the loader was reached (see `allowMdx`).
  if (!handed && kind === 'changelog' && refusesMdx(where)) {
    collection.entries = collection.entries.filter((entry) => extname(entry.path ?? '') !== '.mdx');
  }
  if (!hook && collection.problems.some((problem) => problem.severity === 'error')) {
    // Without the integration nothing has reported these; the files with errors are left out.
    logger.warn(`${COLLECTIONS[kind].folder}/ has content problems: run \`roadlog validate\` to see them`);
  }
  if (meta.get('render-version') !== RENDER_VERSION) {
    store.clear();
    meta.set('render-version', RENDER_VERSION);
  }
  const untouched = new Set(store.keys());
  let rendered = 0;
  for (const entry of collection.entries) {
    untouched.delete(entry.id);
    if (await storeEntry(entry, context, root)) rendered++;
  }
  for (const id of untouched) if (!(context.watcher && keepsLastValidVersion(kind, store.get(id)?.filePath, where))) store.delete(id);
  if (store.keys().length === 0) {
    // A new site has no entries yet: Astro warns of a collection it never saw stored, so it sees an empty one.
    store.set({ id: 'roadlog-empty', data: {} });
    store.delete('roadlog-empty');
  }
  if (!hook?.watches && context.watcher) watchCollection(kind, where, context);
  const count = collection.entries.length;
  logger.info(
    `${count} ${count === 1 ? 'entry' : 'entries'} (${rendered} new or changed) in ${Math.round(performance.now() - started)} ms`,
  );
}

/**
 * In `astro dev`, an entry file that has errors keeps its last valid version
 * (the panel says what is wrong); one that is gone, or belongs to another
 * content folder, leaves the store.
 */
function keepsLastValidVersion(kind: Kind, filePath: string | undefined, where: Where): boolean {
  if (filePath === undefined) return false;
  const path = resolve(where.root, filePath);
  return entryOfFile(relative(where.contentDir, path).split(sep).join('/'))?.kind === kind && existsSync(path);
}

/**
 * Stores one valid entry: its checked data, its body rendered (Markdown) or
 * left to Astro (MDX). False when the store already had this very file.
 */
async function storeEntry(entry: Entry, context: LoaderContext, root: string): Promise<boolean> {
  const { store, generateDigest } = context;
  if (!entry.path || entry.source === undefined) return false;
  const digest = generateDigest(entry.source);
  const filePath = relative(root, entry.path).split(sep).join('/');
  const existing = store.get(entry.id);
  if (existing?.digest === digest && existing.filePath === filePath) {
    // Unchanged since the last build: its rendered body stays. Astro rewrites its lists of content modules and
    // images only when told of one, and those lists live in the project's .astro/, which another build (another
    // content folder, another cache) may have rewritten: tell it again, as its own glob loader does.
    if (existing.deferredRender) store.addModuleImport(filePath);
    const withAssets = store as typeof store & { addAssetImports?: (assets: string[], filePath: string) => void };
    if (existing.assetImports?.length) withAssets.addAssetImports?.(existing.assetImports, filePath);
    return false;
  }
  const data = entry.data as unknown as Record<string, unknown>;
  const body = entry.body ?? '';
  if (extname(entry.path) === '.mdx') {
    // MDX is a module: Astro compiles it when a page renders it.
    store.set({ id: entry.id, data, body, filePath, digest, deferredRender: true });
    return true;
  }
  // An empty frontmatter block first: Astro's renderer strips frontmatter itself, and a body that
  // starts with a thematic break (`---`) must not be taken for it.
  const rendered = await context.renderMarkdown(`---\n---\n${body}`, { fileURL: pathToFileURL(entry.path) });
  store.set({ id: entry.id, data, body, filePath, digest, rendered, assetImports: rendered.metadata?.imagePaths });
  return true;
}

/**
 * One file changed while `astro dev` runs: it is read again by the core
 * reader. A file that now has errors keeps its last valid version in the
 * store (the dev panel shows the problems); a deleted file leaves it.
 */
async function syncFile(kind: Kind, path: string, where: Where, context: LoaderContext): Promise<void> {
  const { store, logger } = context;
  const ref = entryOfFile(relative(where.contentDir, path).split(sep).join('/'));
  if (ref?.kind !== kind) return;
  const filePath = relative(where.root, path).split(sep).join('/');
  if (!existsSync(path)) {
    if (store.get(ref.id)?.filePath !== filePath) return;
    store.delete(ref.id);
    logger.info(`${filePath} removed`);
    return;
  }
  const listed = listCollection(kind, where.contentDir, displayDir(where.root, where.contentDir)).files.find(
    (file) => file.path === resolve(path),
  );
  const loaded = listed?.accepted && !(extname(path) === '.mdx' && refusesMdx(where)) ? loadEntry(kind, listed) : undefined;
  if (!loaded?.entry) {
    if (store.has(ref.id)) logger.info(`${filePath} has problems: its pages show the last valid version`);
    return;
  }
  try {
    if (await storeEntry(loaded.entry, context, where.root)) logger.info(`${filePath} reloaded`);
  } catch (cause) {
    logger.error(`could not render ${filePath}: ${(cause as Error).message}`);
  }
}

/** Without the integration: follow changes through Astro's own watcher. */
function watchCollection(kind: Kind, where: Where, context: LoaderContext): void {
  const { watcher } = context;
  if (!watcher) return;
  const folder = join(where.contentDir, COLLECTIONS[kind].folder);
  watcher.add(folder);
  const onChange = (path: string) => void syncFile(kind, path, where, context);
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', onChange);
}

/** The roadlog() integration's handoff, when the site uses it. */
function findHook(context: LoaderContext): ContentHook | undefined {
  for (const integration of context.config.integrations) {
    const hook = (integration.hooks as Record<string, unknown>)[CONTENT_HOOK];
    if (typeof hook === 'function') return (hook as () => ContentHook)();
  }
  return undefined;
}

/** Whether site.yaml sets `allowMdx: false`: MDX is code, and such a site runs none. */
function refusesMdx(where: Where): boolean {
  return loadSiteConfig(where.contentDir, displayDir(where.root, where.contentDir)).config?.allowMdx === false;
}

function displayDir(root: string, contentDir: string): string {
  return relative(root, contentDir).split(sep).join('/') || '.';
}

function readPackageVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return manifest.version ?? '0';
  } catch {
    return '0';
  }
}

/**
 * Roadlog's three collections, for a site's `src/content.config.ts`:
 * `export { collections } from 'roadlog/loader';`
 */
export const collections = {
  feedback: defineCollection({ loader: roadlogLoader('feedback') }),
  roadmap: defineCollection({ loader: roadlogLoader('roadmap') }),
  changelog: defineCollection({ loader: roadlogLoader('changelog') }),
};
