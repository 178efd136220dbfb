import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../src/core/load/load-collection.ts';
import { parseSiteConfig } from '../../src/core/load/site-config.ts';
import { loadFields, resolveScalars, scalarShape } from '../../src/core/load/yaml-scalars.ts';
import { feedbackSchema } from '../../src/core/schema/feedback.ts';
import { roadmapSchema } from '../../src/core/schema/roadmap.ts';

const entry = (kind: 'feedback' | 'roadmap' | 'changelog', frontmatter: string) =>
  parseEntry(kind, 'x', `content/${kind}/x.md`, `---\n${frontmatter}---\nBody.\n`);

describe('scalars as written', () => {
  it('keeps the text of a plain scalar in a text field, and its value in a number field', () => {
    const data = resolveScalars(
      loadFields('title: 3.10\nvotes: 12\nauthor: true\nareas: [2026, maps]\nreason: 1e3\n'),
      scalarShape(feedbackSchema),
    );
    expect(data).toEqual({ title: '3.10', votes: 12, author: 'true', areas: ['2026', 'maps'], reason: '1e3' });
  });

  it('keeps days as text everywhere, so date fields check them and text fields show them', () => {
    const data = resolveScalars(
      loadFields('title: 2026-05-07\ntarget: 2027-01-31\nupdates:\n  - date: 2026-05-07\n    note: 2026-05-08\n'),
      scalarShape(roadmapSchema),
    );
    expect(data).toEqual({ title: '2026-05-07', target: '2027-01-31', updates: [{ date: '2026-05-07', note: '2026-05-08' }] });
  });

  it('reads unknown fields and keys as YAML would, numeric keys as written', () => {
    const data = resolveScalars(loadFields('stray: 3.10\n3.10: key\nnothing: ~\nquoted: "42"\n'), scalarShape(feedbackSchema));
    expect(data).toEqual({ stray: 3.1, '3.10': 'key', nothing: null, quoted: '42' });
  });

  it('gives entries and the site configuration their values as written', () => {
    expect(entry('changelog', 'title: 9.10\ndate: 2026-05-07\nversion: 2026-05-07\n').entry?.data).toMatchObject({
      title: '9.10',
      version: '2026-05-07',
    });
    expect(entry('feedback', 'title: Sync\nsubmitted: 2026-05-07\nvotes: "12"\n').problems.map((problem) => problem.hint)).toEqual([
      'remove the quotes around the number',
    ]);
    expect(entry('feedback', 'title: Sync\nsubmitted: 2026-02-30\n').problems[0]?.message).toContain(
      'this day does not exist in the calendar',
    );
    const site = parseSiteConfig(
      'title: 2026\ndescription: 3.10\nurl: https://x.example\nintake:\n  - label: 42\n    url: https://x.example/new\n',
      'site.yaml',
    );
    expect(site.config).toMatchObject({ title: '2026', description: '3.10', intake: [{ label: '42' }] });
  });
});

describe('a misspelt field with a misspelt value', () => {
  it('reports both at once, checking the value as the field it was meant as', () => {
    const problems = entry('feedback', 'title: Sync\nsubmitted: 2026-05-07\nstauts: under-reveiw\n').problems;
    expect(problems.map((problem) => [problem.code, problem.line, problem.column, problem.hint])).toEqual([
      ['unknown-field', 4, 1, 'did you mean "status"?'],
      ['invalid-value', 4, 9, 'did you mean "under-review"?'],
    ]);
    expect(entry('feedback', 'title: Sync\nsubmitted: 2026-05-07\nstauts: open\n').problems.map((problem) => problem.code)).toEqual([
      'unknown-field',
    ]);
  });
});
