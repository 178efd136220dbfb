import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackEntry } from '../../../src/core/collections.ts';
import { checkBodyImages, imagePaths, NOT_A_FILE } from '../../../src/core/validate/body-images.ts';
import { corpus, feedback } from '../../helpers/corpus.ts';
import { tinyPng } from '../../helpers/images.ts';

let root: string;
let content: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'roadlog-body-images-'));
  content = join(root, 'content');
  mkdirSync(join(content, 'feedback/shots'), { recursive: true });
  writeFileSync(join(content, 'feedback/chart.png'), tinyPng());
  writeFileSync(join(content, 'feedback/shots/one two.png'), tinyPng());
  writeFileSync(join(content, 'feedback/fake.png'), 'not a picture');
  writeFileSync(join(root, 'outside.png'), tinyPng());
  symlinkSync(join(root, 'outside.png'), join(content, 'feedback/linked.png'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function entry(body: string, bodyLine = 5, file = 'content/feedback/req.md'): FeedbackEntry {
  return { ...feedback('req'), body, bodyLine, file };
}
const check = (...entries: FeedbackEntry[]) =>
  checkBodyImages(corpus({ feedback: entries }), root, content).map((problem) => [
    problem.code,
    problem.line,
    problem.column,
    problem.message,
    problem.expected,
    problem.found,
    problem.hint,
  ]);

describe('images in bodies', () => {
  it('pass when they are pictures beside the entry, or not files at all', () => {
    expect(
      check(
        entry(
          [
            '![chart](chart.png) and ![chart](./chart.png "A title") and ![spaced](<shots/one two.png>) and ![enc](shots/one%20two.png)',
            '![web](https://example.com/x.png) ![site](/logo.png) ![frag](#x) ![proto](//cdn.example.com/x.png) ![data](data:image/png;base64,AA)',
            '`![code](missing.png)`',
            '```',
            '![fenced](missing.png)',
            '```',
            'An ! [not an image](missing.png) and a [link](missing.png).',
          ].join('\n'),
        ),
      ),
    ).toEqual([]);
  });

  it('are reported at their line and column when missing, misnamed, outside, suffixed or not pictures', () => {
    expect(
      check(
        entry(
          [
            'Intro',
            'See ![a](missing.png) now.',
            '![b](../roadmap/chart.png) ![c](chart.png?v=2)',
            '![d](linked.png)',
            '![e](fake.png)',
          ].join('\n'),
        ),
      ),
    ).toEqual([
      [
        'missing-image',
        6,
        10,
        'image "missing.png" is not next to this file',
        'a file at content/feedback/missing.png',
        'missing.png',
        'add the image beside the entry, fix the name (letter case counts), or link a full https:// address',
      ],
      [
        'missing-image',
        7,
        6,
        'image "../roadmap/chart.png" is not next to this file',
        'a file at content/feedback/../roadmap/chart.png',
        '../roadmap/chart.png',
        'add the image beside the entry, fix the name (letter case counts), or link a full https:// address',
      ],
      [
        'image-suffix',
        7,
        33,
        'image "chart.png?v=2" has a "?" or "#" part, which the build cannot resolve to a file',
        undefined,
        'chart.png?v=2',
        'write the file name alone: chart.png',
      ],
      [
        'image-outside-content',
        8,
        6,
        'image "linked.png" is a symlink that leads outside the content folder',
        undefined,
        'linked.png',
        'copy the image beside the entry instead of linking to it',
      ],
      ['invalid-image', 9, 6, 'image "fake.png" is not a PNG file', undefined, 'fake.png', 'export the picture again from an image editor'],
    ]);
  });

  it('refuse a path that leaves the content folder', () => {
    expect(check(entry('![x](../../outside.png)'))).toEqual([
      [
        'image-outside-content',
        5,
        6,
        'image "../../outside.png" is outside the content folder',
        undefined,
        '../../outside.png',
        'put the image beside the entry and write its name alone',
      ],
    ]);
  });

  it('follow reference definitions to local files, by label in any case and spacing', () => {
    expect(
      check(
        entry(
          [
            '![Chart][c]  ![gone][ G  one ] ![c] ![web][w] ![undefined][nope]',
            '',
            '[c]: chart.png',
            '[g one]: <gone.png>',
            '[w]: https://example.com/x.png',
          ].join('\n'),
        ),
      ),
    ).toEqual([
      [
        'reference-image',
        5,
        1,
        'image of "chart.png" written as a reference: the build publishes it unresolved, as a broken image',
        undefined,
        'chart.png',
        'write the path in the image itself: ![alt](chart.png)',
      ],
      [
        'reference-image',
        5,
        14,
        'image of "gone.png" written as a reference: the build publishes it unresolved, as a broken image',
        undefined,
        'gone.png',
        'write the path in the image itself: ![alt](gone.png)',
      ],
      [
        'reference-image',
        5,
        32,
        'image of "chart.png" written as a reference: the build publishes it unresolved, as a broken image',
        undefined,
        'chart.png',
        'write the path in the image itself: ![alt](chart.png)',
      ],
    ]);
  });

  it('skip entries without a body or a file, and count lines from where the body starts', () => {
    expect(check({ ...feedback('a'), body: '![x](missing.png)' }, { ...feedback('b'), file: 'content/feedback/b.md' })).toEqual([]);
    expect(check(entry('![x](missing.png)', 12)).map((problem) => problem[1])).toEqual([12]);
    expect(check({ ...entry('![x](missing.png)'), bodyLine: undefined }).map((problem) => problem[1])).toEqual([1]);
  });
});

describe('image paths on a line', () => {
  it('are read as written, with their column and where the image starts', () => {
    expect(imagePaths('a ![x](one.png) b ![y]( two.png "t") ![z](<three four.png>) ![](five.png)')).toEqual([
      { path: 'one.png', column: 8, start: 2 },
      { path: 'two.png', column: 25, start: 18 },
      { path: 'three four.png', column: 44, start: 37 },
      { path: 'five.png', column: 65, start: 60 },
    ]);
  });

  it('skip what is not an image and stay linear on nested brackets', () => {
    expect(imagePaths('![x]() ![y] (gap.png) ![z]')).toEqual([]);
    expect(imagePaths('![a ![b](inner.png)](outer.png)')).toEqual([{ path: 'inner.png', column: 10, start: 0 }]);
    expect(imagePaths(`${'!['.repeat(20_000)}x`)).toEqual([]);
  });

  it('know what is not a file', () => {
    for (const path of ['https://x/y.png', 'mailto:a', '/root.png', '#frag', '?q', 'data:image/png;base64,x'])
      expect(NOT_A_FILE.test(path), path).toBe(true);
    for (const path of ['a.png', './a.png', '../a.png', 'a:b/c.png'.replace('a:b', 'ab')]) expect(NOT_A_FILE.test(path), path).toBe(false);
  });
});
