import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS } from '../../src/core/collections.ts';
import { PAGE_CONCURRENCY } from '../../src/integration/options.ts';

/**
 * The floor: plain Astro rendering the same Markdown files into bare pages,
 * with no Roadlog code (no schema, no validation, no lifecycle, no lists).
 * Roadlog's build time is reported as a ratio to it.
 *
 * - `default`: Astro's defaults, so Astro 7's Sätteri Markdown processor
 *   with Shiki highlighting: what "plain Astro" means; with Roadlog's page
 *   concurrency and a Pagefind index of its pages, the same kind of work
 *   Roadlog's build does.
 */
export const FLOOR_VARIANTS = ['default'] as const;

export type FloorVariant = (typeof FLOOR_VARIANTS)[number];

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection(COLLECTION);
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <Content />
  </body>
</html>
`;

/**
 * The floor's configuration: fresh output and cache folders, the same page concurrency as Roadlog builds with,
 * and a Pagefind index of the pages written when the build is done, in the build's process as Roadlog does.
 */
function config(): string {
  return `import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

const search = {
  name: 'floor-search',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const started = performance.now();
      const out = new URL(dir).pathname;
      const { index } = await pagefind.createIndex({});
      const added = await index.addDirectory({ path: out });
      await index.writeFiles({ outputPath: out + 'pagefind' });
      await pagefind.close();
      console.log('floor search index: ' + added.page_count + ' pages in ' + Math.round(performance.now() - started) + ' ms');
    },
  },
};

export default defineConfig({
  outDir: process.env.FLOOR_OUT_DIR,
  cacheDir: process.env.FLOOR_CACHE_DIR,
  build: { concurrency: ${PAGE_CONCURRENCY} },
  integrations: [search],
});
`;
}

function contentConfig(contentDir: string): string {
  const collections = KINDS.map(
    (kind) => `  ${kind}: defineCollection({ loader: glob({ base: ${JSON.stringify(join(contentDir, kind))}, pattern: '*.md' }) }),`,
  );
  return `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\nexport const collections = {\n${collections.join('\n')}\n};\n`;
}

/**
 * Writes a floor project into `dir`. It uses the project's own Astro through a
 * node_modules symlink: no install, the same versions as Roadlog.
 */
export function writeFloorProject(dir: string, variant: FloorVariant, contentDir: string, nodeModules: string): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: `roadlog-bench-floor-${variant}`, private: true, type: 'module' }, null, 2)}\n`,
  );
  writeFileSync(join(dir, 'astro.config.mjs'), config());
  writeFileSync(join(dir, 'src/content.config.ts'), contentConfig(contentDir));
  for (const kind of KINDS) {
    mkdirSync(join(dir, 'src/pages', kind), { recursive: true });
    writeFileSync(join(dir, 'src/pages', kind, '[...id].astro'), PAGE.replace('COLLECTION', JSON.stringify(kind)));
  }
}
