import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDirFromEnv } from '../core/paths.ts';
import type { SiteConfig } from '../core/schema/site.ts';
import { formatText } from '../core/validate/format.ts';
import { exitCodeFor, validateProject } from '../core/validate/project.ts';
import { sourceLineReader } from '../../scripts/lib/cli.ts';
import { writeSearchIndex } from './search-index.ts';

const CONFIG_MODULE = 'virtual:roadlog/config';

/**
 * Roadlog's Astro integration: validates the content before Astro reads it
 * (a build stops with the same messages as `npm run validate`), sets the
 * site URL and base path from content/site.yaml and hands the validated
 * configuration to pages as `virtual:roadlog/config`; after the build it
 * writes the search index of the entry pages.
 */
export default function roadlog(): AstroIntegration {
  let hasEntries = false;
  return {
    name: 'roadlog',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const content = contentDirFromEnv();
        const result = validateProject({ root, content });
        const code = exitCodeFor(result, false);
        if (result.problems.length > 0) {
          const color = Boolean(process.stderr.isTTY) && !process.env.NO_COLOR;
          process.stderr.write(`\n${formatText(result.problems, { color, sourceLine: sourceLineReader(root) })}\n`);
        }
        if (code !== 0 || !result.config) {
          logger.error(`content has errors: fix them and run the ${command} again (npm run validate checks without building)`);
          // A content mistake is not a crash: end with the messages above, not a stack trace.
          process.exit(code || 2);
        }
        const siteConfig: SiteConfig = result.config;
        hasEntries = Object.values(result.corpus).some((entries) => entries.length > 0);
        updateConfig({
          site: siteConfig.url,
          base: siteConfig.base,
          vite: { plugins: [configModule(siteConfig)] },
        });
      },
      // Search is part of every build: the index is written into the output, beside the pages it covers.
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await writeSearchIndex(fileURLToPath(dir), { hasEntries });
        logger.info(`search index: ${pages} ${pages === 1 ? 'page' : 'pages'}`);
      },
    },
  };
}

function configModule(siteConfig: SiteConfig) {
  const resolved = `\0${CONFIG_MODULE}`;
  return {
    name: 'roadlog:config',
    resolveId: (id: string) => (id === CONFIG_MODULE ? resolved : undefined),
    load: (id: string) => (id === resolved ? `export default ${JSON.stringify(siteConfig)};` : undefined),
  };
}
