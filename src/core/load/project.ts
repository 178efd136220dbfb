import { relative, resolve, sep } from 'node:path';
import { KINDS, type Kind } from '../collections.ts';
import { applyEnvOverrides } from '../paths.ts';
import { error, type Problem } from '../problems.ts';
import type { SiteConfig } from '../schema/site.ts';
import { loadCollection, type LoadedCollection } from './load-collection.ts';
import { loadSiteConfig } from './site-config.ts';

export interface ProjectPaths {
  /** Directory that paths in messages are relative to (the repository root, Astro's root). */
  root: string;
  /** The content directory, absolute or relative to `root`. */
  content: string;
  /** The folder served at the site's root (Astro's `publicDir`), absolute or relative to `root`; `public` when not given. */
  publicDir?: string;
}

/** Everything in a content folder as Roadlog reads it, before any check across files. */
export interface ProjectRead {
  paths: ProjectPaths;
  /** The content folder, absolute. */
  contentDir: string;
  /** The content folder as messages show it, relative to the root. */
  display: string;
  /** The site configuration with the deploy's overrides, when it is valid. */
  config?: SiteConfig;
  /** Problems of site.yaml and of the overrides. */
  configProblems: Problem[];
  collections: { [K in Kind]: LoadedCollection<K> };
}

type Env = Record<string, string | undefined>;

/**
 * Reads the site configuration and every entry file once, through the one
 * reader that validation, the build's content loader and the commands share.
 */
export function readProject(paths: ProjectPaths, options: { env?: Env } = {}): ProjectRead {
  const contentDir = resolve(paths.root, paths.content);
  const display = relative(paths.root, contentDir).split(sep).join('/') || '.';
  const loaded = loadSiteConfig(contentDir, display);
  const overridden = loaded.config ? applyEnvOverrides(loaded.config, options.env ?? process.env) : undefined;
  const collections = Object.fromEntries(
    KINDS.map((kind) => [kind, loadCollection(kind, contentDir, display)]),
  ) as ProjectRead['collections'];
  if (loaded.config?.allowMdx === false) refuseMdx(collections.changelog);
  return {
    paths,
    contentDir,
    display,
    config: overridden?.problems.length ? undefined : (overridden?.config ?? loaded.config),
    configProblems: [...loaded.problems, ...(overridden?.problems ?? [])],
    collections,
  };
}

/**
 * MDX is code that runs when the site is built: a site with `allowMdx: false`
 * neither reads nor publishes an `.mdx` release, and reports each one.
 */
function refuseMdx(collection: LoadedCollection<'changelog'>): void {
  const isMdx = (entry: { file?: string }) => entry.file?.endsWith('.mdx') === true;
  const refused = [...collection.entries, ...collection.partial].filter(isMdx);
  if (refused.length === 0) return;
  collection.entries = collection.entries.filter((entry) => !isMdx(entry));
  collection.partial = collection.partial.filter((entry) => !isMdx(entry));
  collection.standIns = collection.standIns.filter((entry) => !isMdx(entry));
  for (const entry of refused) {
    collection.problems.push(
      error({
        code: 'mdx-not-allowed',
        file: entry.file!,
        line: 1,
        column: 1,
        message: 'MDX releases are code that runs when the site is built, and this site sets `allowMdx: false`',
        hint: `rename it to ${entry.file!.replace(/\.mdx$/, '.md')} and remove its imports and components, or set \`allowMdx: true\` in site.yaml if you trust everyone who can change it`,
      }),
    );
  }
}
