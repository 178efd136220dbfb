import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { bodyPipeline } from '../../src/core/markdown/pipeline.ts';
import { bodyRenderer } from '../helpers/markdown.ts';

const render = await bodyRenderer();

describe('Markdown from customers', () => {
  it('loses scripts, event handlers and unsafe URLs but keeps its text', async () => {
    const html = await render(
      'Hello <script>alert(1)</script> there.\n\n<img src="https://x.example/a.png" onerror="alert(2)"> pic\n\n[click](javascript:alert(3)) and <a href="data:text/html,x">data</a>',
    );
    expect(html).not.toMatch(/<script|onerror|javascript:|data:text/i);
    expect(html).toContain('Hello');
    expect(html).toContain('there.');
    expect(html).toContain('<img src="https://x.example/a.png" alt="">');
    expect(html).toContain('click');
  });

  it('drops unsafe addresses from Markdown links and images in a body without any HTML, however they are spelt', async () => {
    const html = await render(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](java&#x09;script:alert(3)) [d][ref] ![e](javascript:alert(4)) [f](data:text/html,x) [g](vbscript:x)\n\n[ref]: javascript:alert(5)',
    );
    // What a browser would make of every address left on the page.
    const protocols = [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map(
      ([, url]) => new URL(url!.replace(/&amp;/g, '&'), 'https://site.example/').protocol,
    );
    expect(protocols.every((protocol) => protocol === 'https:')).toBe(true);
    expect(html).not.toMatch(/javascript:|data:|vbscript:/i);
    for (const text of ['>a<', '>b<', '>c<', '>d<', 'alt="e"', '>f<', '>g<']) expect(html).toContain(text);
  });

  it('keeps safe addresses: relative, fragment, http(s) and mailto', async () => {
    const html = await render('[r](../x/) [h](#top) [s](https://a.example/p?q=1) [m](mailto:a@example.com) ![i](/logo.svg)');
    expect(html).toContain('href="../x/"');
    expect(html).toContain('href="#top"');
    expect(html).toContain('href="https://a.example/p?q=1"');
    expect(html).toContain('href="mailto:a@example.com"');
    expect(html).toContain('src="/logo.svg"');
  });

  it('keeps footnotes linked both ways in a body that also holds raw HTML', async () => {
    for (const markdown of ['Text[^1] and <b>bold</b>\n\n[^1]: Note.\n', 'Text[^1] only.\n\n[^1]: Note.\n']) {
      const html = await render(markdown);
      const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map(([, id]) => id);
      const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id));
      expect(hrefs).toHaveLength(2);
      for (const target of hrefs) expect(ids.has(target!), `#${target} in ${html}`).toBe(true);
    }
  });

  it('keeps harmless HTML such as details, kbd and tables', async () => {
    const html = await render('<details><summary>More</summary>Press <kbd>Ctrl</kbd></details>\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(html).toContain('<details><summary>More</summary>Press <kbd>Ctrl</kbd></details>');
    expect(html).toContain('<table>');
  });

  it('marks external links with rel="noopener noreferrer" and leaves site links alone', async () => {
    const html = await render('[out](https://example.com) [in](/roadmap/) [mail](mailto:a@example.com)');
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer">out</a>');
    expect(html).toContain('<a href="/roadmap/">in</a>');
    expect(html).toContain('<a href="mailto:a@example.com">mail</a>');
  });

  it('gives images without a description an empty alt and keeps the ones written', async () => {
    const html = await render('<img src="https://x.example/a.png">\n\n![A culvert](https://x.example/b.png)');
    expect(html).toContain('<img src="https://x.example/a.png" alt="">');
    expect(html).toContain('<img src="https://x.example/b.png" alt="A culvert">');
  });

  it('drops style attributes and iframes', async () => {
    const html = await render('<p style="position:fixed">x</p><iframe src="https://evil.example"></iframe>');
    expect(html).not.toMatch(/style=|<iframe/);
  });

  it('checks addresses in MDX releases too, written as Markdown or as JSX, and keeps what the tags hold', async () => {
    const { code } = await mdxToJs(
      '[md](javascript:alert(1)) <a href="JaVaScRiPt:alert(2)">jsx **bold**</a> <img src="javascript:alert(3)" alt="pic" />\n\n<a href="https://example.com">out</a>',
      bodyPipeline(),
    );
    expect(code).not.toMatch(/javascript:/i);
    expect(code).toMatch(/"jsx ",\s*_jsx\(_components\.strong, \{ children: "bold" \}\)/);
    expect(code).toContain('alt: "pic"');
    expect(code).toMatch(/href: "https:\/\/example\.com",\s*rel: "noopener noreferrer"/);
  });

  it('marks only external JSX links that have no rel of their own, and checks block-level JSX too', async () => {
    const { code } = await mdxToJs(
      'Text <a href="/docs/">in</a> <a href="https://e.example" rel="me">me</a> <img src="//cdn.example/b.png" alt="b" />\n\n<a href="javascript:alert(1)">block</a>\n',
      bodyPipeline(),
    );
    const flat = code.replace(/\s+/g, ' ');
    expect(flat).toContain('_jsx("a", { href: "/docs/", children: "in" })');
    expect(flat).toContain('_jsx("a", { href: "https://e.example", rel: "me", children: "me" })');
    expect(flat).toContain('_jsx("img", { src: "//cdn.example/b.png", alt: "b" })');
    expect(flat).toContain('_jsx(_components.a, { children: "block" })');
  });

  it('drops JSX addresses a browser would read as another site or a script: a leading backslash, a tab inside the scheme', async () => {
    const { code } = await mdxToJs(
      'Text <a href="\\evil.example/x">h</a> <a href="java\tscript:alert(1)">t</a> <a href="/ok\\x">i</a>\n',
      bodyPipeline(),
    );
    const flat = code.replace(/\s+/g, ' ');
    expect(flat).toContain('_jsx(_components.a, { children: "h" })');
    expect(flat).toContain('_jsx(_components.a, { children: "t" })');
    expect(flat).toContain('_jsx("a", { href: "/ok\\\\x", children: "i" })');
  });
});
