import type { ChangelogEntry, Corpus, FeedbackEntry, RoadmapEntry } from '../../src/core/collections.ts';
import { changelogSchema, type ChangelogInput } from '../../src/core/schema/changelog.ts';
import { feedbackSchema, type FeedbackInput } from '../../src/core/schema/feedback.ts';
import { roadmapSchema, type RoadmapInput } from '../../src/core/schema/roadmap.ts';
import { siteConfigSchema, type SiteConfig } from '../../src/core/schema/site.ts';

/** Builders that run the real schemas, so defaults match what loaders produce. */
export function feedback(id: string, data: Partial<FeedbackInput> = {}): FeedbackEntry {
  return {
    kind: 'feedback',
    id,
    data: feedbackSchema.parse({ title: `Request ${id}`, submitted: '2026-01-01', ...data }),
  };
}

export function roadmap(id: string, data: Partial<RoadmapInput> = {}): RoadmapEntry {
  return { kind: 'roadmap', id, data: roadmapSchema.parse({ title: `Item ${id}`, ...data }) };
}

export function release(id: string, data: Partial<ChangelogInput> = {}): ChangelogEntry {
  return { kind: 'changelog', id, data: changelogSchema.parse({ title: `Release ${id}`, date: '2026-03-01', ...data }) };
}

export function corpus(parts: Partial<Corpus>): Corpus {
  return { feedback: parts.feedback ?? [], roadmap: parts.roadmap ?? [], changelog: parts.changelog ?? [] };
}

export function siteConfig(overrides: Record<string, unknown> = {}): SiteConfig {
  return siteConfigSchema.parse({
    title: 'Test',
    description: 'A test site',
    url: 'https://example.com',
    intake: [{ label: 'Send feedback', url: 'https://example.com/new' }],
    areas: [
      { id: 'exports', label: 'Exports' },
      { id: 'editor', label: 'Editor' },
    ],
    ...overrides,
  });
}
