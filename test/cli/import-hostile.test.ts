import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempContent } from '../helpers/content.ts';
import { runScript } from '../helpers/run.ts';

const runImport = (content: string, args: string[]) => runScript('bin/roadlog.mjs', ['import', ...args, '--content', content]);

function issue(number: unknown, title: string, body = '') {
  return {
    number,
    title,
    body,
    url: `https://github.com/o/r/issues/${typeof number === 'number' ? number : 9}`,
    createdAt: '2026-03-01T10:00:00Z',
    labels: [],
    reactionGroups: [],
    state: 'OPEN',
  };
}

describe('npm run import -- github, with an export that is hostile or careless', () => {
  const outside = mkdtempSync(join(tmpdir(), 'roadlog-import-outside-'));
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  it('never writes outside the collection folder and makes only valid ids', () => {
    const content = tempContent('import', 'gh-hostile-ids');
    const target = join(outside, 'x');
    const exportFile = join(outside, 'issues.json');
    writeFileSync(
      exportFile,
      JSON.stringify([
        { ...issue(`1/../../../../../../..${target}`, '同步'), url: 'https://github.com/o/r/issues/31' },
        { ...issue(1.5, '导出'), url: 'https://github.com/o/r/issues/32' },
        { ...issue(null, '地图'), url: 'https://github.com/o/r/issues/33' },
      ]),
    );
    const before = readdirSync(join(content, 'feedback')).sort();
    const result = runImport(content, ['github', exportFile]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('0 created');
    expect(result.stdout).toMatch(/skipped .*is not a whole number/);
    expect(existsSync(`${target}.md`)).toBe(false);
    expect(readdirSync(join(content, 'feedback')).sort()).toEqual(before);
  });

  it('writes bodies that pass validation, and says what it changed', () => {
    const content = tempContent('import', 'gh-hostile-bodies');
    const exportFile = join(outside, 'bodies.json');
    writeFileSync(
      exportFile,
      JSON.stringify([
        issue(41, 'Wiki links', 'See [[wiki:Home]] and [[feedback:missing]], not `[[code:x]]`.'),
        issue(42, 'A screenshot', 'Here: ![s](screenshot.png) and ![remote](https://x.example/a.png)'),
        issue(43, 'A huge log', `Log:\n${'line of a log\n'.repeat(90_000)}`),
      ]),
    );
    const result = runImport(content, ['github', exportFile]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('3 created');
    expect(result.stdout).toMatch(/wiki-links\.md .*2 \[\[…\]\] references kept as code/);
    expect(result.stdout).toMatch(
      /a-screenshot\.md .*1 image of files beside the original now point at https:\/\/github\.com\/o\/r\/issues\/42/,
    );
    expect(result.stdout).toMatch(/a-huge-log\.md .*body cut at the 1 MiB limit/);
    expect(readFileSync(join(content, 'feedback/wiki-links.md'), 'utf8')).toContain(
      'See `[[wiki:Home]]` and `[[feedback:missing]]`, not `[[code:x]]`.',
    );
    expect(readFileSync(join(content, 'feedback/a-screenshot.md'), 'utf8')).toContain('![s](https://github.com/o/r/issues/screenshot.png)');
    const check = runScript('bin/roadlog.mjs', ['validate', '--content', content]);
    expect(check.stdout).toContain('No problems found.');
  });

  it('remembers a request a maintainer renamed to a draft, instead of creating it again', () => {
    const content = tempContent('import', 'gh-drafts');
    const exportFile = join(outside, 'draft.json');
    writeFileSync(exportFile, JSON.stringify([issue(51, 'Parked idea')]));
    expect(runImport(content, ['github', exportFile]).stdout).toContain('1 created');
    const file = join(content, 'feedback/parked-idea.md');
    writeFileSync(join(content, 'feedback/_parked-idea.md'), readFileSync(file));
    rmSync(file);
    const again = runImport(content, ['github', exportFile]);
    expect(again.stdout).toContain('skipped    #51 "Parked idea": kept as a draft in');
    expect(again.stdout).toContain('0 created');
    expect(existsSync(file)).toBe(false);
  });
});
