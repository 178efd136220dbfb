import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { HookParameters } from 'astro';
import { entryOfFile, KINDS, type Kind } from '../core/collections.ts';
import { sourceLineReader } from '../core/load/source-lines.ts';
import { SITE_CONFIG_FILE } from '../core/load/site-config.ts';
import { CHANGED_FILES, loaderName, REFRESHED } from '../loader/handoff.ts';
import { devState } from './dev-state.ts';
import { createDevValidator } from './dev-validation.ts';

interface DevServerOptions {
  root: string;
  content: string;
  /** Astro's public folder, absolute. */
  publicDir: string;
  color: boolean;
  /** site.yaml as the configuration of this server read it. */
  siteText: string | undefined;
  /** True when the server restarted (for site.yaml) rather than started. */
  restarted: boolean;
}

/**
 * While `astro dev` runs: each change in the content folder is validated at
 * once (the terminal and the pages' panel follow), and the content loaders
 * are refreshed with the files that changed. The integration does the
 * watching, not the loaders: Astro's own watcher handle goes stale when the
 * server restarts for site.yaml, while this hook runs again with each server.
 */
export function watchContent(
  { server, refreshContent }: Pick<HookParameters<'astro:server:setup'>, 'server' | 'refreshContent'>,
  options: DevServerOptions,
): void {
  const { root, content, publicDir } = options;
  // A fresh reader per message: files change while the server runs.
  const sourceLine = (file: string, line: number) => sourceLineReader(root)(file, line);
  const validator = createDevValidator({ root, content, publicDir }, { color: options.color, sourceLine });
  const contentDir = resolve(root, content);
  // The content folder may sit outside the project's root, which Vite watches by itself.
  server.watcher.add(contentDir);

  // Astro skips a refresh that comes while it reloads its content config (it does for every Markdown file
  // saved), so one the loaders did not confirm is asked for again.
  const refresh = async (paths: readonly string[] | 'all', attempt = 0): Promise<void> => {
    if (restarting) return;
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

  // Validate at the first change of a burst, before the loader stores it and Astro reloads the pages, so they
  // show the new problems; the loaders refresh once the burst is over, with every file it touched.
  let window: ReturnType<typeof setTimeout> | undefined;
  const changed = new Set<string>();
  let validated = true;
  const validate = (path: string) => {
    const { report, reload } = validator.revalidate(path);
    if (report) process.stderr.write(`\n${report}\n`);
    if (reload) server.ws.send({ type: 'full-reload' });
  };
  // An edit to site.yaml restarts the server: what is still pending is left to the next one, which reads every
  // collection again. A refresh that ran while Astro swaps its servers could leave pages on stale content.
  const siteFile = join(contentDir, SITE_CONFIG_FILE);
  let restarting = false;
  server.watcher.on('change', (path) => {
    if (resolve(path) === siteFile) restarting = true;
  });
  const settle = () => {
    window = undefined;
    if (restarting) return;
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
  const generation = devState().generation;
  setTimeout(() => {
    if (devState().generation !== generation) return;
    if (readText(siteFile) !== options.siteText) server.watcher.emit('change', siteFile);
    // A file added while the new watcher was still scanning the content folder raised no event: read again.
    else if (options.restarted) void refresh('all');
  }, 1500).unref();
  // Files may have changed while the server restarted: read every collection again.
  if (options.restarted) void refresh('all');
}

export function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
