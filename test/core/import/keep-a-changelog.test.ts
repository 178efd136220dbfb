import { describe, expect, it } from 'vitest';
import type { ExistingFile } from '../../../src/core/import/existing.ts';
import { parseKeepAChangelog, planChangelogImport, type ReleaseRecord } from '../../../src/core/import/keep-a-changelog.ts';

const CHANGELOG = [
  '\uFEFF# Changelog',
  'Intro text that belongs to no release.',
  '',
  '## [Unreleased]',
  '- Soon',
  '',
  '## [2.0.0] - 2026-03-01',
  '### Added',
  '- Shapefile [export][exp] #',
  '',
  '```md',
  '## [9.9.9] - 2026-01-01',
  '### Fixed',
  '[fake]: https://example.com/fake',
  '```',
  '',
  '#### Notes',
  'See [Export] and [unused].',
  '### FIXED ###',
  '- A crash',
  '### Added',
  '- More',
  '### Security',
  '- CVE',
  '',
  '## v1.1 – 2026-02-01',
  '### Changed',
  '~~~~',
  '### Removed',
  '~~~',
  'still code',
  '~~~~',
  '### Other',
  '- Misc',
  '',
  '## 1.0.5 - 2026-01-15 [YANKED]',
  '## [1.0.0]',
  '## [0.9.0] - 2026-02-30',
  '## [0.8.0] - 15/01/2026',
  '## Not a version heading at all',
  '   [exp]: https://example.com/export',
  '[Export]: https://example.com/Export',
  '[unused]: https://example.com/unused',
  '## [0.1.0] - 2026-01-01',
  '- First',
].join('\r\n');

describe('a Keep a Changelog file', () => {
  it('splits into releases, their sections renamed and one level up, with the link definitions they use', () => {
    expect(parseKeepAChangelog(CHANGELOG)).toMatchSnapshot();
  });

  it('skips what is not a dated release, saying why', () => {
    const records = parseKeepAChangelog(CHANGELOG).filter((record) => !record.ok);
    expect(records).toEqual([
      { ok: false, ref: '[Unreleased]', reason: 'it is not released yet' },
      { ok: false, ref: '1.0.5 - 2026-01-15 [YANKED]', reason: 'it was yanked' },
      { ok: false, ref: '[1.0.0]', reason: 'it has no release date' },
      { ok: false, ref: '[0.9.0] - 2026-02-30', reason: 'its date "2026-02-30" is not a day written as YYYY-MM-DD' },
      { ok: false, ref: '[0.8.0] - 15/01/2026', reason: 'its date "15/01/2026" is not a day written as YYYY-MM-DD' },
      { ok: false, ref: 'Not a version heading at all', reason: 'the heading is not "## [version] - YYYY-MM-DD"' },
    ]);
  });
});

describe('planning a changelog import', () => {
  const release = (version: string, overrides: Partial<{ ref: string; body: string; date: string }> = {}): ReleaseRecord => ({
    ok: true,
    release: { ref: `[${version}]`, version, date: '2026-03-01', body: '- Something', changes: ['new'], ...overrides },
  });
  const file = (id: string, data: Record<string, unknown>, draft?: boolean): ExistingFile => ({
    id,
    file: `content/changelog/${id}.md`,
    path: `/x/${id}.md`,
    raw: '',
    data,
    ...(draft ? { draft } : {}),
  });

  it('creates the releases no entry has, finds the others by version or id, and skips a version listed twice', () => {
    const actions = planChangelogImport(
      [
        release('2.0.0'),
        release('v1.5'),
        release('1.4', { ref: 'numeric' }),
        release('1.3'),
        release('V2.0.0', { ref: 'again' }),
        { ok: false, ref: '[Unreleased]', reason: 'it is not released yet' },
        release('3.0'),
        release('0.1'),
      ],
      [
        file('spring', { version: ' V1.5 ' }),
        file('numbers', { version: 1.4 }),
        file('v1-3', {}),
        file('_v3-0', {}, true),
        file('v0-1', {}, true),
        file('odd', { version: ['1.9'] }),
      ],
      'content',
    );
    expect(
      actions.map((action) => [
        action.type,
        action.ref,
        action.type === 'create' ? action.id : action.type === 'skipped' ? action.reason : action.file,
      ]),
    ).toEqual([
      ['create', '[2.0.0]', 'v2-0-0'],
      ['unchanged', '[v1.5]', 'content/changelog/spring.md'],
      ['unchanged', 'numeric', 'content/changelog/numbers.md'],
      ['unchanged', '[1.3]', 'content/changelog/v1-3.md'],
      ['skipped', 'again', 'version V2.0.0 appears twice'],
      ['skipped', '[Unreleased]', 'it is not released yet'],
      ['create', '[3.0]', 'v3-0'],
      ['unchanged', '[0.1]', 'content/changelog/v0-1.md'],
    ]);
    expect(actions[0]).toEqual({
      type: 'create',
      ref: '[2.0.0]',
      title: 'Version 2.0.0',
      id: 'v2-0-0',
      file: 'content/changelog/v2-0-0.md',
      text: '---\ntitle: Version 2.0.0\ndate: 2026-03-01\nversion: "2.0.0"\nchanges: [new]\n---\n- Something\n',
      notes: [],
    });
  });

  it('gives two versions that spell the same id their own files', () => {
    const actions = planChangelogImport([release('1.0.0'), release('1-0-0')], [], 'content');
    expect(actions.map((action) => action.type === 'create' && action.id)).toEqual(['v1-0-0', 'v1-0-0-2']);
  });

  it('names a release whose version has no letters or digits plain v, and skips one whose entry would not pass validation', () => {
    expect(planChangelogImport([release('!!!')], [], 'content')).toMatchObject([
      { type: 'create', id: 'v', file: 'content/changelog/v.md' },
    ]);
    expect(planChangelogImport([release('2.0', { date: '0999-01-01' })], [], 'content')).toEqual([
      { type: 'skipped', ref: '[2.0]', reason: '`date`: expected a year from 1000 on, written with four digits' },
    ]);
  });
});
