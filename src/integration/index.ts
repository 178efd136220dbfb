import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { KINDS, type Corpus, type Kind } from '../core/collections.ts';
import { readProject, type ProjectRead } from '../core/load/project.ts';
import { loadSiteConfig, SITE_CONFIG_FILE } from '../core/load/site-config.ts';
import { sourceLineReader } from '../core/load/source-lines.ts';
import { bodyPipeline } from '../core/markdown/pipeline.ts';
import { applyEnvOverrides } from '../core/paths.ts';
import type { Problem } from '../core/problems.ts';
import type { SiteConfig } from '../core/schema/site.ts';
import { formatText } from '../core/validate/format.ts';
import { checkProject, exitCodeFor } from '../core/validate/project.ts';
import { CONTENT_HOOK, type ContentHook } from '../loader/handoff.ts';
import { readText, watchContent } from './dev-server.ts';
import { leakCheck } from './leak-check.ts';
import { keepPageLinesWhole, type PageCounts } from './build-log.ts';
import { devState } from './dev-state.ts';
import { recordDevProblems } from './dev-validation.ts';
import { PAGE_CONCURRENCY, parseOptions, type RoadlogOptions } from './options.ts';
import { roadlogRoutes } from './routes.ts';
import { writeSearchIndex } from './search-index.ts';
import { sitemapAlias } from './sitemap-alias.ts';
import { virtualModules } from './virtual-modules.ts';

export type { RoadlogOptions } from './options.ts';

const useColor = () => Boolean(process.stderr.isTTY) && !process.env.NO_COLOR;

/**
 * Roadlog as one Astro integration: `integrations: [roadlog()]` is the whole
 * site. It validates the content before Astro reads it (a build stops with
 * the same messages as `roadlog validate`), hands what it read to the
 * content loader, takes the site URL and base path from `content/site.yaml`,
 * injects every page, feed and API route, adds MDX and the sitemap unless
 * the site already has them, renders bodies with Roadlog's Markdown
 * plugins, and writes the search index when the build is done. In
 * `astro dev` it keeps validating as files change and shows problems
 * instead of stopping.
 */
