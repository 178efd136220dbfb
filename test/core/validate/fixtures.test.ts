import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGithub, formatJson, formatText } from '../../../src/core/validate/format.ts';
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
    const sourceLine = (file: string, line: number) => readFileSync(join(root, file), 'utf8').split('\n')[line - 1];
    expect({
      exit: exitCodeFor(result, false),
      strictExit: exitCodeFor(result, true),
      text: formatText(result.problems),
      json: JSON.parse(formatJson(result.problems)),
      withSource: formatText(result.problems, { sourceLine }),
      coloured: formatText(result.problems.slice(0, 3), { color: true, sourceLine }),
      github: formatGithub(result.problems),
    }).toMatchSnapshot();
  });
});
