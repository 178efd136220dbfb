import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML file of a built site, as paths relative to its folder with `/` separators. */
export function htmlFiles(outDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return name.endsWith('.html') ? [relative(outDir, path).split(sep).join('/')] : [];
    });
  return walk(outDir).sort();
}

export interface BrokenLink {
  page: string;
  url: string;
  reason: string;
}

/**
 * Every internal `href` and `src` of every page must name a file of the
 * build, under the base path; a `#fragment` must name an id on its page.
 * Absolute URLs on the site's own address (canonical, og:url) count as
 * internal. External links are left alone, except that none may run script.
 */
export function brokenLinks(
  outDir: string,
  options: { base: string; siteUrl: string; allowMissing?: Set<string> },
): { checked: number; broken: BrokenLink[] } {
  const origin = new URL(options.siteUrl).origin;
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(join(outDir, file), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const page of htmlFiles(outDir)) {
    const html = readFileSync(join(outDir, page), 'utf8');
    const pagePath = `${options.base}${page.replace(/(^|\/)index\.html$/, '$1')}`;
    const urls = [
      ...[...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!),
      ...[...html.matchAll(/<meta property="og:url" content="([^"]*)"/g)].map((m) => m[1]!),
    ];
    for (const raw of urls) {
      const url = raw.replace(/&amp;/g, '&');
      if (/^\s*(?:javascript|vbscript|data):/i.test(url)) {
        broken.push({ page, url, reason: 'a link that runs script' });
        continue;
      }
      const resolved = new URL(url, `${origin}${pagePath}`);
      if (resolved.origin !== origin || !/^https?:$/.test(resolved.protocol)) continue;
      checked++;
      const path = decodeURIComponent(resolved.pathname);
      if (!path.startsWith(options.base)) {
        broken.push({ page, url, reason: `outside the base path ${options.base}` });
        continue;
      }
      if (options.allowMissing?.has(path)) continue;
      const rest = path.slice(options.base.length);
      const file = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
      if (!existsSync(join(outDir, file)) || statSync(join(outDir, file)).isDirectory()) {
        broken.push({ page, url, reason: `no file ${file}` });
        continue;
      }
      const fragment = decodeURIComponent(resolved.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
        broken.push({ page, url, reason: `no id "${fragment}" on ${file}` });
      }
    }
  }
  return { checked, broken };
}
