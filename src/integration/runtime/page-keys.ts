import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import siteConfig from 'virtual:roadlog/config';
import { findReferences, isReferenceKind } from '../../core/markdown/references.ts';
import { siteChrome } from '../../core/view/chrome.ts';
import { referenceResolver } from '../../core/view/references.ts';
import type { SiteModel } from '../../core/view/site-model.ts';

/**
 * Keys for incremental builds: Astro copies a page from the previous build
 * when its `cacheKey` (and its code) is unchanged, so a key must change with
 * everything the page shows. Pages compute their view models in
 * `getStaticPaths` and key on them, the same values they render, plus what
 * every page shows (the site's settings and chrome) and, for an entry, its
 * file and the current state of what its body references.
 */

const siteKeys = new WeakMap<SiteModel, string>();

/** What every page shows around its content, as one digest. */
function siteKey(model: SiteModel): string {
  let key = siteKeys.get(model);
  if (key === undefined) {
    key = digest([siteConfig, siteChrome(model)]);
    siteKeys.set(model, key);
  }
  return key;
}

/** The key of a page that shows these values (view models, search records, entry states). */
export function pageKey(model: SiteModel, ...shown: unknown[]): string {
  return digest([siteKey(model), ...shown]);
}

interface StoredEntry {
  id: string;
  digest?: string | number;
  body?: string;
  filePath?: string;
  rendered?: { metadata?: { localImagePaths?: string[] } };
}

/**
 * An entry's own part of its page's key: the digest of its file (which its
 * rendered body follows) and the title and status of every entry its body
 * references, which the page shows with the reference.
 */
export function entryState(model: SiteModel, entry: StoredEntry): unknown {
  const resolveReference = referenceResolver(model);
  const references = findReferences(entry.body ?? '').map((reference) =>
    isReferenceKind(reference.kind)
      ? [reference.kind, reference.id, resolveReference(reference.kind, reference.id) ?? null]
      : reference.raw,
  );
  // An image beside the entry is optimized into a file named by its content: the page changes with it.
  const images = (entry.rendered?.metadata?.localImagePaths ?? []).map((path) => {
    try {
      const stat = statSync(resolve(dirname(entry.filePath ?? ''), path));
      return [path, stat.size, stat.mtimeMs];
    } catch {
      return [path, null];
    }
  });
  return { digest: entry.digest, references, images };
}

function digest(values: unknown[]): string {
  const hash = createHash('sha256');
  for (const value of values) hash.update(JSON.stringify(value) ?? 'undefined').update('\u0000');
  return hash.digest('base64url');
}
