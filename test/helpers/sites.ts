import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_STEPS, TMP } from './build.ts';
import { FIXTURES, PROJECT_ROOT } from './paths.ts';

/** A fixture site built once per test run and shared by the projects that read it. */
export interface SharedSite {
  code: number | null;
  output: string;
  outDir: string;
  /** The base path the site was built under, such as `/` or `/roadmap/`. */
  base: string;
}

/** The fixture every site test reads: `basic`, covering every page kind, built at the root and under a base path. */
export const SITES = {
  root: { fixture: 'basic', base: '/' },
  base: { fixture: 'basic', base: '/roadmap/' },
} as const;

export type SiteName = keyof typeof SITES;

// Global setup files of several projects run in this one process: keep one build per site for the whole run.
const memo = ((globalThis as { __roadlogSites?: Map<SiteName, Promise<SharedSite>> }).__roadlogSites ??= new Map());

/** Builds a fixture site (asynchronously, so two builds can run side by side), once per test run. */
export function sharedSite(name: SiteName): Promise<SharedSite> {
  let site = memo.get(name);
  if (!site) {
    site = build(name);
    memo.set(name, site);
  }
  return site;
}

function build(name: SiteName): Promise<SharedSite> {
  const { fixture, base } = SITES[name];
  mkdirSync(TMP, { recursive: true });
  const work = mkdtempSync(join(TMP, `site-${name}-`));
  const outDir = join(work, 'dist');
  const env = {
    ...process.env,
    NO_COLOR: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    ROADLOG_CONTENT: join(FIXTURES, fixture, 'content'),
    ROADLOG_OUT_DIR: outDir,
    ROADLOG_CACHE_DIR: join(work, 'cache'),
    ROADLOG_BASE: base,
  };
  let output = '';
  const run = (step: readonly string[]) =>
    new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, step, { cwd: PROJECT_ROOT, env });
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (code) => resolve(code));
      child.on('error', (error) => {
        output += String(error);
        resolve(null);
      });
    });
  return (async () => {
    let code: number | null = 0;
    for (const step of BUILD_STEPS) {
      code = await run(step);
      if (code !== 0) break;
    }
    return { code, output, outDir, base };
  })();
}
