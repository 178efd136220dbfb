import type { TestProject } from 'vitest/node';
import { assertChromium } from '../helpers/browser.ts';
import { sharedSite } from '../helpers/sites.ts';
import { serveStatic } from '../helpers/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture site under /roadmap/, served on a free port: http://127.0.0.1:<port>/roadmap/ */
    siteUrl: string;
  }
}

/** Builds the fixture site under a base path once and serves it for every browser test file. */
export default async function setup(project: TestProject) {
  // Fail loudly before building anything: CI installs Chromium, so a missing one is a broken machine, not a skip.
  assertChromium();
  const site = await sharedSite('base');
  if (site.code !== 0) throw new Error(`the fixture site did not build:\n${site.output}`);
  const server = await serveStatic(site.outDir, site.base);
  project.provide('siteUrl', server.url);
  return () => server.close();
}
