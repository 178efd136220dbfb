import type { Features, HastPluginEntry } from 'satteri';
import { referencesPlugin, type ReferencePluginOptions } from './references.ts';
import { safetyPlugin } from './safety.ts';

/**
 * How every body is rendered, in one place: astro.config.mjs hands these to
 * Astro's Sätteri processor (Markdown and MDX alike) and the tests render
 * through the same options.
 *
 * Sätteri is Astro 7's native Markdown processor. Roadlog used to opt into
 * the unified (remark/rehype) processor for its plugins, which cost a large
 * share of a build at scale (BENCHMARKS.md); Sätteri runs the same kind of
 * plugins, written against its own visitor API, in a fraction of that.
 */
export interface BodyPipeline {
  features: Features;
  hastPlugins: HastPluginEntry[];
}

export function bodyPipeline(options: ReferencePluginOptions = {}): BodyPipeline {
  return {
    features: {
      gfm: true,
      // Curly quotes, en and em dashes, ellipses; code is left as written.
      smartPunctuation: true,
      // Raw HTML becomes elements, so the sanitizer judges tags, not strings.
      rawHtml: true,
    },
    // Sanitize first: references are added after, so a hand-written marker cannot pass as one of ours.
    hastPlugins: [safetyPlugin, referencesPlugin(options)],
  };
}
