import { describe, expect, it } from 'vitest';
import { error, warning } from '../../src/core/problems.ts';
import { formatGithub, formatJson, formatText } from '../../src/core/validate/format.ts';

const problems = [
  error({
    code: 'unknown-field',
    file: 'content/feedback/a, b.md',
    line: 4,
    column: 1,
    message: 'unknown field "stauts"',
    expected: 'one of title, status',
    found: 'stauts',
    hint: 'did you mean "status"?',
  }),
  warning({ code: 'stray-file', file: 'content/feedback/notes.txt', message: 'file ignored: 100% sure' }),
];

describe('text output', () => {
  it('shows location, message, the offending line with a caret, and the hint', () => {
    const text = formatText(problems, { sourceLine: (_, line) => (line === 4 ? 'stauts: planed' : undefined) });
    expect(text).toContain('content/feedback/a, b.md:4:1  error  unknown field "stauts"  (unknown-field)');
    expect(text).toContain('    4 | stauts: planed\n      | ^');
    expect(text).toContain('hint: did you mean "status"?');
    expect(text).toContain('1 error, 1 warning in 2 files.');
    expect(text).not.toContain('\u001b[');
  });

  it('says so when there is nothing to report', () => {
    expect(formatText([])).toBe('No problems found.\n');
  });
});

describe('GitHub annotations', () => {
  it('escape properties and data as workflow commands require', () => {
    const lines = formatGithub(problems).trim().split('\n');
    expect(lines[0]).toBe(
      '::error file=content/feedback/a%2C b.md,line=4,col=1,title=Roadlog%3A unknown-field::unknown field "stauts"%0Aexpected: one of title, status%0Afound: stauts%0Ahint: did you mean "status"?',
    );
    expect(lines[1]).toBe('::warning file=content/feedback/notes.txt,title=Roadlog%3A stray-file::file ignored: 100%25 sure');
  });
});

describe('JSON output', () => {
  it('is versioned, counts by severity and keeps every field', () => {
    const parsed = JSON.parse(formatJson(problems));
    expect(parsed).toMatchObject({ version: 1, errors: 1, warnings: 1 });
    expect(parsed.problems[1]).toEqual({
      severity: 'warning',
      code: 'stray-file',
      file: 'content/feedback/notes.txt',
      line: null,
      column: null,
      message: 'file ignored: 100% sure',
      expected: null,
      found: null,
      hint: null,
    });
  });
});
