import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE_CONFIG_FILE } from '../core/load/site-config.ts';
import { contentDirFromEnv } from '../core/paths.ts';
import type { SiteConfig } from '../core/schema/site.ts';
import { formatText } from '../core/validate/format.ts';
import { entryOfFile, KINDS, type Kind } from '../core/collections.ts';
import { readProject, type ProjectRead } from '../core/load/project.ts';
import { checkProject, exitCodeFor } from '../core/validate/project.ts';
import { CHANGED_FILES, CONTENT_HOOK, loaderName, REFRESHED, type ContentHook } from '../loader/handoff.ts';
import { sourceLineReader } from '../../scripts/lib/cli.ts';
import { devState } from './dev-state.ts';
import { createDevValidator, recordDevProblems } from './dev-validation.ts';

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
  // What validation read, handed to the content loader once per collection so a build reads each file once.
  let read: ProjectRead | undefined;
  let dev = false;
  let restarted = false;
  /** site.yaml as this configuration read it. */
  let siteText: string | undefined;
  const handed = new Set<Kind>();
  const contentHook = (): ContentHook => ({
    contentDir: resolve(root, content),
    watches: dev,
    take: (kind) => {
      if (!read || handed.has(kind)) return undefined;
      handed.add(kind);
      const taken = { collection: read.collections[kind], contentDir: read.contentDir };
      // Once every collection is in the content layer, the reading is not needed any more.
      if (handed.size === KINDS.length) read = undefined;
      return taken;
    },
  });
  return {
    name: 'roadlog',
    hooks: {
      [CONTENT_HOOK]: contentHook,
      'astro:config:setup': ({ command, config, isRestart, updateConfig, addMiddleware, addWatchFile, logger }) => {
        if (command === 'preview') return;
        root = fileURLToPath(config.root);
        dev = command === 'dev';
        restarted = isRestart;
        read = readProject({ root, content });
        handed.clear();
        const result = checkProject(read);
        const code = exitCodeFor(result, false);
        let siteConfig: SiteConfig | undefined = result.config;
        if (dev) {
          // An edit to site.yaml restarts the dev server, which runs this hook again.
          devState().serving = true;
          const siteFile = join(resolve(root, content), SITE_CONFIG_FILE);
          addWatchFile(siteFile);
          siteText = readText(siteFile);
          const report = recordDevProblems(result, { root, content }, devState().problems, {
            color: useColor(),
            sourceLine: sourceLineReader(root),
          });
          if (report) process.stderr.write(`\n${report}\n`);
          siteConfig ??= devState().lastGoodConfig;
        } else if (result.problems.length > 0) {
          process.stderr.write(`\n${formatText(result.problems, { color: useColor(), sourceLine: sourceLineReader(root) })}\n`);
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
      'astro:server:setup': ({ server, refreshContent }) => {
        // A fresh reader per message: files change while the server runs.
        const sourceLine = (file: string, line: number) => sourceLineReader(root)(file, line);
        const validator = createDevValidator({ root, content }, { color: useColor(), sourceLine });
        const contentDir = resolve(root, content);
        // The content folder may sit outside the project's root, which Vite watches by itself.
        server.watcher.add(contentDir);
        // The loaders store what changed; Astro skips a refresh that comes while it reloads its content
        // config (it does for every Markdown file saved), so one that was skipped is asked for again.
        const refresh = async (paths: readonly string[] | 'all', attempt = 0): Promise<void> => {
          const kinds = new Set(
            paths === 'all' ? KINDS : paths.flatMap((path) => entryOfFile(relative(contentDir, path).split(sep).join('/'))?.kind ?? []),
          );
          if (kinds.size === 0 || !refreshContent) return;
          const waiting = new Set(kinds);
          await refreshContent({
            loaders: [...kinds].map(loaderName),
            context: { ...(paths === 'all' ? {} : { [CHANGED_FILES]: [...paths] }), [REFRESHED]: (kind: Kind) => waiting.delete(kind) },
          });
          if (waiting.size > 0 && attempt < 50) setTimeout(() => void refresh(paths, attempt + 1), 100);
        };
        // Validate at the first change of a burst, before the content loader stores it and Astro reloads the
        // pages, so they show the new problems; the loaders refresh once the burst is over, with every file.
        let window: ReturnType<typeof setTimeout> | undefined;
        const changed = new Set<string>();
        let validated = true;
        const validate = (path: string) => {
          const { report, reload } = validator.revalidate(path);
          if (report) process.stderr.write(`\n${report}\n`);
          if (reload) server.ws.send({ type: 'full-reload' });
        };
        const settle = () => {
          window = undefined;
          if (!validated) validate([...changed].at(-1)!);
          const paths = [...changed];
          changed.clear();
          void refresh(paths);
        };
        server.watcher.on('all', (_event, path) => {
          if (!validator.watches(path)) return;
          changed.add(path);
          if (!window) {
            validate(path);
            validated = true;
          } else {
            validated = false;
            clearTimeout(window);
          }
          window = setTimeout(settle, 100);
        });
        // Astro ignores a change to site.yaml while it restarts for the previous one: look again once it is done.
        const siteFile = join(contentDir, SITE_CONFIG_FILE);
        setTimeout(() => {
          if (readText(siteFile) !== siteText) server.watcher.emit('change', siteFile);
        }, 1500).unref();
        // Files may have changed while the server restarted (for site.yaml): read every collection again.
        if (restarted) void refresh('all');
      },
    },
  };
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

declare global {
  namespace Astro {
    interface IntegrationHooks {
      [CONTENT_HOOK]: () => ContentHook;
    }
  }
}

function configModule(siteConfig: SiteConfig) {
  const resolved = `\0${CONFIG_MODULE}`;
  return {
    name: 'roadlog:config',
    resolveId: (id: string) => (id === CONFIG_MODULE ? resolved : undefined),
    load: (id: string) => (id === resolved ? `export default ${JSON.stringify(siteConfig)};` : undefined),
  };
}
