import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/core/html/escape.ts';
import { excerptParts } from '../../src/client/excerpt.ts';
import { resemblesQuery } from '../../src/client/pagefind.ts';

describe('telling a match from Pagefind’s prefix fallback', () => {
  it('keeps words, stems, half-typed words and typos past their third letter', () => {
    expect(resemblesQuery('export', 'CSV <mark>export</mark> for my accountant')).toBe(true);
    expect(resemblesQuery('installation', 'the <mark>installed</mark> base')).toBe(true);
    expect(resemblesQuery('accoun', 'for my <mark>accountant.</mark>')).toBe(true);
    expect(resemblesQuery('exprot', 'CSV <mark>export</mark>')).toBe(true);
    expect(resemblesQuery('ai', '<mark>AI</mark> species id')).toBe(true);
    expect(resemblesQuery('Crème', 'a <mark>creme</mark> brulee')).toBe(true);
  });

  it('drops a match on a fragment of the word: an initial, a letter, a short prefix', () => {
    expect(resemblesQuery('zzqqxx', 'asked by Hamid <mark>Z.</mark> in March')).toBe(false);
    expect(resemblesQuery('xylophone', 'skip to question <mark>X,</mark> then')).toBe(false);
    expect(resemblesQuery('adamant', 'requested by <mark>Ada</mark> on')).toBe(false);
  });

  it('keeps results it cannot judge, and any query with one real word', () => {
    expect(resemblesQuery('export', 'no marks in this excerpt')).toBe(true);
    expect(resemblesQuery('csv zzqqxx', '<mark>CSV</mark> export by <mark>Z.</mark>')).toBe(true);
  });
});

describe('excerpt text', () => {
  it('decodes the entities Pagefind escapes, and leaves unknown ones as written', () => {
    expect(decodeEntities('Tom &amp; Jerry &lt;3 &quot;x&quot; &#39;y&#x27; &#128512; &nbsp; &bogus;')).toBe(
      'Tom & Jerry <3 "x" \'y\' 😀 &nbsp; &bogus;',
    );
  });
});

describe('excerpt highlights', () => {
  it('leave punctuation around a match out of the highlight', () => {
    expect(excerptParts('Add CSV <mark>exports.</mark> Soon')).toEqual([
      { text: 'Add CSV ', marked: false },
      { text: 'exports', marked: true },
      { text: '. Soon', marked: false },
    ]);
    expect(excerptParts('The (<mark>“export”</mark>) button')).toEqual([
      { text: 'The (“', marked: false },
      { text: 'export', marked: true },
      { text: '”) button', marked: false },
    ]);
  });

  it('say with an ellipsis when the excerpt starts inside a sentence', () => {
    expect(excerptParts('of the <mark>export</mark> menu')[0]).toEqual({ text: '… ', marked: false });
    expect(excerptParts('<mark>export</mark> menu')[0]).toEqual({ text: '… ', marked: false });
    expect(excerptParts('Export the <mark>data</mark>')[0]).toEqual({ text: 'Export the ', marked: false });
  });

  it('decode the entities Pagefind escapes, inside and outside a highlight', () => {
    expect(excerptParts('Tom &amp; <mark>Jerry&#39;s</mark>')).toEqual([
      { text: 'Tom & ', marked: false },
      { text: "Jerry's", marked: true },
    ]);
  });
});
