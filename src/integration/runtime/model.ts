import { getCollection } from 'astro:content';
import siteConfig from 'virtual:roadlog/config';
import type { Corpus } from '../../core/collections.ts';
import { createSiteModel, type SiteModel } from '../../core/view/site-model.ts';

let cached: Promise<SiteModel> | undefined;

async function load(): Promise<SiteModel> {
  const [feedback, roadmap, changelog] = await Promise.all([
    getCollection('feedback'),
    getCollection('roadmap'),
    getCollection('changelog'),
  ]);
  const corpus: Corpus = {
    feedback: feedback.map((entry) => ({ kind: 'feedback', id: entry.id, data: entry.data })),
    roadmap: roadmap.map((entry) => ({ kind: 'roadmap', id: entry.id, data: entry.data })),
    changelog: changelog.map((entry) => ({ kind: 'changelog', id: entry.id, data: entry.data })),
  };
  return createSiteModel(siteConfig, corpus);
}

/**
 * The site model, derived once per build and shared by every page. In dev
 * it is rebuilt on each request so edits show up at once.
 */
export function getSiteModel(): Promise<SiteModel> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/**
 * A collection's entries that the site publishes: those in the site model.
 * Pages and feeds that render bodies list entries through this, never through
 * `getCollection` alone, so an internal entry gets no page.
 */
export async function getPublishedCollection<K extends 'feedback' | 'roadmap' | 'changelog'>(kind: K) {
  const model = await getSiteModel();
  const shown: Map<string, unknown> = kind === 'feedback' ? model.feedback : kind === 'roadmap' ? model.roadmap : model.releases;
  return getCollection(kind, (entry) => shown.has(entry.id));
}
