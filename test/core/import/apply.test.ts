import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyImport, formatImportReport } from '../../../src/core/import/apply.ts';
import { readCollectionFiles, sourceKey } from '../../../src/core/import/existing.ts';
import { countActions, type ImportAction } from '../../../src/core/import/types.ts';

let root: string;
let feedbackDir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'roadlog-apply-'));
  feedbackDir = join(root, 'content/feedback');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const create = (file: string, text = '---\ntitle: A\n---\n'): Extract<ImportAction, { type: 'create' }> => ({
  type: 'create',
  ref: '#1',
  title: 'A',
  id: 'a',
  file,
  text,
});

describe('applying an import', () => {
  it('creates new files, making the folder, and updates a file that still holds what was planned from', () => {
    mkdirSync(feedbackDir, { recursive: true });
    writeFileSync(join(feedbackDir, 'old.md'), 'before');
    const actions: ImportAction[] = [
      create('content/feedback/a.md'),
      { type: 'update', ref: '#2', file: 'content/feedback/old.md', text: 'after', before: 'before', change: 'votes 1 → 2' },
      { type: 'unchanged', ref: '#3', file: 'content/feedback/same.md' },
      { type: 'skipped', ref: '#4', reason: 'closed' },
    ];
    expect(applyImport(actions, root, feedbackDir)).toEqual(actions);
    expect(readFileSync(join(feedbackDir, 'a.md'), 'utf8')).toBe('---\ntitle: A\n---\n');
    expect(readFileSync(join(feedbackDir, 'old.md'), 'utf8')).toBe('after');
  });

  it('makes the collection folder when it does not exist yet', () => {
    expect(applyImport([create('content/feedback/a.md')], root, feedbackDir)[0]!.type).toBe('create');
    expect(readFileSync(join(feedbackDir, 'a.md'), 'utf8')).toContain('title: A');
  });

  it('never overwrites a file that appeared, nor one that changed, since the plan was made', () => {
    mkdirSync(feedbackDir, { recursive: true });
    writeFileSync(join(feedbackDir, 'a.md'), 'mine');
    writeFileSync(join(feedbackDir, 'old.md'), 'edited by hand');
    const result = applyImport(
      [
        create('content/feedback/a.md'),
        { type: 'update', ref: '#2', file: 'content/feedback/old.md', text: 'after', before: 'before', change: 'x' },
      ],
      root,
      feedbackDir,
    );
    expect(result).toEqual([
      { type: 'skipped', ref: '#1', title: 'A', reason: 'content/feedback/a.md appeared during the import; nothing was overwritten' },
      { type: 'skipped', ref: '#2', reason: 'content/feedback/old.md changed during the import; run it again' },
    ]);
    expect(readFileSync(join(feedbackDir, 'a.md'), 'utf8')).toBe('mine');
    expect(readFileSync(join(feedbackDir, 'old.md'), 'utf8')).toBe('edited by hand');
  });

  it('writes nothing outside the collection folder, whatever the export held', () => {
    const result = applyImport(
      [
        create('content/feedback/../roadmap/a.md'),
        create('content/feedback/nested/a.md'),
        { type: 'update', ref: '#2', file: 'content/site.yaml', text: 'x', before: '', change: 'x' },
      ],
      root,
      feedbackDir,
    );
    expect(result).toEqual([
      {
        type: 'skipped',
        ref: '#1',
        reason: 'content/feedback/../roadmap/a.md is not directly in the collection folder; nothing was written',
      },
      { type: 'skipped', ref: '#1', reason: 'content/feedback/nested/a.md is not directly in the collection folder; nothing was written' },
      { type: 'skipped', ref: '#2', reason: 'content/site.yaml is not directly in the collection folder; nothing was written' },
    ]);
    expect(() => readFileSync(join(root, 'content/roadmap/a.md'))).toThrow();
  });

  it('lets an error other than an existing file through', () => {
    expect(() => applyImport([create(`content/feedback/${'x'.repeat(300)}.md`)], root, feedbackDir)).toThrow(/ENAMETOOLONG/);
  });
});

