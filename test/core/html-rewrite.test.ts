import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../src/core/html/escape.ts';
import { absolutizeHtml, summarize } from '../../src/core/html/rewrite.ts';

const page = 'https://example.com/roadmap/changelog/v1-2/';

describe('absolutizeHtml', () => {
  it('resolves relative links and sources against the page, as the browser does there', () => {
    const html = absolutizeHtml(
      '<p><a href="../../feedback/csv/">csv</a> <a href="#fixed">below</a> <a href="/pricing/">pricing</a>' +
        ' <img src="chart.png" srcset="small.png 1x, ../large.png 2x" alt=""></p>',
      page,
    );
    expect(html).toContain('href="https://example.com/roadmap/feedback/csv/"');
    expect(html).toContain('href="https://example.com/roadmap/changelog/v1-2/#fixed"');
    expect(html).toContain('href="https://example.com/pricing/"');
    expect(html).toContain('src="https://example.com/roadmap/changelog/v1-2/chart.png"');
    expect(html).toContain(
      'srcset="https://example.com/roadmap/changelog/v1-2/small.png 1x, https://example.com/roadmap/changelog/large.png 2x"',
    );
  });

  it('leaves absolute, mailto and protocol links as written', () => {
    const html = absolutizeHtml('<a href="https://other.example/x">a</a><a href="mailto:team@example.com">b</a>', page);
    expect(html).toBe('<a href="https://other.example/x">a</a><a href="mailto:team@example.com">b</a>');
  });

  it('keeps the text and structure of the notes', () => {
    expect(absolutizeHtml('<h2 id="new">New</h2>\n<ul>\n<li><strong>A</strong> &amp; B</li>\n</ul>', page)).toBe(
      '<h2 id="new">New</h2>\n<ul>\n<li><strong>A</strong> &#x26; B</li>\n</ul>',
    );
  });
});

describe('summarize', () => {
  it('takes the first paragraph as plain text', () => {
    expect(summarize('<h2>New</h2><p>Sync is <em>faster</em>\nnow.</p><p>More.</p>')).toBe('Sync is faster now.');
  });

  it('falls back to the first list item for notes that are only lists, and to nothing', () => {
    expect(summarize('<h2>Fixed</h2><ul><li>A crash on start.</li><li>B</li></ul>')).toBe('A crash on start.');
    expect(summarize('')).toBe('');
  });

  it('cuts long paragraphs at a word boundary', () => {
    const summary = summarize(`<p>${'word '.repeat(100)}</p>`, 50);
    expect(summary.length).toBeLessThanOrEqual(50);
    expect(summary).toMatch(/^(word )+word…$/);
  });
});

describe('escapeMarkup', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeMarkup(`<a href="x">Tom & Jerry's</a>\u0000\u0007`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });
});
