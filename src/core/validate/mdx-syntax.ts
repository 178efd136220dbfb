import { createRequire } from 'node:module';
import type { ChangelogEntry } from '../collections.ts';
import { fileOf } from '../lifecycle/derive.ts';
import { error, type Problem } from '../problems.ts';

const require = createRequire(import.meta.url);

/** `3:1: Expected a closing tag for `<div>` (3:1) (mdx-jsx:unexpected-character)`, as the MDX parser reports. */
const MDX_ERROR = /^(\d+):(\d+): (.*?)(?: \(\d+:\d+\))?(?: \(([\w:-]+)\))?$/s;

/**
 * MDX is JSX: a tag left open or a stray `{` stops its compilation. The build
 * compiles `.mdx` releases with the same parser, so a body it would refuse is
 * reported here first, at its line, instead of as a bundler error.
 */
export function checkMdxSyntax(releases: readonly ChangelogEntry[]): Problem[] {
  const mdx = releases.filter((entry) => entry.path?.endsWith('.mdx') && entry.body !== undefined);
  if (mdx.length === 0) return [];
  // Loaded only for sites with MDX releases: most have none.
  const { mdxToMdast } = require('satteri') as typeof import('satteri');
  return mdx.flatMap((entry) => {
    try {
      mdxToMdast(entry.body!);
      return [];
    } catch (cause) {
      const message = (cause as Error).message;
      const match = MDX_ERROR.exec(message);
      return [
        error({
          code: 'mdx-syntax',
          file: fileOf(entry),
          line: match ? (entry.bodyLine ?? 1) + Number(match[1]) - 1 : entry.bodyLine,
          column: match ? Number(match[2]) : 1,
          message: `the MDX body cannot be compiled: ${match?.[3] ?? message}`,
          hint: 'MDX is JSX: close every tag (<br />), write a literal { or < as \\{ or &lt;, or rename the file to .md if it needs no components',
        }),
      ];
    }
  });
}

/**
 * A problem for an MDX release that compiled but failed as it rendered (an
 * expression naming something the file never defines): the file, and the
 * line that names it when the error says what was missing.
 */
export function mdxRenderProblem(file: string, source: string | undefined, cause: unknown): Problem {
  const message = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  const missing = /^(\S+) is not defined$/.exec(cause instanceof Error ? cause.message : '')?.[1];
  const lines = source?.split('\n') ?? [];
  const index = missing === undefined ? -1 : lines.findIndex((line) => new RegExp(`\\b${missing.replace(/[$]/g, '\\$')}\\b`).test(line));
  return error({
    code: 'mdx-render',
    file,
    ...(index >= 0 ? { line: index + 1, column: lines[index]!.indexOf(missing!) + 1 } : {}),
    message: `the MDX body fails when it renders: ${message}`,
    hint:
      missing !== undefined
        ? `\`${missing}\` is used in { } but never imported or exported in the file: fix its spelling, import it, or write a literal { as \\{`
        : 'MDX runs its expressions and components when the page renders: check the ones in this file, or rename it to .md if it needs none',
  });
}
