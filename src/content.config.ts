import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type Kind } from './core/collections.ts';
import { contentDirFromEnv } from './core/paths.ts';
import { devTolerant } from './lib/dev-loader.ts';

const contentDir = contentDirFromEnv();

/**
 * Astro reads the same folders with the same schemas as `npm run validate`.
 * The id is the file name, and files starting with `_` are drafts.
 */
function collection<K extends Kind>(kind: K) {
  const definition = COLLECTIONS[kind];
  const loader = glob({
    base: `${contentDir}/${definition.folder}`,
    // `[^_.]`, not `[!_]`: the dev watcher's matcher (picomatch) reads only the caret form as "not".
    pattern: definition.extensions.map((extension) => `[^_.]*${extension}`),
    generateId: ({ entry }) => entry.replace(/\.[^.]+$/, ''),
  });
  return defineCollection({
    // In dev a broken file must not stop the server: validation reports it instead.
    loader: import.meta.env.DEV ? devTolerant(loader, kind) : loader,
    schema: definition.schema,
  });
}

export const collections = {
  feedback: collection('feedback'),
  roadmap: collection('roadmap'),
  changelog: collection('changelog'),
};
