import type { Problem } from '../core/problems.ts';
import type { SiteConfig } from '../core/schema/site.ts';

/**
 * What the dev server knows between the integration (loaded with the Astro
 * config) and the middleware (loaded by Vite): separate module instances,
 * so the state lives on globalThis. It also outlives the restart that an
 * edit to site.yaml triggers.
 */
interface DevState {
  /** True once `astro dev` has started: a content mistake met while rendering must not stop the server. */
  serving: boolean;
  /** Counts the configurations the server has run with: a timer of an earlier one knows it is stale. */
  generation: number;
  problems: readonly Problem[];
  /** The last configuration that validated, used while site.yaml has errors. */
  lastGoodConfig?: SiteConfig;
  /**
   * Pages of entries that have never been valid since the server started, by
   * pathname: there is no last valid version to show, so the page lists the
   * file's problems instead.
   */
  brokenEntries: Record<string, { file: string; problems: Problem[] }>;
}

const KEY = Symbol.for('roadlog.dev');

export function devState(): DevState {
  const store = globalThis as unknown as Record<symbol, DevState | undefined>;
  return (store[KEY] ??= { serving: false, generation: 0, problems: [], brokenEntries: {} });
}

/** Whether this process is `astro dev` (the integration says so), rather than a build. */
export function isDevServer(): boolean {
  return (globalThis as unknown as Record<symbol, DevState | undefined>)[KEY]?.serving === true;
}
