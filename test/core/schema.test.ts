import { describe, expect, it } from 'vitest';
import { slugify, isValidId } from '../../src/core/ids.ts';
import { changelogSchema } from '../../src/core/schema/changelog.ts';
import { feedbackSchema } from '../../src/core/schema/feedback.ts';
import { roadmapSchema } from '../../src/core/schema/roadmap.ts';
import { closest } from '../../src/core/suggest.ts';

const request = { title: 'Export to CSV', submitted: '2026-01-05' };

describe('feedback schema', () => {
  it('fills defaults for optional lists and votes', () => {
    expect(feedbackSchema.parse(request)).toEqual({ ...request, votes: 0, areas: [], visibility: 'public' });
  });

  it('accepts the Date objects that Astro’s YAML parser produces, as calendar days', () => {
    expect(feedbackSchema.parse({ ...request, submitted: new Date('2026-01-05T00:00:00Z') }).submitted).toBe('2026-01-05');
  });

  it.each([
    ['an impossible day', { submitted: '2026-02-29' }],
    ['a leap day in a common year', { submitted: '2025-02-29' }],
    ['negative votes', { votes: -1 }],
    ['fractional votes', { votes: 1.5 }],
    ['an empty title', { title: '   ' }],
    ['a title over 140 characters', { title: 'x'.repeat(141) }],
    ['a javascript: source', { source: 'javascript:alert(1)' }],
    ['an id with capitals', { roadmap: 'CSV-Export' }],
    ['an id with a double hyphen', { roadmap: 'csv--export' }],
    ['an unknown field', { priority: 'high' }],
    ['a derived status', { status: 'shipped' }],
  ])('rejects %s', (_, change) => {
    expect(feedbackSchema.safeParse({ ...request, ...change }).success).toBe(false);
  });

  it('accepts a leap day in a leap year', () => {
    expect(feedbackSchema.safeParse({ ...request, submitted: '2028-02-29' }).success).toBe(true);
  });

  it('ties duplicateOf to status duplicate and reason to status declined', () => {
    const issues = (data: object) => feedbackSchema.safeParse({ ...request, ...data }).error?.issues.map((i) => i.message);
    expect(issues({ status: 'duplicate' })).toEqual([expect.stringContaining('`duplicateOf: <feedback id>`')]);
    expect(issues({ duplicateOf: 'other' })).toEqual([expect.stringContaining('only allowed with `status: duplicate`')]);
    expect(issues({ status: 'declined' })).toEqual([expect.stringContaining('`reason`')]);
    expect(issues({ status: 'declined', reason: 'Out of scope.' })).toBeUndefined();
  });
});

describe('roadmap and changelog schemas', () => {
  it('accept an item with an update history', () => {
    const item = roadmapSchema.parse({
      title: 'CSV export',
      status: 'now',
      target: '2026-Q4',
      updates: [{ date: '2026-01-01', status: 'next', note: 'Planned.' }],
    });
    expect(item.updates[0]?.note).toBe('Planned.');
  });

  it('reject an update without a note', () => {
    expect(roadmapSchema.safeParse({ title: 'x', status: 'now', updates: [{ date: '2026-01-01' }] }).success).toBe(false);
  });

  it('accept a release and reject unknown change types', () => {
    expect(changelogSchema.parse({ title: '2.0', date: '2026-01-01', changes: ['new', 'security'] }).ships).toEqual([]);
    expect(changelogSchema.safeParse({ title: '2.0', date: '2026-01-01', changes: ['added'] }).success).toBe(false);
  });
});

describe('ids', () => {
  it.each([
    ['Export to CSV!', 'export-to-csv'],
    ['Crème brûlée & Straße', 'creme-brulee-and-strasse'],
    ['  --Already--slugged--  ', 'already-slugged'],
    ['Ærø Łódź', 'aero-lodz'],
    ['İstanbul ışık', 'istanbul-isik'],
  ])('slugify(%j) is %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
    expect(isValidId(expected)).toBe(true);
  });

  it('cuts long titles at a word boundary', () => {
    const id = slugify('A very long title that goes on and on about exports and imports and more', 40);
    expect(id.length).toBeLessThanOrEqual(40);
    expect(id.endsWith('-')).toBe(false);
  });
});

describe('did-you-mean', () => {
  it('finds swapped letters, typos and prefixes, and stays quiet otherwise', () => {
    expect(closest('stauts', ['title', 'status', 'votes'])).toBe('status');
    expect(closest('exprts', ['exports', 'editor'])).toBe('exports');
    expect(closest('csv', ['csv-export', 'dark-mode'])).toBe('csv-export');
    expect(closest('banana', ['exports', 'editor'])).toBeUndefined();
  });
});
