import { describe, expect, it } from 'vitest';
import { checkLinks, extractUrls } from '../../scripts/lib/link-check.ts';
import { writeSite } from '../helpers/build.ts';

const page = (body: string) =>
  `<!doctype html><html><head><link rel="canonical" href="https://example.com/docs/"></head><body>${body}</body></html>`;

describe('the link checker', () => {
  const dist = writeSite('links', {
    'index.html': page(`
      <h1 id="top">Home</h1>
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
      <a href="#bottom">missing fragment</a>
      <a href="/docs/feedback/a/#nowhere">missing fragment on another page</a>
      <a href="data:text/html,hi">data</a>
      <a href="VBScript:x">vbscript</a>
      <img src="/docs/logo.svg" srcset="/docs/logo.svg 1x, /docs/logo@2x.svg 2x" alt="">
      <a href="https://example.com/docs/gone/">absolute on the site</a>
      <a href='/docs/feedback/?sort=votes&amp;page=2'>query</a>`),
    'feedback/index.html': page('<a href="../">home</a> <a href="a/">a</a>'),
    'feedback/a/index.html': page(
      '<h2 id="votes">Votes</h2><a href="../../changelog/rss.xml">feed</a><meta property="og:url" content="https://example.com/docs/feedback/b/">',
    ),
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
        'index.html data:text/html,hi data: URL',
        'index.html VBScript:x vbscript: URL',
        'index.html #bottom no id "bottom" on index.html',
        'index.html /docs/feedback/a/#nowhere no id "nowhere" on feedback/a/index.html',
        'feedback/a/index.html https://example.com/docs/feedback/b/ no such page',
        'index.html /docs/logo@2x.svg no such file',
        'index.html https://example.com/docs/gone/ no such page',
      ].sort(),
    );
  });

  it('counts the internal links it checked, canonical links included', () => {
    // Home: 14 internal URLs, fragments included (script URLs are reported, not counted); then 2, and 1 plus og:url;
    // plus a canonical link per page.
    expect(checkLinks(dist, { base: '/docs/', siteUrl: 'https://example.com' }).links).toBe(14 + 2 + 2 + 3);
  });

  it('accepts paths that may be missing on purpose', () => {
    const result = checkLinks(dist, { base: '/docs/', siteUrl: 'https://example.com', allowMissing: new Set(['/docs/missing/']) });
    expect(result.broken.map((link) => link.url)).not.toContain('/docs/missing/');
    expect(result.broken.map((link) => link.url)).toContain('/docs/logo@2x.svg');
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
