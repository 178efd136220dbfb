import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withCodesTable } from '../../scripts/update-readme.ts';
import { explainCode, PROBLEM_CODES } from '../../src/core/problem-codes.ts';
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
});
