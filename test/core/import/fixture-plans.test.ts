import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAreaMapper } from '../../../src/core/import/areas.ts';
import { parseCannyCsv } from '../../../src/core/import/canny.ts';
import { readCollectionFiles } from '../../../src/core/import/existing.ts';
import { GH_COMMAND, parseGithubIssues } from '../../../src/core/import/github.ts';
import { parseKeepAChangelog, planChangelogImport } from '../../../src/core/import/keep-a-changelog.ts';
import { planFeedbackImport } from '../../../src/core/import/plan-feedback.ts';
import { loadSiteConfig } from '../../../src/core/load/site-config.ts';
import { FIXTURES } from '../../helpers/paths.ts';

/**
 * The `import` fixture's three exports planned against its content folder, pinned whole: what each record becomes
 * (created with which file, updated with which change, left, or skipped and why). Its content already holds one
 * imported request, one with votes to refresh, and one release.
 */
const folder = join(FIXTURES, 'import');
const content = join(folder, 'content');
const exportText = (name: string) => readFileSync(join(folder, name), 'utf8');
const context = () => ({
  existing: readCollectionFiles('feedback', content, 'content').files,
  display: 'content',
  mapArea: createAreaMapper(loadSiteConfig(content, 'content').config!),
});

describe('the import fixture', () => {
  it('GitHub issues', () => {
    const parsed = parseGithubIssues(exportText('github-issues.json'));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(planFeedbackImport(parsed.records, context())).toMatchSnapshot();
  });

  it('a Canny export', () => {
    const parsed = parseCannyCsv(exportText('canny-posts.csv'));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(planFeedbackImport(parsed.records, context())).toMatchSnapshot();
  });

  it('a Keep a Changelog file', () => {
    const records = parseKeepAChangelog(exportText('CHANGELOG.md'));
    expect(records).toMatchSnapshot();
    expect(planChangelogImport(records, readCollectionFiles('changelog', content, 'content').files, 'content')).toMatchSnapshot();
  });
});

describe('a GitHub export that is not one', () => {
  it('says how to make one', () => {
    expect(parseGithubIssues('{')).toEqual({
      ok: false,
      message: expect.stringMatching(
        new RegExp(`^the file is not JSON \\(.+\\); create it with:\\n  ${GH_COMMAND.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
      ),
    });
    expect(parseGithubIssues('{"number": 1}')).toEqual({
      ok: false,
      message: `expected a JSON list of issues, as written by:\n  ${GH_COMMAND}`,
    });
    expect(parseGithubIssues('[{"number": 1, "title": "x"}, null]')).toEqual({
      ok: false,
      message: `the export has no "number", "title", "body", "url", "createdAt", "labels", "reactionGroups", "state"; create it with:\n  ${GH_COMMAND}`,
    });
    expect(parseGithubIssues('\uFEFF[]')).toEqual({ ok: true, records: [] });
    expect(GH_COMMAND).toBe(
      'gh issue list --state all --limit 1000 --json number,title,body,url,createdAt,labels,reactionGroups,state > issues.json',
    );
  });
});

describe('a GitHub issue', () => {
  const issue = (overrides: Record<string, unknown>) =>
    JSON.stringify([
      {
        number: 7,
        title: 'Export to CSV',
        body: 'Line one\r\nLine two\r\n',
        url: 'https://github.com/acme/app/issues/7',
        createdAt: '2026-03-04T23:30:00Z',
        labels: [{ name: 'exports' }, { name: 7 }, null],
        reactionGroups: [
          { content: 'HEART', users: { totalCount: 9 } },
          { content: 'THUMBS_UP', users: { totalCount: 4 } },
        ],
        state: 'OPEN',
        ...overrides,
      },
    ]);
  const record = (overrides: Record<string, unknown> = {}) => {
    const parsed = parseGithubIssues(issue(overrides));
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.records[0];
  };

  it('becomes a request with its thumbs-up as votes, its labels, its body with LF line endings, and its day', () => {
    expect(record()).toEqual({
      ok: true,
      request: {
        source: 'https://github.com/acme/app/issues/7',
        ref: '#7',
        title: 'Export to CSV',
        submitted: '2026-03-04',
        votes: 4,
        labels: ['exports'],
        body: 'Line one\nLine two',
        fallbackId: 'issue-7',
        skipNew: undefined,
      },
    });
  });

  it('reads what is missing or odd as nothing, and a closed issue as one not to create', () => {
    expect(record({ body: null, labels: null, reactionGroups: null, state: 'closed' })).toMatchObject({
      ok: true,
      request: { body: '', labels: [], votes: 0, skipNew: 'it is closed on GitHub' },
    });
    expect(record({ state: 7 })).toMatchObject({ ok: true, request: { skipNew: undefined } });
    expect(record({ state: 'open' })).toMatchObject({ ok: true, request: { skipNew: undefined } });
    for (const count of [-1, 1.5, '3', undefined]) {
      expect(record({ reactionGroups: [{ content: 'THUMBS_UP', users: { totalCount: count } }] })).toMatchObject({
        request: { votes: 0 },
      });
    }
    expect(record({ reactionGroups: [null, { content: 'THUMBS_UP' }] })).toMatchObject({ request: { votes: 0 } });
    expect(record({ reactionGroups: [{ content: 'THUMBS_UP', users: { totalCount: 0 } }] })).toMatchObject({ request: { votes: 0 } });
  });

  it('is skipped, with the reason, when it cannot be a request', () => {
    expect(record({ url: 'ftp://example.com/7' })).toEqual({
      ok: false,
      ref: '#7',
      title: 'Export to CSV',
      reason: 'it has no http(s) url',
    });
    expect(record({ url: 7 })).toEqual({ ok: false, ref: '#7', title: 'Export to CSV', reason: 'it has no http(s) url' });
    expect(record({ url: 'https://github.com/acme/app/pull/7' })).toEqual({
      ok: false,
      ref: '#7',
      title: 'Export to CSV',
      reason: 'it is a pull request, not an issue',
    });
    expect(record({ title: '  ' })).toEqual({ ok: false, ref: '#7', reason: 'it has no title' });
    expect(record({ title: 5 })).toEqual({ ok: false, ref: '#7', reason: 'it has no title' });
    expect(record({ number: 0 })).toEqual({ ok: false, ref: '#0', title: 'Export to CSV', reason: 'its number 0 is not a whole number' });
    expect(record({ number: 1.5 })).toEqual({
      ok: false,
      ref: '#1.5',
      title: 'Export to CSV',
      reason: 'its number 1.5 is not a whole number',
    });
    expect(record({ number: '7' })).toEqual({
      ok: false,
      ref: 'an issue without a number',
      title: 'Export to CSV',
      reason: 'its number "7" is not a whole number',
    });
    expect(record({ createdAt: '2026-03-04' })).toEqual({
      ok: false,
      ref: '#7',
      title: 'Export to CSV',
      reason: 'createdAt "2026-03-04" is not a date',
    });
    expect(record({ createdAt: 5 })).toMatchObject({ ok: false, reason: 'createdAt 5 is not a date' });
    expect(record({ createdAt: '2026-02-30T10:00:00Z' })).toMatchObject({
      ok: false,
      reason: 'createdAt "2026-02-30T10:00:00Z" is not a date',
    });
  });
});
