import { describe, expect, it } from 'vitest';
import { MAX_PROBLEM_TEXT, describeValue, error, problemKey, sortProblems, warning } from '../../src/core/problems.ts';

const at = (file: string, line?: number, column?: number, code = 'invalid-type', message = 'm') =>
  error({ code, file, line, column, message });

describe('problems', () => {
  it('are errors or warnings with exactly the fields given', () => {
    const fields = { code: 'unknown-field', file: 'content/feedback/a.md', line: 3, column: 1, message: 'm', hint: 'h' };
    expect(error(fields)).toEqual({ severity: 'error', ...fields });
    expect(warning(fields)).toEqual({ severity: 'warning', ...fields });
    expect(Object.keys(error({ code: 'c', file: 'f', message: 'm' })).sort()).toEqual(['code', 'file', 'message', 'severity']);
  });

  it('cut each text longer than the limit, saying how long it was, and keep texts at the limit whole', () => {
    const atLimit = 'a'.repeat(MAX_PROBLEM_TEXT);
    const over = 'b'.repeat(MAX_PROBLEM_TEXT + 1);
    const cut = `${'b'.repeat(MAX_PROBLEM_TEXT - 40)}… (501 characters)`;
    expect(error({ code: 'c', file: 'f', message: atLimit, expected: atLimit, found: atLimit, hint: atLimit })).toEqual({
      severity: 'error',
      code: 'c',
      file: 'f',
      message: atLimit,
      expected: atLimit,
      found: atLimit,
      hint: atLimit,
    });
    for (const key of ['message', 'expected', 'found', 'hint'] as const) {
      const problem = error({ code: 'c', file: 'f', message: 'short', [key]: over });
      expect(problem[key]).toBe(cut);
      // The other texts are left as they were, and no field appears that was not given.
      expect(problem.message).toBe(key === 'message' ? cut : 'short');
      expect(Object.keys(problem).sort()).toEqual([...new Set(['code', 'file', 'message', 'severity', key])].sort());
    }
    const long = 'c'.repeat(12_345);
    expect(warning({ code: 'c', file: 'f', message: long, hint: 'kept' })).toEqual({
      severity: 'warning',
      code: 'c',
      file: 'f',
      message: `${'c'.repeat(MAX_PROBLEM_TEXT - 40)}… (12,345 characters)`,
      hint: 'kept',
    });
  });

  it('are sorted by file, line, column, code and message, each key in turn', () => {
    const problems = [
      at('b.md', 1, 1),
      at('a.md', 10, 1),
      at('a.md', 2, 5),
      at('a.md', 2, 3, 'z-code'),
      at('a.md', 2, 3, 'a-code', 'second'),
      at('a.md', 2, 3, 'a-code', 'first'),
      at('a.md'),
      at('a.md', undefined, 4),
    ];
    const order = sortProblems(problems).map((p) => `${p.file}:${p.line ?? '-'}:${p.column ?? '-'} ${p.code} ${p.message}`);
    expect(order).toEqual([
      'a.md:-:- invalid-type m',
      'a.md:-:4 invalid-type m',
      'a.md:2:3 a-code first',
      'a.md:2:3 a-code second',
      'a.md:2:3 z-code m',
      'a.md:2:5 invalid-type m',
      'a.md:10:1 invalid-type m',
      'b.md:1:1 invalid-type m',
    ]);
    // Sorting returns a new list and leaves the given one alone.
    expect(problems[0]!.file).toBe('b.md');
  });

  it('have a key that differs when what they say or where differs, and only then', () => {
    const base = at('a.md', 2, 3, 'c', 'm');
    expect(problemKey(base)).toBe(problemKey({ ...base, hint: 'another hint' }));
    for (const other of [
      { ...base, severity: 'warning' as const },
      { ...base, code: 'd' },
      { ...base, file: 'b.md' },
      { ...base, line: 4 },
      { ...base, column: 9 },
      { ...base, message: 'n' },
    ]) {
      expect(problemKey(other)).not.toBe(problemKey(base));
    }
    expect(problemKey(at('a.md'))).not.toBe(problemKey(at('a.md', 0)));
    expect(problemKey(at('a.md', 1, undefined))).not.toBe(problemKey(at('a.md', undefined, 1)));
  });

  it('describe a found value as YAML would show it', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('an empty value');
    expect(describeValue('planned')).toBe('"planned"');
    expect(describeValue('')).toBe('""');
    expect(describeValue([])).toBe('an empty list');
    expect(describeValue(['a', 2, null])).toBe('a list ("a", 2, an empty value)');
    expect(describeValue(new Date('2026-03-04T10:00:00Z'))).toBe('"2026-03-04"');
    expect(describeValue({ a: 1 })).toBe('a mapping of fields');
    expect(describeValue(42)).toBe('42');
    expect(describeValue(false)).toBe('false');
  });
});
