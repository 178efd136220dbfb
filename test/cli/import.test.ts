import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, tempContent } from '../helpers/content.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { runScript } from '../helpers/run.ts';

const GITHUB = join(FIXTURES, 'import/github-issues.json');
const CANNY = join(FIXTURES, 'import/canny-posts.csv');
const CHANGELOG = join(FIXTURES, 'import/CHANGELOG.md');

const runImport = (content: string, args: string[]) => runScript('bin/roadlog.mjs', ['import', ...args, '--content', content]);
const read = (content: string, path: string) => readFileSync(join(content, path), 'utf8');
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });

/** The content folder in a git repository of its own, committed, to ask git what a command changed. */
function committed(content: string): string {
  const repo = dirname(content);
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'import');
  return repo;
}

describe('npm run import -- github', () => {
  it('creates requests from a gh export: votes from thumbs-up, areas from labels, the issue URL as source', () => {
    const content = tempContent('import', 'gh');
    const result = runImport(content, ['github', GITHUB]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('GitHub import: 10 created, 1 updated, 0 unchanged, 2 skipped.');
    expect(result.stdout).toContain('skipped    #208 "Crash when a form has 200 questions": it is closed on GitHub');

    expect(read(content, 'feedback/offline-basemaps-for-the-whole-county.md')).toBe(
      '---\ntitle: Offline basemaps for the whole county\nsubmitted: 2025-09-30\nvotes: 52\nareas: [maps, offline-sync]\n' +
        'source: https://github.com/fieldnote/app/issues/201\n---\n' +
        'We survey in valleys with no signal: download the basemap tiles for a whole county before we leave.\n\n- zoom 12–17\n- satellite and topo\n',
    );
    // A label equal to an area's id, to its label, or mapped in site.yaml; CRLF bodies become LF.
    expect(read(content, 'feedback/export-photos-with-the-record-id-in-the-file-name.md')).toContain('areas: [exports]\n');
    expect(read(content, 'feedback/export-photos-with-the-record-id-in-the-file-name.md')).not.toContain('\r');
    expect(read(content, 'feedback/show-gps-accuracy-next-to-every-point.md')).toContain('votes: 18\nareas: [maps]\n');
    // Duplicate titles get their own ids; a title slugify cannot spell falls back to the issue number.
    expect(read(content, 'feedback/dark-mode.md')).toContain('source: https://github.com/fieldnote/app/issues/229');
    expect(read(content, 'feedback/dark-mode-2.md')).toContain('source: https://github.com/fieldnote/app/issues/227');
    expect(read(content, 'feedback/issue-219.md')).toContain('title: Синхронизация по Wi-Fi\n');
    expect(read(content, 'feedback/exportacion-a-excel-con-formulas.md')).toContain('title: Exportación a Excel con fórmulas');
    // An issue with no reactions at all (gh leaves the list empty) has 0 votes.
    expect(read(content, 'feedback/arcgis-online-feature-layer-sync.md')).toContain('votes: 0\n');

    const check = runScript('bin/roadlog.mjs', ['validate', '--content', content]);
    expect(check.stdout).toContain('No problems found.');
  });

  it('updates only the votes value of a request imported before, keeping every other byte (BOM, CRLF, comments)', () => {
    const content = tempContent('import', 'gh-keep');
    const before = read(content, 'feedback/selective-sync.md');
    expect(before.startsWith('\uFEFF---\r\n')).toBe(true);
    const result = runImport(content, ['github', GITHUB]);
    expect(result.stdout).toMatch(/updated {4}.*feedback\/selective-sync\.md {2}votes 12 → 15 {2}\(#212\)/);
    expect(read(content, 'feedback/selective-sync.md')).toBe(before.replace('votes: 12\r\n', 'votes: 15\r\n'));
  });

  it('changes nothing on a second run with the same export: all unchanged, no file written, git status clean', () => {
    const content = tempContent('import', 'gh-twice');
    runImport(content, ['github', GITHUB]);
    const repo = committed(content);
    const before = snapshot(content);
    const second = runImport(content, ['github', GITHUB]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('GitHub import: 0 created, 0 updated, 11 unchanged, 2 skipped.');
    expect(second.stdout).not.toMatch(/^(created|updated)/m);
    expect(snapshot(content)).toEqual(before);
    expect(git(repo, 'status', '--porcelain', '--', 'content')).toBe('');
  });

  it('with newer data updates the votes and keeps what a maintainer edited by hand', () => {
    const content = tempContent('import', 'gh-newer');
    runImport(content, ['github', GITHUB]);
    const file = 'feedback/export-photos-with-the-record-id-in-the-file-name.md';
    const edited = read(content, file)
      .replace('title: Export photos with the record ID in the file name', 'title: Name exported photos after their record # PM wording')
      .replace('areas: [exports]', 'areas: [exports, forms]\nroadmap: selective-sync');
    writeFileSync(join(content, file), edited);
    const repo = committed(content);

    const issues = JSON.parse(readFileSync(GITHUB, 'utf8'));
    const photos = issues.find((issue: { number: number }) => issue.number === 231);
    photos.reactionGroups[0].users.totalCount = 30;
    photos.title = 'Photo names (renamed on GitHub)';
    photos.body = 'Rewritten on GitHub.';
    photos.labels = [];
    const newer = join(dirname(content), 'issues-newer.json');
    writeFileSync(newer, JSON.stringify(issues));

    const result = runImport(content, ['github', newer]);
    expect(result.stdout).toContain('GitHub import: 0 created, 1 updated, 10 unchanged, 2 skipped.');
    expect(read(content, file)).toBe(edited.replace('votes: 27', 'votes: 30'));
    expect(git(repo, 'status', '--porcelain', '--', 'content').trim()).toBe(`M content/${file}`);
  });

  it('writes nothing with --dry-run', () => {
    const content = tempContent('import', 'gh-dry');
    const before = snapshot(content);
    const result = runImport(content, ['github', GITHUB, '--dry-run']);
    expect(result.stdout).toContain('10 created, 1 updated, 0 unchanged, 2 skipped. (dry run: nothing was written)');
    expect(snapshot(content)).toEqual(before);
  });

  it('refuses to import while a request file cannot be read, so nothing is imported twice', () => {
    const content = tempContent('import', 'gh-broken');
    writeFileSync(join(content, 'feedback/broken.md'), '---\ntitle: [oops\n---\n');
    const before = snapshot(content);
    const result = runImport(content, ['github', GITHUB]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/feedback\/broken\.md:2:\d+ {2}error/);
    expect(result.stderr).toContain('Nothing was imported');
    expect(snapshot(content)).toEqual(before);
  });

  it('explains a file that is not a gh export, without a stack trace', () => {
    const content = tempContent('import', 'gh-bad');
    const notJson = join(dirname(content), 'issues.json');
    writeFileSync(notJson, 'number,title\n1,x\n');
    const result = runImport(content, ['github', notJson]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the file is not JSON');
    expect(result.stderr).toContain(
      'gh issue list --state all --limit 1000 --json number,title,body,url,createdAt,labels,reactionGroups,state',
    );
    writeFileSync(notJson, '[{"number":1,"title":"x","url":"https://github.com/a/b/issues/1"}]');
    expect(runImport(content, ['github', notJson]).stderr).toContain(
      'the export has no "body", "createdAt", "labels", "reactionGroups", "state"',
    );
    const usage = runImport(content, ['jira', notJson]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('unknown source "jira"');
    expect(usage.stderr + result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

describe('npm run import -- canny', () => {
  it('imports Canny’s post CSV (quoted commas, quotes and line breaks), skips finished posts, and is idempotent', () => {
    const content = tempContent('import', 'canny');
    const first = runImport(content, ['canny', CANNY]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Canny import: 5 created, 0 updated, 0 unchanged, 3 skipped.');
    expect(first.stdout).toContain('skipped    row 6 "Offline maps": it is complete in Canny');
    expect(first.stdout).toContain('skipped    row 8: it has no title');
    expect(read(content, 'feedback/repeat-groups-like-add-another-tree.md')).toBe(
      '---\ntitle: "Repeat groups, like \\"add another tree\\""\nsubmitted: 2025-12-02\nvotes: 34\nareas: [forms]\nstatus: under-review\n' +
        'source: https://fieldnote.canny.io/feature-requests/p/repeat-groups\n---\n' +
        'Each plot has 1 to 40 trees. Today we make 40 optional questions, which is, frankly, awful.\n',
    );
    const geopackage = read(content, 'feedback/export-to-geopackage.md');
    expect(geopackage).toContain('submitted: 2026-01-14\nvotes: 58\nareas: [exports]\n');
    expect(geopackage).toContain('not Shapefile.\nShapefile truncates');
    // US dates and thousands separators, as spreadsheets write them.
    expect(read(content, 'feedback/sync-over-wi-fi-only.md')).toContain('submitted: 2025-11-20\n');
    expect(read(content, 'feedback/measure-area-in-hectares.md')).toContain('votes: 1204\nareas: [maps]\n');
    // Authors' e-mail addresses never reach a public file.
    for (const [, file] of snapshot(content)) expect(file.bytes).not.toMatch(/@[a-z]+\.example/);
    expect(runScript('bin/roadlog.mjs', ['validate', '--content', content]).code).toBe(0);

    const before = snapshot(content);
    const second = runImport(content, ['canny', CANNY]);
    expect(second.stdout).toContain('Canny import: 0 created, 0 updated, 5 unchanged, 3 skipped.');
    expect(snapshot(content)).toEqual(before);
  });
});

describe('npm run import -- changelog', () => {
  it('turns each released version into a release, with change types from its sections, once', () => {
    const content = tempContent('import', 'changelog');
    const first = runImport(content, ['changelog', CHANGELOG]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Changelog import: 3 created, 0 updated, 1 unchanged, 2 skipped.');
    expect(first.stdout).toContain('skipped    [Unreleased]: it is not released yet');
    expect(first.stdout).toContain('skipped    [1.2.0] - 2025-12-15 [YANKED]: it was yanked');
    expect(read(content, 'changelog/v1-2-1.md')).toBe(
      '---\ntitle: Version 1.2.1\ndate: 2026-01-09\nversion: "1.2.1"\nchanges: [fixed, security]\n---\n' +
        '## Security\n\n- Sign-in links expire after 15 minutes.\n\n## Fixed\n\n- GPS accuracy was rounded to whole metres in CSV exports.\n',
    );
    const v13 = read(content, 'changelog/v1-3-0.md');
    expect(v13).toContain('changes: [new, improved, fixed]\n');
    expect(v13).toContain('[#231]: https://github.com/fieldnote/app/issues/231');
    expect(v13).not.toContain('compare/v1.2.1');
    expect(read(content, 'changelog/v1-0-0.md')).toContain('```http\n## this line is inside a code block, not a release\n');
    // 1.1.0 already has a hand-written entry (found by its version): left alone.
    expect(read(content, 'changelog/v1-1-0.md')).toContain('Hand-written notes for 1.1.0.');
    expect(runScript('bin/roadlog.mjs', ['validate', '--content', content]).code).toBe(0);

    const before = snapshot(content);
    const second = runImport(content, ['changelog', CHANGELOG]);
    expect(second.stdout).toContain('Changelog import: 0 created, 0 updated, 4 unchanged, 2 skipped.');
    expect(snapshot(content)).toEqual(before);
  });
});
