import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceLineReader } from '../../../src/core/load/source-lines.ts';
import { formatGithub, formatJson, formatText } from '../../../src/core/validate/format.ts';
import { formatHtmlPanel, formatHtmlProblemPage } from '../../../src/core/validate/format-html.ts';
import { exitCodeFor, validateProject } from '../../../src/core/validate/project.ts';
import { FIXTURES } from '../../helpers/paths.ts';

/**
 * `roadlog validate` over every fixture, as a maintainer reads it: each problem with its file, line, column, message
 * and hint, in the order they are printed, and the exit code. The `invalid` and `warnings` fixtures hold one of each
 * mistake the cross-file checks find (references, lifecycle, consistency, images, visibility, MDX).
 */
const fixtures = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('validating the fixtures', () => {
  it.each(fixtures)('%s', (fixture) => {
    const root = join(FIXTURES, fixture);
    const result = validateProject({ root, content: 'content' }, { today: '2026-06-01', env: {} });
    const sourceLine = sourceLineReader(root);
    expect({
      exit: exitCodeFor(result, false),
      strictExit: exitCodeFor(result, true),
      text: formatText(result.problems),
      json: JSON.parse(formatJson(result.problems)),
      withSource: formatText(result.problems, { sourceLine }),
      coloured: formatText(result.problems.slice(0, 3), { color: true, sourceLine }),
      github: formatGithub(result.problems),
      htmlPanel: formatHtmlPanel(result.problems),
      htmlPages: [...new Set(result.problems.map((problem) => problem.file))].map((file) =>
        formatHtmlProblemPage(
          file,
          result.problems.filter((problem) => problem.file === file),
        ),
      ),
    }).toMatchSnapshot();
  });
});

describe('source lines under messages', () => {
  it('are read once per file, without a byte-order mark, and left out when too long or missing', () => {
    const read = sourceLineReader(join(FIXTURES, 'basic'));
    expect(read('content/site.yaml', 1)).toBe('title: Fixture Roadmap');
    expect(read(join(FIXTURES, 'basic', 'content/site.yaml'), 2)).toBe('description: A small site that build tests read.');
    expect(read('content/site.yaml', 10_000)).toBeUndefined();
    expect(read('content/missing.yaml', 1)).toBeUndefined();
    expect(read('content/missing.yaml', 1)).toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), 'roadlog-lines-'));
    try {
      writeFileSync(join(dir, 'a.md'), `\uFEFFfirst\r\nsecond\r\n${'x'.repeat(200)}\n${'y'.repeat(201)}\n`);
      const lines = sourceLineReader(dir);
      expect([1, 2, 3, 4].map((line) => lines('a.md', line))).toEqual(['first', 'second', 'x'.repeat(200), undefined]);
      writeFileSync(join(dir, 'a.md'), 'changed');
      expect(lines('a.md', 1)).toBe('first');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
