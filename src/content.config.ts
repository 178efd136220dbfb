import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type Kind } from './core/collections.ts';
import { contentDirFromEnv } from './core/paths.ts';

const contentDir = contentDirFromEnv();

/**
 * Astro reads the same folders with the same schemas as `npm run validate`.
 * The id is the file name, and files starting with `_` are drafts.
 */
function collection<K extends Kind>(kind: K) {
  const definition = COLLECTIONS[kind];
  return defineCollection({
    loader: glob({
      base: `${contentDir}/${definition.folder}`,
      pattern: definition.extensions.map((extension) => `[!_]*${extension}`),
      generateId: ({ entry }) => entry.replace(/\.[^.]+$/, ''),
    }),
    schema: definition.schema,
  });
}

export const collections = {
  feedback: collection('feedback'),
  roadmap: collection('roadmap'),
  changelog: collection('changelog'),
};
