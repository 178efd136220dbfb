import { describe, expect, it } from 'vitest';
import type { ChangelogEntry } from '../../src/core/collections.ts';
import { checkMdxSyntax, mdxRenderProblem } from '../../src/core/validate/mdx-syntax.ts';

const release = (body: string, path = '/site/content/changelog/r.mdx'): ChangelogEntry => ({
  kind: 'changelog',
  id: 'r',
  data: { title: 'R', date: '2026-01-01', changes: [], ships: [], closes: [], areas: [], visibility: 'public' },
  file: 'content/changelog/r.mdx',
  path,
  body,
  bodyLine: 5,
});

describe('MDX releases', () => {
  it('are checked as MDX: a tag left open is an error at its line in the file', () => {
    const [problem] = checkMdxSyntax([release('Text\n\n<div>\nnever closed\n')]);
    expect(problem).toMatchObject({ code: 'mdx-syntax', file: 'content/changelog/r.mdx', line: 7, column: 1 });
    expect(problem?.message).toBe('the MDX body cannot be compiled: Expected a closing tag for `<div>`');
    expect(checkMdxSyntax([release('Fine <b>text</b> and {1 + 1}.\n')])).toEqual([]);
    // Markdown releases are not MDX: the same text is fine there.
    expect(checkMdxSyntax([release('Text\n\n<div>\n', '/site/content/changelog/r.md')])).toEqual([]);
  });

  it('that fail as they render name the file, the line of what is missing, and what to do', () => {
    const source = '---\ntitle: R\n---\nIntro.\nSome {missingThing.value}\n';
    const problem = mdxRenderProblem('content/changelog/r.mdx', source, new ReferenceError('missingThing is not defined'));
    expect(problem).toMatchObject({ code: 'mdx-render', line: 5, column: 7 });
    expect(problem.message).toBe('the MDX body fails when it renders: ReferenceError: missingThing is not defined');
    expect(problem.hint).toContain('`missingThing` is used in { } but never imported');
    expect(mdxRenderProblem('content/changelog/r.mdx', source, new TypeError('x.map is not a function'))).not.toHaveProperty('line');
  });
});
