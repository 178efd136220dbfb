import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeLeaks, findLeaks, normalizeText, secretsOf } from '../../../src/core/leaks/leak-check.ts';
import { corpus, feedback, roadmap } from '../../helpers/corpus.ts';

let out: string;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'roadlog-leaks-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

const write = (file: string, text: string | Buffer) => {
  mkdirSync(join(out, file, '..'), { recursive: true });
  writeFileSync(join(out, file), text);
};

const content = () =>
  corpus({
    roadmap: [
      roadmap('secret-sync', { title: 'Secret sync engine', visibility: 'internal' }),
      roadmap('short', { title: 'Tiny', visibility: 'internal' }),
    ],
    feedback: [feedback('public-ask', { title: 'A public request' })],
  });

describe('the leak check', () => {
  it('reads every published text file and search record, and reports leaks sorted by file', () => {
    write('z/index.html', '<p>Secret&#32;sync&nbsp;engine</p>');
    write('a/feed.json', '{"title":"Secret sync\\u0020engine"}');
    write('m/page.xml', '<link href="/roadmap/secret-sync/"/>');
    write('b/data.json', '{"id":"secret-sync"}');
    write('pagefind/fragment/x.pf_fragment', gzipSync('{"content":"Secret sync engine"}'));
    write('image.png', 'Secret sync engine');
    write('sub/dir/notes.txt', 'nothing here');
    mkdirSync(join(out, 'folder.html'));
    const leaks = findLeaks(out, content());
    expect(leaks.map((leak) => [leak.file, leak.secret.id, leak.found])).toEqual([
      ['a/feed.json', 'secret-sync', 'title'],
      ['b/data.json', 'secret-sync', 'id'],
      ['m/page.xml', 'secret-sync', 'id'],
      ['pagefind/fragment/x.pf_fragment', 'secret-sync', 'title'],
      ['z/index.html', 'secret-sync', 'title'],
    ]);
  });

  it('finds nothing when nothing is internal, and never a short title', () => {
    write('index.html', 'Tiny Secret sync engine');
    expect(findLeaks(out, corpus({ feedback: [feedback('a')] }))).toEqual([]);
    expect(findLeaks(out, corpus({ roadmap: [roadmap('short', { title: 'Tiny', visibility: 'internal' })] }))).toEqual([]);
  });

  it('leaves a title or id that a public entry also has', () => {
    write('index.html', '<p>Secret sync engine</p><a href="/roadmap/secret-sync/">x</a>');
    const shared = corpus({
      roadmap: [roadmap('secret-sync', { title: 'Secret sync engine', visibility: 'internal' })],
      feedback: [feedback('secret-sync', { title: 'Secret sync engine' })],
    });
    expect(findLeaks(out, shared).map((leak) => leak.found)).toEqual(['id']);
  });

  it('is described with each file and entry, and what to do', () => {
    const [secret] = secretsOf(content());
    expect(describeLeaks([{ file: 'index.html', secret: { ...secret!, file: 'content/roadmap/secret-sync.md' }, found: 'title' }])).toBe(
      [
        'a published file shows an internal entry:',
        '  index.html: shows the title of internal roadmap item "secret-sync" (content/roadmap/secret-sync.md)',
        'An internal entry must appear nowhere in the site: remove the mention from the public entry that shows it. If a public text only happens to use the same words as an internal title, give the internal entry a more specific title.',
      ].join('\n'),
    );
    expect(
      describeLeaks([
        { file: 'a.html', secret: secret!, found: 'id' },
        { file: 'b.html', secret: { kind: 'feedback', id: 'x', title: 'X' }, found: 'title' },
      ])
        .split('\n')
        .slice(0, 3),
    ).toEqual([
      '2 published files show an internal entry:',
      '  a.html: shows the id of internal roadmap item "secret-sync"',
      '  b.html: shows the title of internal request "x"',
    ]);
  });

  it('normalizes text as it compares it: escapes, quotes, dashes, ellipses and spaces', () => {
    expect(normalizeText('a\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\\u00e9')).toBe('a"b\\c/d\be f g h i\u00e9');
    expect(normalizeText('\u2018x\u2019 \u201Cy\u201D \u2013 \u2014 -- --- \u2026  \u00A0z')).toBe('\'x\' "y" - - - - ... z');
    expect(normalizeText('a-b')).toBe('a-b');
    expect(normalizeText('Secret&NBSP;sync&nbsp;engine')).toBe('Secret sync engine');
  });
});
