import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { safeMarkdownRehypePlugins } from '../../src/core/markdown/safety.ts';

// The same plugin list astro.config.mjs gives Astro's unified processor.
const processor = await createMarkdownProcessor({ rehypePlugins: safeMarkdownRehypePlugins, syntaxHighlight: false });
const render = async (markdown: string) => (await processor.render(markdown)).code;

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
});
