import type { Problem } from '../core/problems.ts';
import type { SiteConfig } from '../core/schema/site.ts';

/**
 * What the dev server knows between the integration (loaded with the Astro
 * config) and the middleware (loaded by Vite): separate module instances,
 * so the state lives on globalThis. It also outlives the restart that an
 * edit to site.yaml triggers.
 */
interface DevState {
  problems: readonly Problem[];
  /** The last configuration that validated, used while site.yaml has errors. */
  lastGoodConfig?: SiteConfig;
}

const KEY = Symbol.for('roadlog.dev');

export function devState(): DevState {
  const store = globalThis as unknown as Record<symbol, DevState | undefined>;
  return (store[KEY] ??= { problems: [] });
}
