import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeMarkup } from '../../src/core/html/escape.ts';
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

  it('leaves empty and unparseable addresses as written, and resolves one written with spaces around it', () => {
    expect(absolutizeHtml('<a href="">a</a><a href="  ">b</a><a href="http://[bad">c</a>', page)).toBe(
      '<a href="">a</a><a href="  ">b</a><a href="http://[bad">c</a>',
    );
    expect(absolutizeHtml('<a href=" ../x/ ">a</a><q cite="q.html">b</q>', page)).toBe(
      '<a href="https://example.com/roadmap/changelog/x/">a</a><q cite="https://example.com/roadmap/changelog/v1-2/q.html">b</q>',
    );
    // Several spaces between a candidate's URL and its descriptor.
    expect(absolutizeHtml('<img srcset="a.png   2x">', page)).toBe('<img srcset="https://example.com/roadmap/changelog/v1-2/a.png 2x">');
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

  it('cuts long paragraphs at a word boundary, without trailing punctuation, within the limit ellipsis included', () => {
    expect(summarize(`<p>${'word '.repeat(100)}</p>`, 50)).toBe(`${'word '.repeat(8)}word…`);
    expect(summarize('<p>One two three, four five; six seven.</p>', 20)).toBe('One two three…');
    // Exactly the limit: kept whole.
    expect(summarize('<p>abcde fghij</p>', 11)).toBe('abcde fghij');
    expect(summarize('<p>abcde fghij</p>', 9)).toBe('abcde…');
    // The last space must lie past half the limit to be the cut.
    expect(summarize('<p>abcde fghij</p>', 10)).toBe('abcde fgh…');
    // No space in the second half: cut inside the word rather than lose most of the text.
    expect(summarize('<p>a bcdefghijklmnop</p>', 10)).toBe('a bcdefgh…');
    expect(summarize('<p>abcd efghijklmnop</p>', 10)).toBe('abcd efgh…');
  });

  it('skips empty paragraphs and collapses every run of spaces', () => {
    expect(summarize('<p> </p><p><img src="a.png"></p><p>  Two\n\n  lines  </p>')).toBe('Two lines');
    expect(summarize('<p></p><ul><li>  </li><li>Item</li></ul>')).toBe('Item');
  });
});

describe('decodeEntities', () => {
  it('decodes numeric references, in decimal and hex of either case, and the five named ones', () => {
    expect(decodeEntities('&#60;&#x3C;&#X3e;&amp;&AMP;&lt;&gt;&quot;&apos;&#128512;')).toBe('<<>&&<>"\'😀');
  });

  it('leaves other names and code points that do not exist as written', () => {
    expect(decodeEntities('&nbsp;&#0;&#x110000;&#1114112;&#x10FFFF;')).toBe(
      `&nbsp;&#0;&#x110000;&#1114112;${String.fromCodePoint(0x10ffff)}`,
    );
  });
});

describe('escapeMarkup', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeMarkup(`<a href="x">Tom & Jerry's</a>\u0000\u0007`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });
});