export default function roadlog(userOptions: RoadlogOptions = {}): AstroIntegration {
  const parsed = parseOptions(userOptions);
  let root = process.cwd();
  let content = 'content';
  let publicDir = resolve(root, 'public');
  let search = true;
  // What validation read, handed to the content loader once per collection so a build reads each file once.
  let read: ProjectRead | undefined;
  let dev = false;
  let restarted = false;
  let siteText: string | undefined;
  let pageCounts: PageCounts | undefined;
  let cacheDir: URL | undefined;
  /** Every entry of a build, internal ones included: what the leak check looks for once the site is written. */
  let everyEntry: Corpus | undefined;
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
      'astro:config:setup': ({ command, config, isRestart, updateConfig, addMiddleware, addWatchFile, injectRoute, logger }) => {
        root = fileURLToPath(config.root);
        // Where `logo: /logo.svg` must be: the folder Astro copies to the site's root.
        publicDir = fileURLToPath(config.publicDir);
        if (!parsed.options) stop(parsed.problems, 2, logger, 'fix the options of roadlog() in astro.config.mjs');
        const options = parsed.options!;
        content = process.env.ROADLOG_CONTENT?.trim() || options.content;
        search = options.search;
        const folders = outputFolders(root);

        if (command === 'preview') {
          // Serve a base-path build under its base path, as the host will.
          const site = previewSite(root, content);
          updateConfig({ ...folders, ...(site ? { site: site.url, base: site.base, trailingSlash: 'always' } : {}) });
          return;
        }

        dev = command === 'dev';
        restarted = isRestart;
        if (command === 'build') pageCounts = keepPageLinesWhole(logger);
        read = readProject({ root, content, publicDir });
        handed.clear();
        const result = checkProject(read);
        everyEntry = command === 'build' ? result.corpus : undefined;
        const code = exitCodeFor(result, false);
        let siteConfig: SiteConfig | undefined = result.config;
        const format = { color: useColor(), sourceLine: sourceLineReader(root) };
        if (dev) {
          // An edit to site.yaml restarts the dev server, which runs this hook again.
          devState().serving = true;
          devState().generation++;
          const siteFile = join(resolve(root, content), SITE_CONFIG_FILE);
          addWatchFile(siteFile);
          siteText = readText(siteFile);
          const report = recordDevProblems(result, { root, content, publicDir }, devState().problems, format);
          if (report) process.stderr.write(`\n${report}\n`);
          siteConfig ??= devState().lastGoodConfig;
          if (siteConfig && code !== 0) {
            logger.warn('the dev server keeps running: pages show the last valid version of each file, with the problems in a panel');
          }
        } else if (result.problems.length > 0) {
          process.stderr.write(`\n${formatText(result.problems, format)}\n`);
        }
        if (!siteConfig || (!dev && code !== 0)) {
          stop(
            [],
            code || 2,
            logger,
            `content has errors: fix them and run the ${command} again (\`npm run validate\` checks without building)`,
          );
        }
        const site = siteConfig!;

        const processor = config.markdown.processor;
        if (!isSatteriProcessor(processor)) {
          stop(
            [],
            2,
            logger,
            "Roadlog renders bodies with Astro's Sätteri Markdown processor: remove `markdown.processor` from astro.config.mjs",
          );
        }
        // Sanitized customer HTML, safe links, `[[kind:id]]` references and curly quotes, in .md and .mdx alike.
        const pipeline = bodyPipeline({ base: () => site.base });
        Object.assign(processor.options.features, pipeline.features);
        processor.options.hastPlugins.push(...pipeline.hastPlugins);

        for (const route of roadlogRoutes()) injectRoute({ pattern: route.pattern, entrypoint: route.entrypoint, prerender: true });
        addMiddleware({ entrypoint: new URL('./references-middleware.ts', import.meta.url), order: 'post' });
        if (dev) addMiddleware({ entrypoint: new URL('./dev-middleware.ts', import.meta.url), order: 'post' });

        // MDX and the sitemap come with Roadlog unless the site added them itself; they follow it in the list.
        const added: AstroIntegration[] = [];
        if (!config.integrations.some((integration) => integration.name === '@astrojs/mdx')) added.push(mdx());
        if (!config.integrations.some((integration) => integration.name === '@astrojs/sitemap')) added.push(sitemap());
        added.push(sitemapAlias());
        config.integrations.splice(config.integrations.findIndex((integration) => integration.name === 'roadlog') + 1, 0, ...added);
        // The leak check reads the finished site: after every other integration has written its files.
        if (command === 'build') config.integrations.push(leakCheck(() => everyEntry));

        updateConfig({
          ...folders,
          site: site.url,
          base: site.base,
          // Every URL is a folder: Pagefind indexes them so, and links are written so.
          trailingSlash: 'always',
          build: { format: 'directory', concurrency: Number(process.env.ROADLOG_BUILD_CONCURRENCY) || PAGE_CONCURRENCY },
          // Release notes and requests rarely carry code; highlighting would cost build time at scale.
          markdown: { syntaxHighlight: false },
          // A page whose key (src/integration/runtime/page-keys.ts) and code are unchanged is copied from the
          // previous build instead of rendered again.
          experimental: { incrementalBuild: true },
          vite: {
            plugins: [virtualModules(site, options.customCss, root)],
            build: {
              rollupOptions: {
                onwarn(warning: { code?: string; message: string }, warn: (warning: { code?: string; message: string }) => void) {
                  // Astro's MDX output starts with its own directive, which the bundler reports on every build
                  // of a site with .mdx releases; it is Astro's to handle, not the maintainer's.
                  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
                  warn(warning);
                },
              },
            },
          },
        });
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        watchContent({ server, refreshContent }, { root, content, publicDir, color: useColor(), siteText, restarted });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (pageCounts?.reused) logger.info(`pages: ${pageCounts.rendered} rendered, ${pageCounts.reused} unchanged since the last build`);
        if (!search) return;
        const started = performance.now();
        const { pages, reused } = await writeSearchIndex(fileURLToPath(dir), { cacheDir: cacheDir && fileURLToPath(cacheDir) });
        const how = reused ? ', unchanged since the last build' : '';
        logger.info(`search index: ${pages} ${pages === 1 ? 'page' : 'pages'}${how} in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

/** Where the build writes and caches: Astro's defaults, unless a deploy or a test points elsewhere. */
function outputFolders(root: string): { outDir?: URL; cacheDir?: URL } {
  const folder = (path: string) => pathToFileURL(`${resolve(root, path)}/`);
  return {
    ...(process.env.ROADLOG_OUT_DIR ? { outDir: folder(process.env.ROADLOG_OUT_DIR) } : {}),
    ...(process.env.ROADLOG_CACHE_DIR ? { cacheDir: folder(process.env.ROADLOG_CACHE_DIR) } : {}),
  };
}

/** The address and base path for `astro preview`, from site.yaml and the deploy's overrides, when they are valid. */
function previewSite(root: string, content: string): Pick<SiteConfig, 'url' | 'base'> | undefined {
  const contentDir = resolve(root, content);
  const loaded = loadSiteConfig(contentDir, content);
  return loaded.config ? applyEnvOverrides(loaded.config).config : undefined;
}

/**
 * A content mistake is not a crash: print the problems as `roadlog validate`
 * does, one line on what to do, and end without a stack trace.
 */
function stop(problems: readonly Problem[], code: number, logger: AstroIntegrationLogger, message: string): never {
  if (problems.length > 0) process.stderr.write(`\n${formatText([...problems], { color: useColor() })}\n`);
  logger.error(message);
  process.exit(code);
}

declare global {
  namespace Astro {
    interface IntegrationHooks {
      [CONTENT_HOOK]: () => ContentHook;
    }
  }
}