describe('the import report', () => {
  const actions: ImportAction[] = [
    { ...create('content/feedback/a.md'), notes: ['1 image of files beside the original left as links', 'body cut at the 1 MiB limit'] },
    create('content/feedback/b.md'),
    { type: 'update', ref: '#2', file: 'content/feedback/old.md', text: 'after', before: 'before', change: 'votes 1 → 2' },
    { type: 'unchanged', ref: '#3', file: 'content/feedback/same.md' },
    { type: 'skipped', ref: '#4', title: 'Closed one', reason: 'closed' },
    { type: 'skipped', ref: 'row 7', reason: 'no title' },
  ];

  it('has one line per file written or record skipped, then the counts', () => {
    expect(formatImportReport('GitHub issues', actions)).toBe(
      [
        'created    content/feedback/a.md  (#1): 1 image of files beside the original left as links; body cut at the 1 MiB limit',
        'created    content/feedback/b.md  (#1)',
        'updated    content/feedback/old.md  votes 1 → 2  (#2)',
        'skipped    #4 "Closed one": closed',
        'skipped    row 7: no title',
        'GitHub issues: 2 created, 1 updated, 1 unchanged, 2 skipped.',
        '',
      ].join('\n'),
    );
    expect(formatImportReport('Canny', [], { dryRun: true })).toBe(
      'Canny: 0 created, 0 updated, 0 unchanged, 0 skipped. (dry run: nothing was written)\n',
    );
    expect(formatImportReport('Canny', [{ ...create('content/feedback/c.md'), notes: [] }], { dryRun: false })).toBe(
      'created    content/feedback/c.md  (#1)\nCanny: 1 created, 0 updated, 0 unchanged, 0 skipped.\n',
    );
    expect(countActions(actions)).toEqual({ created: 2, updated: 1, unchanged: 1, skipped: 2 });
  });
});

describe('existing files', () => {
  it('are read with their exact text and fields, drafts included, and unreadable ones reported', () => {
    mkdirSync(feedbackDir, { recursive: true });
    writeFileSync(join(feedbackDir, 'csv.md'), '\uFEFF---\r\ntitle: CSV\r\nsource: https://github.com/a/b/issues/1\r\n---\r\nBody\r\n');
    writeFileSync(join(feedbackDir, '_draft.md'), '---\ntitle: Draft\n---\n');
    writeFileSync(join(feedbackDir, '_notes.txt'), 'not an entry');
    mkdirSync(join(feedbackDir, '_folder.md'));
    writeFileSync(join(feedbackDir, 'broken.md'), '---\ntitle: [unclosed\n---\n');
    writeFileSync(join(feedbackDir, 'binary.md'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const { files, problems } = readCollectionFiles('feedback', join(root, 'content'), 'content');
    expect(files.map((file) => [file.id, file.file, file.draft, file.data.title])).toEqual([
      ['csv', 'content/feedback/csv.md', undefined, 'CSV'],
      ['_draft', 'content/feedback/_draft.md', true, 'Draft'],
    ]);
    expect(files[0]!.raw).toBe('\uFEFF---\r\ntitle: CSV\r\nsource: https://github.com/a/b/issues/1\r\n---\r\nBody\r\n');
    expect(files[0]!.path).toBe(join(feedbackDir, 'csv.md'));
    expect(problems.map((problem) => problem.file).sort()).toEqual(['content/feedback/binary.md', 'content/feedback/broken.md']);
  });

  it('are none for a collection folder that does not exist', () => {
    expect(readCollectionFiles('roadmap', join(root, 'content'), 'content')).toEqual({ files: [], problems: [] });
  });
});

describe('source keys', () => {
  it('are the same address however it was written', () => {
    expect(sourceKey(' https://GitHub.com/acme/app/issues/12/#issuecomment-1 ')).toBe('https://github.com/acme/app/issues/12');
    expect(sourceKey('https://example.com/t?id=3')).toBe('https://example.com/t?id=3');
    expect(sourceKey('https://example.com/')).toBe('https://example.com');
    expect(sourceKey(' not a url ')).toBe('not a url');
  });
});
