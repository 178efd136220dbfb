import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Corpus } from '../core/collections.ts';
import { describeLeaks, findLeaks } from '../core/leaks/leak-check.ts';
import { isInternal } from '../core/lifecycle/published.ts';

/**
 * Fails the build when a published file shows an internal entry's title or id
 * (core/leaks/leak-check.ts). It is the last integration of the list, so it
 * reads what every other one wrote: pages, the search index, the sitemap.
 * `everyEntry` gives the build's entries, internal ones included.
 */
export function leakCheck(everyEntry: () => Corpus | undefined): AstroIntegration {
  return {
    name: 'roadlog:leak-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const corpus = everyEntry();
        if (!corpus || ![...corpus.feedback, ...corpus.roadmap, ...corpus.changelog].some(isInternal)) return;
        const leaks = findLeaks(fileURLToPath(dir), corpus);
        if (leaks.length === 0) {
          logger.info('leak check: no internal entry in the published files');
          return;
        }
        process.stderr.write(`\n${describeLeaks(leaks)}\n`);
        logger.error('the build shows internal entries: do not deploy it');
        process.exit(1);
      },
    },
  };
}
