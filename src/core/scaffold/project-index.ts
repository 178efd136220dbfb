import { KINDS, type Kind } from '../collections.ts';
import { slugify } from '../ids.ts';
import { RESERVED_IDS } from '../urls.ts';
import { listCollection } from '../load/load-collection.ts';
import { loadSiteConfig } from '../load/site-config.ts';
import type { Problem } from '../problems.ts';
import type { SiteConfig } from '../schema/site.ts';

/**
 * What commands that add files need to know about a content folder: the
 * configuration and every id in use. Ids come from file names, broken files
 * included, so nothing new ever lands on a name that is taken.
 */
export interface ProjectIndex {
  config: SiteConfig;
  /** Content folder as shown in messages, such as `content`. */
  display: string;
  /** Ids of every file of each collection, as written. */
  ids: Record<Kind, string[]>;
}

export type ProjectIndexResult = { ok: true; index: ProjectIndex } | { ok: false; problems: Problem[] };

export function loadProjectIndex(contentDir: string, display: string): ProjectIndexResult {
  const site = loadSiteConfig(contentDir, display);
  if (!site.config) return { ok: false, problems: site.problems };
  const ids = Object.fromEntries(
    KINDS.map((kind) => [kind, listCollection(kind, contentDir, display).files.map((file) => file.id)]),
  ) as Record<Kind, string[]>;
  return { ok: true, index: { config: site.config, display, ids } };
}

/**
 * `base`, or `base-2`, `base-3`… : the first that no taken id matches, letter
 * case ignored (two such files would collide on macOS and Windows), and that
 * is not one of the kind's reserved ids, whose URLs belong to list pages
 * (a request titled "Recent" becomes `recent-2`, not `/feedback/recent/`).
 */
export function uniqueId(base: string, taken: Iterable<string>, kind: Kind): string {
  const lower = new Set([...taken, ...RESERVED_IDS[kind]].map((id) => id.toLowerCase()));
  if (!lower.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!lower.has(candidate)) return candidate;
  }
}

/**
 * The id a title suggests: its transliterated slug, or `fallback` when the
 * slug would keep less than half of the title's letters (a title in Cyrillic
 * or Japanese would otherwise be named after its few Latin words).
 */
export function idFromTitle(title: string, fallback: string): string {
  const slug = slugify(title);
  const letters = (title.normalize('NFKD').match(/\p{L}/gu) ?? []).length;
  const kept = (slug.match(/[a-z]/g) ?? []).length;
  return slug && kept * 2 >= letters ? slug : fallback;
}
