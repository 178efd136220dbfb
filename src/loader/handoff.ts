import type { Kind } from '../core/collections.ts';
import type { LoadedCollection } from '../core/load/load-collection.ts';

/**
 * How the roadlog() integration and the content loader talk. Astro keeps an
 * integration's own hooks (`name:event`) for integrations to talk to each
 * other; the loader finds this one among the site's integrations.
 */
export const CONTENT_HOOK = 'roadlog:content';

export interface ContentHook {
  /** The content folder, absolute. */
  contentDir: string;
  /**
   * A collection as validation read it, handed over once so a build reads
   * each file once; later loads (a dev re-sync) read the files again.
   */
  take: (kind: Kind) => { collection: LoadedCollection<Kind>; contentDir: string } | undefined;
  /**
   * True when the integration watches the content folder and refreshes the
   * loaders with the files that changed (`astro dev`). Astro's own watcher
   * handle goes stale when the dev server restarts for site.yaml; the
   * integration's is renewed with each server.
   */
  watches: boolean;
}

/** The name of each collection's loader, which `refreshContent({ loaders })` selects by. */
export function loaderName(kind: Kind): string {
  return `roadlog-${kind}`;
}

/** The key of `refreshContextData` that lists the changed files (absolute paths) of a refresh. */
export const CHANGED_FILES = 'roadlogChangedFiles';

/**
 * The key of `refreshContextData` for a function the loader calls once it has
 * handled the changed files: Astro skips a refresh that comes while it is
 * reloading the content config, and the integration then asks again.
 */
export const REFRESHED = 'roadlogRefreshed';
