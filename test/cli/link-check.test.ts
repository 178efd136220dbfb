import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, extractUrls } from '../../scripts/lib/link-check.ts';
import { TMP } from '../helpers/build.ts';

function site(files: Record<string, string>): string {
  mkdirSync(TMP, { recursive: true });
  const dist = mkdtempSync(join(TMP, 'links-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

const page = (body: string) => `<!doctype html><html><head><link rel="canonical" href="https://example.com/docs/"></head><body>${body}</body></html>`;

describe('the link checker', () => {
  const dist = site({
    'index.html': page(`
      <a href="/docs/feedback/">list</a>
      <a href="/docs/feedback/a/#votes">entry with a fragment</a>
      <a href="feedback/a/">relative</a>
      <a href="/docs/missing/">missing page</a>
      <a href="/feedback/a/">outside the base</a>
      <a href="/docs/feedback">no trailing slash</a>
      <a href="javascript:alert(1)">script</a>
      <a href="https://elsewhere.example/x">external</a>
      <a href="mailto:a@example.com">mail</a>
      <a href="#top">fragment</a>
      <img src="/docs/logo.svg" srcset="/docs/logo.svg 1x, /docs/logo@2x.svg 2x" alt="">
      <a href="https://example.com/docs/gone/">absolute on the site</a>
      <a href='/docs/feedback/?sort=votes&amp;page=2'>query</a>`),
    'feedback/index.html': page('<a href="../">home</a> <a href="a/">a</a>'),
    'feedback/a/index.html': page('<a href="../../changelog/rss.xml">feed</a>'),
    'changelog/rss.xml': '<rss/>',
    'logo.svg': '<svg/>',
  });

  it('reports each broken internal link with the reason, and nothing else', () => {
    const result = checkLinks(dist, { base: '/docs/', siteUrl: 'https://example.com' });
    expect(result.pages).toBe(3);
    expect(result.broken.map(({ page, url, reason }) => `${page} ${url} ${reason}`).sort()).toEqual(
      [
        'index.html /docs/missing/ no such page',
        'index.html /feedback/a/ outside the base path /docs/',
        'index.html /docs/feedback missing trailing slash',
        'index.html javascript:alert(1) javascript: URL',
        'index.html /docs/logo@2x.svg no such file',
        'index.html https://example.com/docs/gone/ no such page',
      ].sort(),
    );
  });

  it('counts the internal links it checked, canonical links included', () => {
    // Home: 11 internal URLs (the javascript: one is reported, not counted); then 2 and 1; plus a canonical link per page.
    expect(checkLinks(dist, { base: '/docs/', siteUrl: 'https://example.com' }).links).toBe(11 + 2 + 1 + 3);
  });

  it('treats absolute links as external without the site URL', () => {
    const result = checkLinks(dist, { base: '/docs/' });
    expect(result.broken.some((link) => link.url.startsWith('https://'))).toBe(false);
  });

  it('reads every URL attribute, with entities decoded', () => {
    expect(extractUrls('<a class="x" href="/a?b=1&amp;c=2">x</a><img alt="" src=/i.png><source srcset="/s.webp 1x,/t.webp 2x">')).toEqual([
      '/a?b=1&c=2',
      '/i.png',
      '/s.webp',
      '/t.webp',
    ]);
  });
});
