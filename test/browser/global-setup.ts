import type { TestProject } from 'vitest/node';
import { assertChromium } from '../helpers/browser.ts';
import { sharedSite } from '../helpers/sites.ts';
import { serveStatic } from '../helpers/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture site under /roadmap/, served on a free port: http://127.0.0.1:<port>/roadmap/ */
    siteUrl: string;
    /** The same fixture built at the root, for what depends on the base path (search): http://127.0.0.1:<port>/ */
    rootSiteUrl: string;
  }
}

/** Builds the fixture site under a base path and at the root once, and serves both for every browser test file. */
export default async function setup(project: TestProject) {
  // Fail loudly before building anything: CI installs Chromium, so a missing one is a broken machine, not a skip.
  assertChromium();
  const sites = await Promise.all([sharedSite('base'), sharedSite('root')]);
  for (const site of sites) if (site.code !== 0) throw new Error(`the fixture site did not build:\n${site.output}`);
  const [base, root] = await Promise.all(sites.map((site) => serveStatic(site.outDir, site.base)));
  project.provide('siteUrl', base!.url);
  project.provide('rootSiteUrl', root!.url);
  return () => Promise.all([base!.close(), root!.close()]).then(() => undefined);
}
