import type { ChangelogEntry, Corpus, FeedbackEntry, RoadmapEntry } from '../collections.ts';
import { deriveLifecycle, type Lifecycle } from '../lifecycle/derive.ts';
import { publish } from '../lifecycle/published.ts';
import { typesetText } from '../markdown/typeset.ts';
import type { Area, SiteConfig } from '../schema/site.ts';
import { formatDate } from './format.ts';
import { createLinks, type Links } from '../urls.ts';

/**
 * Everything pages need, derived once per build: the entries by id, the
 * lifecycle, links under the base path. Views read from it and never derive.
 */
export interface SiteModel {
  config: SiteConfig;
  links: Links;
  lifecycle: Lifecycle;
  feedback: Map<string, FeedbackEntry>;
  roadmap: Map<string, RoadmapEntry>;
  releases: Map<string, ChangelogEntry>;
  areas: Map<string, Area>;
  /** Newest first: the order of the changelog. */
  releasesNewestFirst: ChangelogEntry[];
  date: (isoDay: string) => string;
}

/**
 * The model of the published site: the lifecycle is derived from every entry
 * (an internal item still gives its requests their status), then internal
 * entries are left out, so no page, feed or API document can show one.
 * Prose written in frontmatter is typeset first, as bodies are.
 */
export function createSiteModel(config: SiteConfig, written: Corpus): SiteModel {
  const everything = typesetFrontmatter(written);
  const { corpus, lifecycle } = publish(everything, deriveLifecycle(everything));
  const releases = new Map(corpus.changelog.map((entry) => [entry.id, entry]));
  return {
    config,
    links: createLinks(config.base),
    lifecycle,
    feedback: new Map(corpus.feedback.map((entry) => [entry.id, entry])),
    roadmap: new Map(corpus.roadmap.map((entry) => [entry.id, entry])),
    releases,
    areas: new Map(config.areas.map((area) => [area.id, area])),
    releasesNewestFirst: [...lifecycle.releaseOrder].reverse().map((id) => releases.get(id)!),
    date: (isoDay) => formatDate(isoDay, config.language),
  };
}

export interface AreaRef {
  id: string;
  label: string;
  href: string;
}

export function areaRefs(model: SiteModel, ids: readonly string[]): AreaRef[] {
  return ids.flatMap((id) => {
    const area = model.areas.get(id);
    return area ? [{ id, label: area.label, href: model.links.area(id) }] : [];
  });
}

/** Update notes and declined reasons with the typography of bodies (curly quotes, dashes), everywhere they show. */
function typesetFrontmatter(corpus: Corpus): Corpus {
  return {
    feedback: corpus.feedback.map((entry) =>
      entry.data.reason === undefined ? entry : { ...entry, data: { ...entry.data, reason: typesetText(entry.data.reason) } },
    ),
    roadmap: corpus.roadmap.map((entry) =>
      entry.data.updates.length === 0
        ? entry
        : {
            ...entry,
            data: { ...entry.data, updates: entry.data.updates.map((update) => ({ ...update, note: typesetText(update.note) })) },
          },
    ),
    changelog: corpus.changelog,
  };
}
