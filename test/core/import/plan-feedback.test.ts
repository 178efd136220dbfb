import { describe, expect, it } from 'vitest';
import type { ExistingFile } from '../../../src/core/import/existing.ts';
import { planFeedbackImport } from '../../../src/core/import/plan-feedback.ts';
import type { ImportedRequest, ImportRecord } from '../../../src/core/import/types.ts';

const request = (n: number, overrides: Partial<ImportedRequest> = {}): ImportRecord => ({
  ok: true,
  request: {
    source: `https://github.com/a/b/issues/${n}`,
    ref: `#${n}`,
    title: `Request number ${n}`,
    submitted: '2026-01-01',
    votes: n,
    labels: [],
    body: '',
    fallbackId: `issue-${n}`,
    ...overrides,
  },
});

function existing(id: string, raw: string, data: Record<string, unknown>, draft?: boolean): ExistingFile {
  return { id, file: `content/feedback/${id}.md`, path: `/x/${id}.md`, raw, data, ...(draft ? { draft } : {}) };
}

/** The title of the one request a plan creates. */
function createdTitle(actions: ReturnType<typeof planFeedbackImport>): string {
  const [action] = actions;
  if (action?.type !== 'create') throw new Error(`expected a file to be created, got ${JSON.stringify(action)}`);
  return action.title;
}

const plan = (records: ImportRecord[], files: ExistingFile[] = []) =>
  planFeedbackImport(records, { existing: files, display: 'content', mapArea: (label) => (label === 'Exports' ? 'exports' : undefined) });

describe('planning a feedback import', () => {
  it('refreshes the votes of a request imported before, whatever way its source is written', () => {
    const raw = '---\ntitle: Old\nsubmitted: 2026-01-01\nvotes: 2 # from GitHub\nsource: https://GITHUB.com/a/b/issues/7/\n---\n';
    const file = existing('old', raw, { votes: 2, source: 'https://GITHUB.com/a/b/issues/7/' });
    expect(plan([request(7)], [file])).toEqual([
      {
        type: 'update',
        ref: '#7',
        file: 'content/feedback/old.md',
        text: raw.replace('votes: 2 #', 'votes: 7 #'),
        before: raw,
        change: 'votes 2 → 7',
      },
    ]);
    const none = existing('none', '---\ntitle: Old\nsubmitted: 2026-01-01\nsource: https://github.com/a/b/issues/7\n---\n', {
      source: 'https://github.com/a/b/issues/7',
    });
    expect(plan([request(7)], [none])).toMatchObject([{ type: 'update', change: 'votes (none) → 7' }]);
    expect(plan([request(0, { source: 'https://github.com/a/b/issues/7' })], [none])).toEqual([
      { type: 'unchanged', ref: '#0', file: 'content/feedback/none.md' },
    ]);
    expect(plan([request(2, { source: 'https://github.com/a/b/issues/7' })], [file])).toEqual([
      { type: 'unchanged', ref: '#2', file: 'content/feedback/old.md' },
    ]);
  });

  it('says why votes could not be refreshed', () => {
    const file = existing('twice', '---\ntitle: Old\nvotes: 1\nvotes: 2\nsource: https://github.com/a/b/issues/7\n---\n', {
      votes: 2,
      source: 'https://github.com/a/b/issues/7',
    });
    expect(plan([request(7)], [file])).toEqual([
      {
        type: 'skipped',
        ref: '#7',
        title: 'Request number 7',
        reason: 'content/feedback/twice.md: votes not updated, `votes` appears twice',
      },
    ]);
  });

  it('leaves a request kept as a draft, and one whose source two files share', () => {
    const source = 'https://github.com/a/b/issues/3';
    expect(plan([request(3)], [existing('_draft', '', { source }, true)])).toEqual([
      { type: 'skipped', ref: '#3', title: 'Request number 3', reason: 'kept as a draft in content/feedback/_draft.md' },
    ]);
    expect(plan([request(3)], [existing('one', '', { source }), existing('two', '', { source: `${source}#top` })])).toEqual([
      {
        type: 'skipped',
        ref: '#3',
        title: 'Request number 3',
        reason:
          'content/feedback/one.md and content/feedback/two.md share this source; keep one (mark the other a duplicate with its own source)',
      },
    ]);
  });

  it('skips a record listed twice, one it could not read, and a new one the export says is answered', () => {
    expect(
      plan([
        request(1),
        request(2, { source: 'https://github.com/a/b/issues/1/' }),
        { ok: false, ref: '#3', title: 'Three', reason: 'it is a pull request, not an issue' },
        request(4, { skipNew: 'it is closed on GitHub' }),
      ]).map((action) => [action.type, action.ref, action.type === 'skipped' ? action.reason : action.type === 'create' ? action.id : '']),
    ).toEqual([
      ['create', '#1', 'request-number-1'],
      ['skipped', '#2', 'the export lists https://github.com/a/b/issues/1/ twice (first as #1)'],
      ['skipped', '#3', 'it is a pull request, not an issue'],
      ['skipped', '#4', 'it is closed on GitHub'],
    ]);
  });

  it('creates a request with its fields, areas and status, under an id no file takes, drafts aside', () => {
    const [action] = plan(
      [request(5, { title: '  Export   to\nCSV ', labels: ['Exports', 'Other'], status: 'under-review', body: 'Please.\n' })],
      [existing('export-to-csv', '', {}), existing('_export-to-csv-2', '', {}, true)],
    );
    expect(action).toEqual({
      type: 'create',
      ref: '#5',
      title: 'Export to CSV',
      id: 'export-to-csv-2',
      file: 'content/feedback/export-to-csv-2.md',
      text: '---\ntitle: Export to CSV\nsubmitted: 2026-01-01\nvotes: 5\nareas: [exports]\nstatus: under-review\nsource: https://github.com/a/b/issues/5\n---\nPlease.\n',
      notes: [],
    });
  });

  it('skips a request without a usable title or id, or one that would not pass validation', () => {
    expect(plan([request(1, { title: ' \n ' })])).toEqual([{ type: 'skipped', ref: '#1', reason: 'it has no title' }]);
    expect(plan([request(2, { title: '!!!', fallbackId: '--' })])).toEqual([
      { type: 'skipped', ref: '#2', title: '!!!', reason: '"--" is not a usable id; give it a title with letters' },
    ]);
    expect(plan([request(3, { submitted: '0999-01-01' })])).toEqual([
      {
        type: 'skipped',
        ref: '#3',
        title: 'Request number 3',
        reason: '`submitted`: expected a year from 1000 on, written with four digits',
      },
    ]);
  });

  it('shortens a long title at a word, without trailing punctuation', () => {
    const words = `${'word '.repeat(27)}last, and more words after the limit`;
    expect(createdTitle(plan([request(1, { title: words })]))).toBe(`${'word '.repeat(26)}word…`);
    expect(createdTitle(plan([request(5, { title: `${'word '.repeat(26)}wor, ${'x'.repeat(20)}` })]))).toBe(`${'word '.repeat(26)}wor…`);
    const solid = 'x'.repeat(150);
    expect(createdTitle(plan([request(2, { title: solid })]))).toBe(`${'x'.repeat(139)}…`);
    const exact = 'y'.repeat(140);
    expect(createdTitle(plan([request(3, { title: exact })]))).toBe(exact);
    const early = `${'z'.repeat(50)} ${'q'.repeat(100)}`;
    expect(createdTitle(plan([request(4, { title: early })]))).toBe(`${early.slice(0, 139)}…`);
  });
});
