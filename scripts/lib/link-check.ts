import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEntities } from '../../src/core/html/escape.ts';
import { listFiles } from './files.ts';

export interface LinkCheckOptions {
  /** The site's base path, such as `/` or `/roadmap/`: root-relative links must start with it. */
  base?: string;
  /** The site's public URL: absolute links to it (canonical, feeds) are checked as internal links. */
  siteUrl?: string;
  /** Paths (below the host, base included) that may be missing on purpose, such as a test's broken image. */
  allowMissing?: ReadonlySet<string>;
}

export interface BrokenLink {
  /** The page that holds the link, below the output folder. */
  page: string;
  url: string;
  reason: string;
}

export interface LinkCheckResult {
  pages: number;
  /** Internal links checked (each occurrence counts). */
  links: number;
  broken: BrokenLink[];
}

const TAG = /<(?:a|link|script|img|source|iframe|area|form|video|audio|use)\b[^>]*>/gi;
const ATTRIBUTE = /\s(href|src|srcset|action|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const OG_URL = /<meta property="og:url" content="([^"]*)"/g;
/** Schemes that run script or smuggle a document: content must never produce them. */
const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'data']);
const ID = /\sid=(?:"([^"]+)"|'([^']+)')/g;

/** The URLs a page links to or loads: href, src, action, poster and every srcset candidate. */
export function extractUrls(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(TAG)) {
    for (const match of tag.matchAll(ATTRIBUTE)) {
      const value = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '').trim();
      if (match[1]!.toLowerCase() === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) urls.push(url);
        }
      } else {
        urls.push(value);
      }
    }
  }
  for (const match of html.matchAll(OG_URL)) urls.push(decodeEntities(match[1]!));
  return urls;
}

/** The URL path a built file is served at: `feedback/a/index.html` is `<base>feedback/a/`. */
export function pageUrl(path: string, base: string): string {
  return `${base}${path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path}`;
}

/**
 * Checks that every internal link and resource of a built site resolves to a
 * file, as a static host serves it: under the base path, `…/` served by
 * `…/index.html`, and a page linked without its trailing slash reported
 * (the site uses `trailingSlash: 'always'`); a `#fragment` must name an id on
 * its page. External links are not fetched; `javascript:`, `vbscript:` and
 * `data:` URLs are reported, since content must never produce them.
 */
export function checkLinks(dist: string, options: LinkCheckOptions = {}): LinkCheckResult {
  const base = normalizeBase(options.base ?? '/');
  const site = options.siteUrl ? new URL(options.siteUrl) : undefined;
  const files = new Set(listFiles(dist).map((file) => file.path));
  const pages = [...files].filter((path) => path.endsWith('.html'));
  const broken: BrokenLink[] = [];
  const verdicts = new Map<string, string | undefined>();
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(join(dist, file), 'utf8').matchAll(ID)].map((match) => match[1] ?? match[2]!));
      ids.set(file, set);
    }
    return set;
  };
  let links = 0;

  const resolve = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base)) return `outside the base path ${base}`;
    let path: string;
    try {
      path = decodeURIComponent(pathname.slice(base.length));
    } catch {
      return 'malformed percent-encoding';
    }
    if (options.allowMissing?.has(pathname)) return undefined;
    if (path === '' || path.endsWith('/')) return files.has(`${path}index.html`) ? undefined : 'no such page';
    if (files.has(path)) return undefined;
    return files.has(`${path}/index.html`) ? 'missing trailing slash' : 'no such file';
  };

  for (const page of pages) {
    const here = new URL(pageUrl(page, base), 'http://site.invalid');
    for (const url of extractUrls(readFileSync(join(dist, page), 'utf8'))) {
      if (url === '') continue;
      const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
      if (scheme !== undefined && SCRIPT_SCHEMES.has(scheme)) {
        broken.push({ page, url, reason: `${scheme}: URL` });
        continue;
      }
      const target = new URL(url, here);
      if (scheme !== undefined || url.startsWith('//')) {
        const internal = site && target.origin === site.origin && (scheme === 'http' || scheme === 'https');
        if (!internal) continue;
      }
      const { pathname } = target;
      links++;
      let verdict = verdicts.get(pathname);
      if (!verdicts.has(pathname)) {
        verdict = resolve(pathname);
        verdicts.set(pathname, verdict);
      }
      if (verdict) {
        broken.push({ page, url, reason: verdict });
        continue;
      }
      const fragment = safeDecode(target.hash.slice(1));
      if (fragment) {
        const file = url.startsWith('#') ? page : fileOf(pathname.slice(base.length));
        if (file.endsWith('.html') && !idsOf(file).has(fragment)) broken.push({ page, url, reason: `no id "${fragment}" on ${file}` });
      }
    }
  }
  return { pages: pages.length, links, broken };
}

/** The file a path below the base is served from: a folder's `index.html`. */
function fileOf(path: string): string {
  const decoded = safeDecode(path);
  return decoded === '' || decoded.endsWith('/') ? `${decoded}index.html` : decoded;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function normalizeBase(base: string): string {
  const withLeading = base.startsWith('/') ? base : `/${base}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

/** A few lines that say what is broken, for messages and test failures. */
export function describeBroken(broken: readonly BrokenLink[], limit = 20): string {
  const lines = broken.slice(0, limit).map((link) => `${link.page}: ${link.url} (${link.reason})`);
  if (broken.length > limit) lines.push(`… and ${broken.length - limit} more`);
  return lines.join('\n');
}
