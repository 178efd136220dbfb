import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_PROBLEM_TEXT } from '../../src/core/problems.ts';
import { formatGithub, formatText } from '../../src/core/validate/format.ts';
import { exitCodeFor, validateProject } from '../../src/core/validate/project.ts';
import { FUZZ_SITE as SITE, fuzzedEntry as entry, keepsSentinel, SENTINEL } from '../helpers/fuzz-entries.ts';
import { bodyRenderer } from '../helpers/markdown.ts';

/**
 * Property-based test of hostile and broken entries: a valid request, mutated by
 * inserting pieces of YAML structure, delimiters, control characters, Unicode, huge and
 * nested values. `npm test` runs a short slice with a fixed seed; `npm run test:fuzz`
 * runs a long one (ROADLOG_FUZZ_RUNS, ROADLOG_FUZZ_SEED to replay a failure).
 */
const RUNS = Number(process.env.ROADLOG_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.ROADLOG_FUZZ_SEED ?? 20261203);

// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('validation of mutated entries (fuzz)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roadlog-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'feedback'));
  writeFileSync(join(dir, 'site.yaml'), SITE);

  it('ends with problems that name the file, print no control character and no stack trace; what it accepts renders with its text', {
    timeout: 600_000,
  }, async () => {
    const render = await bodyRenderer();
    await fc.assert(
      fc.asyncProperty(entry, async (text) => {
        writeFileSync(join(dir, 'feedback', 'fuzz.md'), text);
        const result = validateProject({ root: dir, content: '.' }, { today: '2026-11-24' });
        expect([0, 1]).toContain(exitCodeFor(result, false));
        for (const problem of result.problems) {
          expect(problem.file).toBe('feedback/fuzz.md');
          expect(problem.message.length).toBeLessThanOrEqual(MAX_PROBLEM_TEXT);
        }
        const lines = text.replace(/\r\n?/g, '\n').split('\n');
        for (const output of [
          formatText(result.problems, { sourceLine: (_file, line) => lines[line - 1] }),
          formatGithub(result.problems),
        ]) {
          expect(output).not.toMatch(RAW_CONTROL);
          expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
        }
        const accepted = result.corpus.feedback.find((item) => item.id === 'fuzz');
        if (!accepted || result.problems.some((problem) => problem.severity === 'error')) return;
        const body = accepted.body ?? '';
        const html = await render(body);
        if (keepsSentinel(body)) expect(html).toContain(SENTINEL);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
