import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE_CONFIG_FILE } from '../core/load/site-config.ts';
import { contentDirFromEnv } from '../core/paths.ts';
import type { SiteConfig } from '../core/schema/site.ts';
import { formatText } from '../core/validate/format.ts';
import { exitCodeFor, validateProject } from '../core/validate/project.ts';
import { sourceLineReader } from '../../scripts/lib/cli.ts';
import { devState } from './dev-state.ts';
import { createDevValidator } from './dev-validation.ts';

const CONFIG_MODULE = 'virtual:roadlog/config';

let base = '/';
/** The base path from site.yaml (or ROADLOG_BASE), for the references plugin's links; set before Markdown renders. */
export const siteBase = () => base;

const useColor = () => Boolean(process.stderr.isTTY) && !process.env.NO_COLOR;

/**
 * Roadlog's Astro integration: validates the content before Astro reads it
 * (a build stops with the same messages as `npm run validate`), sets the
 * site URL and base path from content/site.yaml and hands the validated
 * configuration to pages as `virtual:roadlog/config`. In `astro dev` it keeps
 * validating as files change and shows problems instead of stopping.
 */
export default function roadlog(): AstroIntegration {
  let root = process.cwd();
  const content = contentDirFromEnv();
  return {
    name: 'roadlog',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, addMiddleware, addWatchFile, logger }) => {
        if (command === 'preview') return;
        root = fileURLToPath(config.root);
        const dev = command === 'dev';
        const result = validateProject({ root, content });
        const code = exitCodeFor(result, false);
        if (result.problems.length > 0) {
          process.stderr.write(`\n${formatText(result.problems, { color: useColor(), sourceLine: sourceLineReader(root) })}\n`);
        }
        let siteConfig: SiteConfig | undefined = result.config;
        if (dev) {
          // An edit to site.yaml restarts the dev server, which runs this hook again.
          addWatchFile(join(resolve(root, content), SITE_CONFIG_FILE));
          const state = devState();
          state.problems = result.problems;
          if (result.config) state.lastGoodConfig = result.config;
          siteConfig ??= state.lastGoodConfig;
        }
        if (!siteConfig || (!dev && code !== 0)) {
          logger.error(`content has errors: fix them and run the ${command} again (npm run validate checks without building)`);
          // A content mistake is not a crash: end with the messages above, not a stack trace.
          process.exit(code || 2);
        }
        if (dev && code !== 0) {
          logger.warn('the dev server keeps running: pages show the last valid version of each file, with the problems in a panel');
        }
        base = siteConfig.base;
        addMiddleware({ entrypoint: new URL('./references-middleware.ts', import.meta.url), order: 'post' });
        if (dev) addMiddleware({ entrypoint: new URL('./dev-middleware.ts', import.meta.url), order: 'post' });
        updateConfig({
          site: siteConfig.url,
          base: siteConfig.base,
          vite: { plugins: [configModule(siteConfig)] },
        });
      },
      'astro:server:setup': ({ server }) => {
        // A fresh reader per message: files change while the server runs.
        const sourceLine = (file: string, line: number) => sourceLineReader(root)(file, line);
        const validator = createDevValidator({ root, content }, { color: useColor(), sourceLine });
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!validator.watches(path)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const report = validator.revalidate();
            if (report === undefined) return;
            process.stderr.write(`\n${report}\n`);
            // The panel on open pages follows the new problems.
            server.ws.send({ type: 'full-reload' });
          }, 100);
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
