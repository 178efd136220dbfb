import { describe, expect, it } from 'vitest';
import { createAreaMapper } from '../../../src/core/import/areas.ts';
import { parseCannyCsv } from '../../../src/core/import/canny.ts';
import { parseDay } from '../../../src/core/import/dates.ts';
import { setFrontmatterScalar } from '../../../src/core/import/edit-frontmatter.ts';
import { parseGithubIssues } from '../../../src/core/import/github.ts';
import { parseKeepAChangelog } from '../../../src/core/import/keep-a-changelog.ts';
import { planFeedbackImport } from '../../../src/core/import/plan-feedback.ts';
import type { ImportRecord } from '../../../src/core/import/types.ts';
import { parseSiteConfig } from '../../../src/core/load/site-config.ts';
import { idFromTitle } from '../../../src/core/scaffold/project-index.ts';
import { siteConfig } from '../../helpers/corpus.ts';

describe('editing one frontmatter value', () => {
  it('replaces the value only, keeping comments, quoting elsewhere, CRLF and a byte-order mark', () => {
    const raw = '\uFEFF---\r\ntitle: "A: b"  # kept\r\nvotes: 3   # from GitHub\r\n---\r\nBody: votes: 3\r\n';
    const edit = setFrontmatterScalar(raw, 'votes', '12');
    expect(edit).toEqual({ ok: true, previous: 3, text: raw.replace('votes: 3 ', 'votes: 12 ') });
  });

  it('adds a missing field as the last line, in the file’s line endings', () => {
    expect(setFrontmatterScalar('---\r\ntitle: A\r\n---\r\n', 'votes', '4')).toMatchObject({
      text: '---\r\ntitle: A\r\nvotes: 4\r\n---\r\n',
    });
    expect(setFrontmatterScalar('---\n---\nBody\n', 'votes', '4')).toMatchObject({ text: '---\nvotes: 4\n---\nBody\n' });
  });

  it('refuses what it cannot edit safely', () => {
    expect(setFrontmatterScalar('---\nvotes: [1]\n---\n', 'votes', '4')).toMatchObject({ ok: false });
    expect(setFrontmatterScalar('---\nvotes: 1\nvotes: 2\n---\n', 'votes', '4')).toMatchObject({
      ok: false,
      reason: '`votes` appears twice',
    });
    expect(setFrontmatterScalar('no frontmatter', 'votes', '4')).toMatchObject({ ok: false });
    expect(setFrontmatterScalar('---\nvotes: 1\n', 'votes', '4')).toMatchObject({ ok: false });
  });
});

describe('the GitHub export', () => {
  const issue = {
    number: 7,
    title: 'Add webhooks',
    body: 'Body',
    url: 'https://github.com/a/b/issues/7',
    createdAt: '2026-01-31T23:59:59Z',
    labels: [{ id: 'L1', name: 'Integrations', description: '', color: 'fff' }],
    reactionGroups: [
      { content: 'HEART', users: { totalCount: 9 } },
      { content: 'THUMBS_UP', users: { totalCount: 4 } },
    ],
    state: 'OPEN',
  };

  it('reads votes from thumbs-up reactions only, and the day in UTC', () => {
    const parsed = parseGithubIssues(JSON.stringify([issue]));
    expect(parsed).toMatchObject({
      ok: true,
      records: [{ ok: true, request: { votes: 4, submitted: '2026-01-31', labels: ['Integrations'], ref: '#7' } }],
    });
  });

  it('skips an issue whose creation day does not exist, rather than moving it to another month', () => {
    const parsed = parseGithubIssues(JSON.stringify([{ ...issue, createdAt: '2026-02-30T10:00:00Z' }]));
    expect(parsed.ok && parsed.records[0]).toMatchObject({ ok: false, reason: 'createdAt "2026-02-30T10:00:00Z" is not a date' });
  });

  it('skips pull requests, and closed issues unless they were imported before', () => {
    const parsed = parseGithubIssues(
      JSON.stringify([
        { ...issue, url: 'https://github.com/a/b/pull/8' },
        { ...issue, state: 'CLOSED' },
      ]),
    );
    expect(parsed.ok && parsed.records[0]).toMatchObject({ ok: false, reason: 'it is a pull request, not an issue' });
    expect(parsed.ok && parsed.records[1]).toMatchObject({ ok: true, request: { skipNew: 'it is closed on GitHub' } });
  });
});

