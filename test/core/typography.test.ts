import { describe, expect, it } from 'vitest';
import { bodyRenderer } from '../helpers/markdown.ts';

const renderBody = await bodyRenderer();
const render = async (markdown: string) => (await renderBody(markdown)).trim();
/** One paragraph's text, as typeset. */
const educate = async (text: string) => (await render(text)).replace(/^<p>|<\/p>$/g, '');

// Sätteri's smart punctuation, as the site runs it.
describe('typographic punctuation', () => {
  it('curls quotes and apostrophes by what comes before them', async () => {
    expect(await educate(`"Export" isn't 'done' in the '90s... yet`)).toBe(
      '\u201cExport\u201d isn\u2019t \u2018done\u2019 in the \u201990s\u2026 yet',
    );
    expect(await educate('(“nested ‘quotes’”) and "a (b)"')).toBe('(“nested ‘quotes’”) and \u201ca (b)\u201d');
  });

  it('turns -- into an en dash and --- into an em dash, and leaves single hyphens', async () => {
    expect(await educate('pages 3--5 --- and re-use')).toBe('pages 3\u20135 \u2014 and re-use');
  });

  it('carries the sentence across inline formatting', async () => {
    expect(await render(`She said "**export** it" and *'quoted'*.`)).toBe(
      '<p>She said \u201c<strong>export</strong> it\u201d and <em>\u2018quoted\u2019</em>.</p>',
    );
  });

  it('starts over at each block, so a quote that opens a paragraph opens', async () => {
    expect(await render('Ends with a word\n\n"Starts" here')).toBe('<p>Ends with a word</p>\n<p>\u201cStarts\u201d here</p>');
  });

  it('leaves code, inline code, raw HTML and written-out URLs exactly as written', async () => {
    const html = await render(
      'Run `a --b "c"` then:\n\n```\nx -- \'y\' ...\n```\n\nSee https://example.com/a--b and <span title="x">it\'s</span>',
    );
    expect(html).toContain('<code>a --b "c"</code>');
    expect(html).toContain("x -- 'y' ...");
    expect(html).toContain('>https://example.com/a--b</a>');
    expect(html).toContain('<span title="x">it\u2019s</span>');
  });
});
