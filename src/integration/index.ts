import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDirFromEnv } from '../core/paths.ts';
import type { SiteConfig } from '../core/schema/site.ts';
import { formatText } from '../core/validate/format.ts';
import { exitCodeFor, validateProject } from '../core/validate/project.ts';
import { sourceLineReader } from '../../scripts/lib/cli.ts';

const CONFIG_MODULE = 'virtual:roadlog/config';

let base = '/';
/** The base path from site.yaml (or ROADLOG_BASE), for the remark plugin's links; set before Markdown renders. */
export const siteBase = () => base;

/**
 * Roadlog's Astro integration: validates the content before Astro reads it
 * (a build stops with the same messages as `npm run validate`), sets the
 * site URL and base path from content/site.yaml and hands the validated
 * configuration to pages as `virtual:roadlog/config`.
 */
export default function roadlog(): AstroIntegration {
  return {
    name: 'roadlog',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, addMiddleware, logger }) => {
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
        base = siteConfig.base;
        addMiddleware({ entrypoint: new URL('./references-middleware.ts', import.meta.url), order: 'post' });
        updateConfig({
          site: siteConfig.url,
          base: siteConfig.base,
          vite: { plugins: [configModule(siteConfig)] },
        });
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
