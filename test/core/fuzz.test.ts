import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_PROBLEM_TEXT } from '../../src/core/problems.ts';
import { formatGithub, formatText } from '../../src/core/validate/format.ts';
import { exitCodeFor, validateProject } from '../../src/core/validate/project.ts';
import { bodyRenderer } from '../helpers/markdown.ts';

/**
 * Property-based test of hostile and broken entries: a valid request, mutated by
 * inserting pieces of YAML structure, delimiters, control characters, Unicode, huge and
 * nested values. `npm test` runs a short slice with a fixed seed; `npm run test:fuzz`
 * runs a long one (ROADLOG_FUZZ_RUNS, ROADLOG_FUZZ_SEED to replay a failure).
 */
const RUNS = Number(process.env.ROADLOG_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.ROADLOG_FUZZ_SEED ?? 20261203);

const SITE = 'title: T\ndescription: D\nurl: https://t.example\nintake:\n  - label: L\n    url: https://t.example/new\n';
const SENTINEL = 'Sentinelword';
const VALID = `---\ntitle: Export to CSV\nsubmitted: 2026-05-01\nvotes: 3\nareas: []\n---\nWe need **CSV** export.\n\n${SENTINEL}.\n`;

const PIECES = [
  '---',
  '---\n',
  '\n',
  '\r',
  '\r\n',
  ': ',
  '- ',
  '[',
  ']',
  '{',
  '}',
  '*a',
  '&a ',
  '!tag ',
  '!!binary ',
  '"',
  "'",
  '|',
  '>',
  '#',
  '\t',
  '  ',
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\u001b]0;x\u0007',
  '\u202e',
  '\uFEFF',
  '\uFFFF',
  'é',
  '😀',
  '\u0301',
  '![x](y.png)',
  '![x](../../../etc/passwd)',
  '![x][c]\n\n[c]: c.png\n',
  '[[feedback:x]]',
  '[[wiki:Home]]',
  '`',
  '```\n',
  'title: ',
  'title: "\\x07"\n',
  'submitted: 0026-05-01\n',
  'votes: 1e999\n',
  'areas: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n',
  'areas: &a [x, *a]\n',
  'status: done\n',
  'x'.repeat(5000),
  '`a` ``b'.repeat(200),
  '![['.repeat(500),
];

const mutation = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('-', '\n', ' ', ':', '`', '!', '[', ']', '(', ')', '*', '&', '\r'), maxLength: 30 }),
);

/** A valid entry with pieces inserted at arbitrary places. */
const entry = fc
  .array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 6 })
  .map((inserts) =>
    inserts.reduce((text, [at, piece]) => text.slice(0, at % (text.length + 1)) + piece + text.slice(at % (text.length + 1)), VALID),
  );

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
        // Raw HTML and link definitions may hide text on purpose; anything else keeps the sentinel's paragraph.
        if (new RegExp(`(^|\\n)${SENTINEL}\\.\\n?$`).test(body) && !/[<[]/.test(body)) expect(html).toContain(SENTINEL);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
