import type { TestProject } from 'vitest/node';
import { sharedSite, type SharedSite } from '../helpers/sites.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    rootSite: SharedSite;
    baseSite: SharedSite;
  }
}

/** Builds the fixture site at the root and under /roadmap/ once, for every build test file. */
export default async function setup(project: TestProject) {
  const [rootSite, baseSite] = await Promise.all([sharedSite('root'), sharedSite('base')]);
  project.provide('rootSite', rootSite);
  project.provide('baseSite', baseSite);
}
