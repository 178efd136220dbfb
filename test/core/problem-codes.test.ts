import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withCodesTable } from '../../scripts/update-readme.ts';
import { explainCode, formatExplanation, PROBLEM_CODES, problemCodesTable } from '../../src/core/problem-codes.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';
import { runScript } from '../helpers/run.ts';

/** Every `code: ...` and `rule: ...` of a problem the source can report, read from the source itself. */
function codesInSource(): Set<string> {
  const codes = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name)) {
        for (const match of readFileSync(path, 'utf8').matchAll(/\b(?:code|rule): ([^,\n}]+)/g)) {
          // The results of a condition, not what it compares: `target === 'area' ? 'unknown-area' : ...`.
          for (const literal of match[1]!.matchAll(/'([a-z][a-z0-9-]*)'(?!\s*\?)/g)) codes.add(literal[1]!);
        }
      }
    }
  };
  walk(join(PROJECT_ROOT, 'src'));
  // zod's own issue codes, as problems name them (schema-problems.ts turns `too_small` into `too-small`).
  for (const code of ['too-small', 'too-big', 'invalid-format', 'not-multiple-of']) codes.add(code);
  // `custom` is zod's code for a rule of ours, which names itself with `params.rule`.
  codes.delete('custom');
  return codes;
}

describe('problem codes', () => {
  // Under Stryker the source is instrumented, full of mutated literals that are no codes: this test reads the text, not the behaviour.
  it.skipIf(process.env.STRYKER_MUTATOR_WORKER)(
    'each code the source can report has an explanation, and each explanation a code that exists',
    () => {
      const inSource = [...codesInSource()].sort();
      expect(inSource.filter((code) => explainCode(code) === undefined)).toEqual([]);
      expect(Object.keys(PROBLEM_CODES).filter((code) => !inSource.includes(code))).toEqual([]);
    },
  );

  it('each explanation says what it means, shows the mistake and the fix, which differ', () => {
    for (const [code, explanation] of Object.entries(PROBLEM_CODES)) {
      expect(explanation.means, code).toMatch(/^\S.{20,}\.$/s);
      expect(explanation.example.length, code).toBeGreaterThan(5);
      expect(explanation.fix, code).not.toBe(explanation.example);
    }
  });

  it('are listed in the README, from the same source', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    expect(readme, 'run node scripts/update-readme.ts').toBe(withCodesTable(readme));
    for (const code of Object.keys(PROBLEM_CODES)) expect(readme).toContain(`| \`${code}\` |`);
  });

  it('are explained by roadlog validate --explain, and an unknown one gets a did-you-mean', () => {
    const run = runScript('bin/roadlog.mjs', ['validate', '--explain', 'shipped-without-release']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('shipped-without-release (error)');
    expect(run.stdout).toContain(PROBLEM_CODES['shipped-without-release'].means);
    expect(run.stdout).toContain('ships: [csv-export]');
    const unknown = runScript('bin/roadlog.mjs', ['validate', '--explain', 'stale-itme']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean "stale-item"?');
  });

  it('are explained as --explain prints them: meaning, then the mistake and the fix indented', () => {
    expect(explainCode('stale-itme')).toBeUndefined();
    expect(explainCode('yaml-alias')).toBe(PROBLEM_CODES['yaml-alias']);
    const text = formatExplanation('x-code', { severity: 'warning', means: 'It means this.', example: 'a: 1\nb: 2', fix: 'a: 2' });
    expect(text).toBe('x-code (warning)\n\nIt means this.\n\nFor example:\n    a: 1\n    b: 2\n\nFix:\n    a: 2\n');
  });

  it('are tabled for the README with one row per code, pipes and line breaks escaped', () => {
    const table = problemCodesTable({
      'a-code': { severity: 'error', means: 'Either a|b.\nOr c.', example: 'x', fix: 'y' },
      'b-code': { severity: 'warning', means: 'Plain.', example: 'x', fix: 'y' },
    });
    expect(table).toBe(
      [
        '| code | severity | meaning |',
        '| --- | --- | --- |',
        '| `a-code` | error | Either a\\|b.<br>Or c. |',
        '| `b-code` | warning | Plain. |',
      ].join('\n'),
    );
    expect(problemCodesTable().split('\n').length).toBe(2 + Object.keys(PROBLEM_CODES).length);
  });
});
