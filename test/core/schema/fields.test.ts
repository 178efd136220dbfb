import { describe, expect, it } from 'vitest';
import { changelogSchema } from '../../../src/core/schema/changelog.ts';
import { feedbackSchema } from '../../../src/core/schema/feedback.ts';
import { fieldsAreValid, isCalendarDate, isoDate } from '../../../src/core/schema/fields.ts';
import { roadmapSchema } from '../../../src/core/schema/roadmap.ts';
import { fieldsAt, schemaAt } from '../../../src/core/schema/shape.ts';
import { siteConfigSchema } from '../../../src/core/schema/site.ts';
import { scalarShape } from '../../../src/core/load/yaml-scalars.ts';

describe('calendar days', () => {
  it('are real days written as YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-12-31')).toBe(true);
    expect(isCalendarDate('2026-01-01')).toBe(true);
    for (const value of [
      '2026-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-01-32',
      '2026-1-01',
      ' 2026-01-01',
      '2026-01-01T00:00',
      '20260101',
      '',
    ]) {
      expect(isCalendarDate(value), value).toBe(false);
    }
  });

  it('are read from YAML dates and refused before the year 1000', () => {
    expect(isoDate.parse(new Date(Date.UTC(2026, 2, 4)))).toBe('2026-03-04');
    expect(isoDate.safeParse(new Date(Number.NaN)).success).toBe(false);
    expect(isoDate.parse('1000-01-01')).toBe('1000-01-01');
    const early = isoDate.safeParse('0999-12-31');
    expect(early.success).toBe(false);
    expect(early.error?.issues.map((issue) => issue.message)).toEqual(['expected a year from 1000 on, written with four digits']);
    expect(isoDate.safeParse('2026-02-30').error?.issues.map((issue) => issue.message)).toEqual([
      'this day does not exist in the calendar',
    ]);
    expect(isoDate.safeParse('soon').error?.issues.map((issue) => issue.message)).toEqual(['expected a date written as YYYY-MM-DD']);
    expect(isoDate.safeParse(7).error?.issues.map((issue) => issue.message)).toEqual(['expected a date written as YYYY-MM-DD']);
  });
});

describe('cross-field rules', () => {
  it('run unless a field they read is wrong, or the whole object is', () => {
    expect(fieldsAreValid([], ['status'])).toBe(true);
    expect(fieldsAreValid([{ path: ['title'], code: 'too_big' }], ['status'])).toBe(true);
    expect(fieldsAreValid([{ path: ['status'], code: 'invalid_value' }], ['status'])).toBe(false);
    expect(fieldsAreValid([{ path: [], code: 'unrecognized_keys' }], ['status'])).toBe(true);
    expect(fieldsAreValid([{ code: 'unrecognized_keys' }], ['status'])).toBe(true);
    expect(fieldsAreValid([{ path: [], code: 'invalid_type' }], ['status'])).toBe(false);
    expect(fieldsAreValid([{ path: [0], code: 'invalid_type' }], ['0'])).toBe(false);
  });

  it('still report a duplicate without its target when another field is wrong', () => {
    const result = feedbackSchema.safeParse({ title: 'A', submitted: '2026-01-01', votes: -1, status: 'duplicate' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['votes', 'status']);
    const wrongStatus = feedbackSchema.safeParse({ title: 'A', submitted: '2026-01-01', status: 'dup', duplicateOf: 'b' });
    expect(wrongStatus.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['status']);
    const wrongReason = feedbackSchema.safeParse({ title: 'A', submitted: '2026-01-01', status: 'declined', reason: 7 });
    expect(wrongReason.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['reason']);
    const wrongTarget = feedbackSchema.safeParse({ title: 'A', submitted: '2026-01-01', duplicateOf: 'Not An Id' });
    expect(wrongTarget.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['duplicateOf']);
  });
});

describe('schema shapes', () => {
  it('name the fields at each path, for did-you-mean', () => {
    expect(fieldsAt(feedbackSchema, [])).toEqual([
      'title',
      'submitted',
      'votes',
      'areas',
      'status',
      'roadmap',
      'duplicateOf',
      'reason',
      'source',
      'author',
      'visibility',
    ]);
    expect(fieldsAt(roadmapSchema, ['updates', 0])).toEqual(['date', 'status', 'note']);
    expect(fieldsAt(roadmapSchema, ['updates'])).toEqual([]);
    expect(fieldsAt(roadmapSchema, ['title'])).toEqual([]);
    expect(fieldsAt(roadmapSchema, ['nothing', 'here'])).toEqual([]);
    expect(fieldsAt(siteConfigSchema, ['intake', 3])).toEqual(expect.arrayContaining(['label', 'url']));
    expect(fieldsAt(siteConfigSchema, ['notify', 'github'])).toMatchSnapshot();
    expect(fieldsAt(changelogSchema, [])).toMatchSnapshot();
  });

  it('find the schema of a field', () => {
    expect(schemaAt(feedbackSchema, ['votes'])?.safeParse(3).success).toBe(true);
    expect(schemaAt(feedbackSchema, ['votes'])?.safeParse(-3).success).toBe(false);
    expect(schemaAt(roadmapSchema, ['updates', 2, 'note'])?.safeParse('x').success).toBe(true);
    expect(schemaAt(roadmapSchema, ['updates', 2, 'nope'])).toBeUndefined();
    expect(schemaAt(feedbackSchema, [])).toBe(feedbackSchema);
  });

  it('see through wrappers and transforms, and find nothing where a path leaves the data', () => {
    // `submitted` is preprocessed (a YAML date becomes text) and refined: its schema is still found and still checks.
    expect(schemaAt(feedbackSchema, ['submitted'])?.safeParse('2026-02-30').success).toBe(false);
    expect(schemaAt(feedbackSchema, ['submitted'])?.safeParse('2026-02-03').success).toBe(true);
    expect(schemaAt(feedbackSchema, ['areas', 0])?.safeParse('exports').success).toBe(true);
    expect(schemaAt(feedbackSchema, ['areas', 0])?.safeParse('Not An Id').success).toBe(false);
    expect(schemaAt(feedbackSchema, ['areas', 'x'])).toBeUndefined();
    expect(schemaAt(feedbackSchema, [0])).toBeUndefined();
    expect(schemaAt(feedbackSchema, ['title', 'x'])).toBeUndefined();
    expect(schemaAt(feedbackSchema, ['submitted', 'x'])).toBeUndefined();
    expect(schemaAt(roadmapSchema, ['updates', 0, 'date'])?.safeParse('2026-01-01').success).toBe(true);
    expect(fieldsAt(roadmapSchema, ['updates', 'x'])).toEqual([]);
    expect(fieldsAt(feedbackSchema, ['submitted'])).toEqual([]);
    expect(fieldsAt(siteConfigSchema, ['lists'])).toEqual(expect.arrayContaining(['pageSize', 'boardSize']));
  });

  it('tell the YAML reader which scalars are text', () => {
    expect({
      feedback: scalarShape(feedbackSchema),
      roadmap: scalarShape(roadmapSchema),
      changelog: scalarShape(changelogSchema),
      site: scalarShape(siteConfigSchema),
    }).toMatchSnapshot();
  });
});