describe('the Canny export', () => {
  it('matches columns by name whatever their order, case or spacing', () => {
    const csv = 'Post URL,Vote Count,post title,CREATED\r\nhttps://x.canny.io/p/a,"2,001","Quoted, with comma",3/4/2026\r\n';
    const parsed = parseCannyCsv(csv);
    expect(parsed).toMatchObject({
      ok: true,
      records: [{ ok: true, request: { title: 'Quoted, with comma', votes: 2001, submitted: '2026-03-04' } }],
    });
  });

  it('names the columns it found when a required one is missing', () => {
    expect(parseCannyCsv('Title,Votes\nA,1\n')).toEqual({
      ok: false,
      message: 'the CSV has no url column (its columns: Title, Votes); export posts from Canny with their URL',
    });
    expect(parseCannyCsv('Title,URL\n"unclosed,x\n')).toMatchObject({ ok: false });
  });

  it('reads days from ISO timestamps and US dates, and refuses impossible ones', () => {
    expect(parseDay('2026-01-14 09:12:33')).toBe('2026-01-14');
    expect(parseDay('2026-01-14T23:30:00-05:00')).toBe('2026-01-15');
    expect(parseDay('12/31/2025')).toBe('2025-12-31');
    expect(parseDay('2026-02-30')).toBeUndefined();
    expect(parseDay('yesterday')).toBeUndefined();
  });
});

describe('a Keep a Changelog file', () => {
  it('maps section headings to change types and skips what is not a dated release', () => {
    const records = parseKeepAChangelog(
      '# Changelog\n\n## [Unreleased]\n\n### Added\n\n- x\n\n## 2.0.0 – 2026-03-01\n\n### Removed\n\n- old\n\n### Notes\n\n- kept\n\n## [1.9.0]\n\n- no date\n',
    );
    expect(records).toEqual([
      { ok: false, ref: '[Unreleased]', reason: 'it is not released yet' },
      {
        ok: true,
        release: {
          ref: '2.0.0 – 2026-03-01',
          version: '2.0.0',
          date: '2026-03-01',
          changes: ['removed'],
          // Headings say what the site's badges say ("Added" is "New"); headings of their own stay.
          body: '## Removed\n\n- old\n\n## Notes\n\n- kept',
        },
      },
      { ok: false, ref: '[1.9.0]', reason: 'it has no release date' },
    ]);
  });
});

describe('Keep a Changelog headings', () => {
  it('become the names the site gives each kind of change, as its badges show them', () => {
    const [record] = parseKeepAChangelog(
      '## [3.0.0] - 2026-04-01\n\n### Added\n\n- a\n\n### changed ###\n\n- b\n\n### Fixed\n\n- c\n\n```\n### Added\n```\n',
    );
    expect(record).toMatchObject({
      ok: true,
      release: {
        changes: ['new', 'improved', 'fixed'],
        body: '## New\n\n- a\n\n## Improved\n\n- b\n\n## Fixed\n\n- c\n\n```\n### Added\n```',
      },
    });
  });
});

describe('areas from labels', () => {
  it('uses the site’s mapping first, then an area’s id or label, letter case ignored', () => {
    const map = createAreaMapper(siteConfig({ import: { labels: { 'Area/Export': 'editor' } } }));
    expect(map('area/export')).toBe('editor');
    expect(map('EXPORTS')).toBe('exports');
    expect(map('Editor')).toBe('editor');
    expect(map('bug')).toBeUndefined();
  });

  it('are checked in site.yaml: a mapping to an undeclared area is an error on its line, with did-you-mean', () => {
    const text =
      'title: T\ndescription: D\nurl: https://x.example\nintake:\n  - label: L\n    url: https://x.example/new\nareas:\n  - id: exports\n    label: Exports\nimport:\n  labels:\n    "type: export": exprots\n';
    const result = parseSiteConfig(text, 'content/site.yaml');
    expect(result.problems).toMatchObject([
      { code: 'unknown-area', line: 12, column: 21, message: expect.stringContaining('did you mean "exports"?') },
    ]);
  });
});

describe('planning an import', () => {
  const request = (n: number, title: string, source = `https://github.com/a/b/issues/${n}`): ImportRecord => ({
    ok: true,
    request: { source, ref: `#${n}`, title, submitted: '2026-01-01', votes: n, labels: [], body: '', fallbackId: `issue-${n}` },
  });
  const context = { display: 'content', mapArea: () => undefined };

  it('never creates an id that collides, letter case ignored, and skips a source listed twice', () => {
    const existing = [{ id: 'Dark-Mode', file: 'content/feedback/Dark-Mode.md', path: '', raw: '', data: {} }];
    const actions = planFeedbackImport(
      [request(1, 'Dark mode'), request(2, 'Dark mode'), request(3, 'Again', 'https://GITHUB.com/a/b/issues/1/')],
      { ...context, existing },
    );
    expect(actions.map((action) => (action.type === 'create' ? action.id : action.type))).toEqual([
      'dark-mode-2',
      'dark-mode-3',
      'skipped',
    ]);
  });

  it('shortens titles over 140 characters at a word', () => {
    const actions = planFeedbackImport([request(1, `${'word '.repeat(40)}end`)], { ...context, existing: [] });
    expect(actions[0]).toMatchObject({ type: 'create', title: expect.stringMatching(/^(word ){26}word…$/) });
  });

  it('names an entry after its number when the title is in a script ids cannot spell', () => {
    expect(idFromTitle('日本語のフォーム', 'issue-9')).toBe('issue-9');
    expect(idFromTitle('Синхронизация по Wi-Fi', 'issue-9')).toBe('issue-9');
    expect(idFromTitle('Crème brûlée', 'issue-9')).toBe('creme-brulee');
  });
});
