import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEntry } from '../../src/core/load/load-collection.ts';
import type { Problem } from '../../src/core/problems.ts';
import { exitCodeFor, validateProject } from '../../src/core/validate/project.ts';
import { tempContent } from '../helpers/content.ts';
import { tinyPng } from '../helpers/images.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';

const TODAY = '2026-11-24';
// Validated inside each test, not once at load, so mutation testing knows which tests exercise which code.
const validateFixture = () => validateProject({ root: PROJECT_ROOT, content: 'test/fixtures/invalid/content' }, { today: TODAY });
const prefix = 'test/fixtures/invalid/content/';

function problemsOf(file: string): Problem[] {
  return validateFixture().problems.filter((problem) => problem.file === prefix + file);
}

type Expectation = [file: string, code: string, line: number | undefined, column: number | undefined, message: string, hint?: string];

/** Every bad file of the fixture, with the message and hint a maintainer must get, word for word: the values they name included. */
const EXPECTED: Expectation[] = [
  [
    'feedback/typo-field.md',
    'unknown-field',
    4,
    1,
    'unknown field "stauts"',
    'did you mean "status"? Note that customers see "planned", but it is not written by hand: a request becomes planned by linking it to a roadmap item: `roadmap: <roadmap id>`',
  ],
  // The value of a misspelt field is checked as the field it was meant as, in the same run.
  ['feedback/typo-field.md', 'invalid-value', 4, 9, '`stauts` has a value that is not allowed'],
  [
    'feedback/bad-status.md',
    'invalid-value',
    4,
    9,
    '`status` has a value that is not allowed',
    'customers see "planned", but it is not written by hand: a request becomes planned by linking it to a roadmap item: `roadmap: <roadmap id>`',
  ],
  ['feedback/wrong-types.md', 'wrong-type', 4, 8, '`votes` has the wrong type', 'remove the quotes around the number'],
  // Its unquoted numeric title is text, so the file's second problem is its areas.
  ['feedback/wrong-types.md', 'wrong-type', 5, 8, '`areas` has the wrong type', 'write a list: [exports]'],
  ['feedback/impossible-date.md', 'invalid-format', 3, 12, '`submitted`: this day does not exist in the calendar'],
  ['feedback/date-format.md', 'invalid-format', 3, 12, '`submitted`: expected a date written as YYYY-MM-DD'],
  [
    'feedback/malformed-yaml.md',
    'yaml-syntax',
    2,
    8,
    'frontmatter is not valid YAML: a list or mapping opened with "[" or "{" is never closed',
    'close it on the same line, as in areas: [exports, api], or quote a value that starts with a bracket',
  ],
  [
    'feedback/repeated-field.md',
    'yaml-syntax',
    3,
    1,
    'frontmatter is not valid YAML: a field appears twice',
    'each field may appear once; remove the repeated one',
  ],
  ['feedback/unclosed.md', 'unclosed-frontmatter', 1, 1, 'frontmatter opened on line 1 is never closed'],
  ['feedback/no-frontmatter.md', 'missing-frontmatter', 1, 1, 'file does not start with frontmatter'],
  ['feedback/empty.md', 'empty-file', 1, 1, 'file is empty', 'delete the file, or run `npm run new` to scaffold an entry'],
  ['feedback/not-a-mapping.md', 'frontmatter-not-mapping', 2, 1, 'frontmatter must be a set of `field: value` lines'],
  ['feedback/Bad_Name.md', 'invalid-id', undefined, undefined, 'file name "Bad_Name" is not a valid id', 'rename the file to bad-name.md'],
  ['feedback/unknown-area.md', 'unknown-area', 4, 9, 'area "exprts" does not exist', 'did you mean "exports"?'],
  ['feedback/dangling-roadmap.md', 'unknown-reference', 4, 10, 'roadmap item "no-statu" does not exist', 'did you mean "no-status"?'],
  [
    'feedback/self-duplicate.md',
    'duplicate-of-self',
    5,
    14,
    'request is marked as a duplicate of itself',
    'point `duplicateOf` at the request that stays open, or remove `status: duplicate`',
  ],
  [
    'feedback/loop-a.md',
    'duplicate-loop',
    5,
    14,
    'duplicates form a loop: loop-a → loop-b → loop-a',
    'one request of the loop must stay open: remove `status: duplicate` and `duplicateOf` from it',
  ],
  [
    'feedback/loop-b.md',
    'duplicate-loop',
    5,
    14,
    'duplicates form a loop: loop-b → loop-a → loop-b',
    'one request of the loop must stay open: remove `status: duplicate` and `duplicateOf` from it',
  ],
  [
    'feedback/duplicate-without-target.md',
    'duplicate-needs-target',
    4,
    9,
    'a duplicate needs `duplicateOf: <feedback id>` naming the request it duplicates',
  ],
  ['feedback/target-without-duplicate.md', 'duplicate-of-without-status', 4, 14, '`duplicateOf` is only allowed with `status: duplicate`'],
  ['feedback/declined-without-reason.md', 'declined-needs-reason', 4, 9, 'a declined request needs a public `reason`'],
  ['feedback/script-source.md', 'invalid-format', 4, 9, '`source`: expected a full http:// or https:// address'],
  ['feedback/notes.txt', 'stray-file', undefined, undefined, 'file ignored: only .md files are requests', 'rename it to notes.md'],
  [
    'feedback/old-requests',
    'nested-folder',
    undefined,
    undefined,
    'folder ignored: request files sit directly in test/fixtures/invalid/content/feedback/',
    'move its files up to test/fixtures/invalid/content/feedback/, or rename the folder to start with "_" to keep it as drafts',
  ],
  ['roadmap/no-status.md', 'missing-field', 1, 1, 'missing required field `status`'],
  [
    'roadmap/shipped-by-hand.md',
    'shipped-without-release',
    3,
    9,
    'item says `status: shipped`, but no release ships it',
    'add "shipped-by-hand" to `ships` in the changelog entry of the release (npm run new -- changelog "…" --ships shipped-by-hand), or set the status to now, next, later, paused or cancelled',
  ],
  ['roadmap/update-typo.md', 'unknown-field', 6, 5, 'unknown field "stauts" in `updates[0]`', 'did you mean "status"?'],
  [
    'roadmap/updates-out-of-order.md',
    'updates-out-of-order',
    7,
    11,
    'update 2 (2026-01-01) is older than the update before it (2026-03-01)',
    'move this update up, or fix its date',
  ],
  ['changelog/unknown-change.md', 'invalid-value', 4, 16, '`changes[1]` has a value that is not allowed', 'did you mean "fixed"?'],
  [
    'changelog/ships-missing.md',
    'unknown-reference',
    4,
    9,
    'roadmap item "updates-out-of-ordr" does not exist',
    'did you mean "updates-out-of-order"?',
  ],
  ['changelog/list-version.mdx', 'wrong-type', 4, 10, '`version` has the wrong type'],
];

describe('validation of the invalid fixture', () => {
  it.each(EXPECTED)('%s: %s at %s:%s', (file, code, line, column, message, hint) => {
    const match = problemsOf(file).find((problem) => problem.code === code && problem.line === line);
    expect(match, JSON.stringify(problemsOf(file), null, 2)).toBeDefined();
    expect({ column: match?.column, message: match?.message, hint: match?.hint }).toEqual({ column, message, hint });
  });

  it('reports nothing that the table above does not list, so a new message needs a new row', () => {
    const listed = new Set(EXPECTED.map(([file, code, line]) => `${file}|${code}|${line}`));
    const extra = validateFixture()
      .problems.map((problem) => `${problem.file.replace(prefix, '')}|${problem.code}|${problem.line}`)
      .filter((key) => !listed.has(key));
    expect(extra).toEqual([]);
  });

  it('reports the expected and found values of a wrong field', () => {
    const votes = problemsOf('feedback/wrong-types.md').find((problem) => problem.line === 4);
    expect(votes).toMatchObject({ expected: 'a whole number, 0 or more', found: '"12"', hint: 'remove the quotes around the number' });
    const areas = problemsOf('feedback/wrong-types.md').find((problem) => problem.line === 5);
    expect(areas?.hint).toBe('write a list: [exports]');
  });

  it('skips drafts (files starting with "_"), even broken ones', () => {
    expect(validateFixture().problems.some((problem) => problem.file.includes('_draft'))).toBe(false);
  });

  it('keeps warnings apart from errors, and exits 1 for content errors', () => {
    const fixture = validateFixture();
    const warnings = fixture.problems.filter((problem) => problem.severity === 'warning').map((p) => p.code);
    expect(warnings.sort()).toEqual(['nested-folder', 'stray-file']);
    expect(exitCodeFor(fixture, false)).toBe(1);
  });
});

describe('files that cannot be committed as fixtures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roadlog-validate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'feedback'));
  writeFileSync(
    join(dir, 'site.yaml'),
    'title: T\ndescription: D\nurl: https://t.example\nintake:\n  - label: L\n    url: https://t.example/new\n',
  );
  const put = (name: string, content: string | Buffer) => writeFileSync(join(dir, 'feedback', name), content);
  put('with-bom-and-crlf.md', '\uFEFF---\r\ntitle: Windows editor\r\nsubmitted: 2026-01-01\r\n---\r\nBody.\r\n');
  put('crlf-with-error.md', '---\r\ntitle: CRLF error\r\nsubmitted: 2026-01-01\r\nvotes: many\r\n---\r\n');
  put('latin1.md', Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\nsubmitted: 2026-01-01\n---\n')]));
  put('huge.md', `---\ntitle: Huge\nsubmitted: 2026-01-01\n---\n${'x'.repeat(1024 * 1024)}`);
  put('same-id.md', '---\ntitle: Lower case\nsubmitted: 2026-01-01\n---\n');
  put('chart.png', tinyPng());
  put(
    'with-images.md',
    '---\ntitle: Images\nsubmitted: 2026-01-01\n---\nA chart: ![chart](chart.png) and ![remote](https://x.example/a.png).\n' +
      'A missing ![one](missing.png "title") here.\n<img alt="HTML is left as written" src="gone.jpg">\n`![in code](nope.png)`\n',
  );
  put('shouting.MD', '---\ntitle: Upper-case extension\nsubmitted: 2026-01-01\n---\n');
  put('Same-Id.md', '---\ntitle: Upper case\nsubmitted: 2026-01-01\n---\n');
  const result = validateProject({ root: dir, content: '.' }, { today: TODAY });
  const find = (name: string) => result.problems.filter((problem) => problem.file === `feedback/${name}`);

  it('finds images written beside an entry, and points at the one that is missing', () => {
    expect(find('chart.png')).toEqual([]);
    expect(find('with-images.md')).toMatchObject([
      { code: 'missing-image', line: 6, column: 18, found: 'missing.png', message: 'image "missing.png" is not next to this file' },
    ]);
  });

  it('suggests lower-casing an extension written in capitals', () => {
    expect(find('shouting.MD')).toMatchObject([{ code: 'stray-file', hint: 'rename it to shouting.md' }]);
  });

  it('accepts a byte-order mark and CRLF line endings', () => {
    expect(find('with-bom-and-crlf.md')).toEqual([]);
    expect(result.corpus.feedback.find((entry) => entry.id === 'with-bom-and-crlf')?.data.title).toBe('Windows editor');
  });

  it('counts lines the same with CRLF line endings', () => {
    expect(find('crlf-with-error.md')).toMatchObject([{ code: 'wrong-type', line: 4, column: 8 }]);
  });

  it('points at the first byte that is not UTF-8', () => {
    expect(find('latin1.md')).toMatchObject([{ code: 'not-utf8', line: 2, column: 11, found: 'byte 0xe9' }]);
  });

  it('refuses files over 1 MiB', () => {
    // Just over the limit must not read as "1.0 MiB".
    expect(find('huge.md')).toMatchObject([{ code: 'file-too-large', found: expect.stringMatching(/^1\.00 MiB \(1,048,6\d\d bytes\)$/) }]);
  });

  it('refuses ids that the list pages own, such as a roadmap item named "now"', () => {
    mkdirSync(join(dir, 'roadmap'), { recursive: true });
    writeFileSync(join(dir, 'roadmap', 'now.md'), '---\ntitle: Now\nstatus: now\n---\n');
    put('recent.md', '---\ntitle: Recent\nsubmitted: 2026-01-01\n---\n');
    const again = validateProject({ root: dir, content: '.' }, { today: TODAY });
    const reserved = again.problems.filter((problem) => problem.code === 'reserved-id');
    expect(reserved.map((problem) => problem.file).sort()).toEqual(['feedback/recent.md', 'roadmap/now.md']);
    expect(reserved[0]!.message).toMatch(/reserved: \/(feedback\/recent|roadmap\/now)\/ is one of the site's list pages/);
    expect(again.corpus.roadmap.map((entry) => entry.id)).not.toContain('now');
  });

  it('reports ids that differ only in letter case as a collision', () => {
    const codes = [...find('Same-Id.md'), ...find('same-id.md')].map((problem) => problem.code).sort();
    expect(codes).toEqual(['id-collision', 'invalid-id']);
  });
});

describe('the site configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roadlog-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(
    join(dir, 'site.yaml'),
    [
      'titel: Roadmap',
      'description: D',
      'url: not a url',
      'intake: []',
      'areas:',
      '  - id: exports',
      '    label: Exports',
      '  - id: exports',
      '    label: Again',
      'accent: blue',
      '',
    ].join('\n'),
  );
  const result = validateProject({ root: dir, content: '.' }, { today: TODAY });
  const byCode = (code: string) => result.problems.filter((problem) => problem.code === code);

  it('is checked with the same messages, lines and hints as content', () => {
    expect(byCode('unknown-field')).toMatchObject([{ file: 'site.yaml', line: 1, column: 1, hint: 'did you mean "title"?' }]);
    expect(result.problems.find((p) => p.message.includes('`url`'))).toMatchObject({ line: 3, column: 6 });
    expect(result.problems.find((p) => p.message.includes('at least one place'))).toMatchObject({ line: 4 });
    expect(result.problems.find((p) => p.message.includes('declared twice'))).toMatchObject({ line: 8, column: 9 });
    expect(result.problems.find((p) => p.message.includes('#rrggbb'))).toMatchObject({ line: 10, column: 9 });
  });

  it('makes validation exit with 2, a configuration error', () => {
    expect(result.configBroken).toBe(true);
    expect(exitCodeFor(result, false)).toBe(2);
  });
});

describe('a release with a mistake in a field the lifecycle ignores', () => {
  it('still has what it ships and closes checked in the same run', () => {
    const content = tempContent('basic', 'stand-in');
    // `version: [9, 10]` is a list and `titel` a typo; `ships` and `closes` are valid but contradict other files.
    writeFileSync(
      join(content, 'changelog/v9-10.md'),
      '---\ntitel: Nine ten\ndate: 2026-05-01\nversion: [9, 10]\nships: [offline-editing]\ncloses: [blockchain]\n---\nNotes.\n',
    );
    const result = validateProject({ root: PROJECT_ROOT, content }, { today: TODAY });
    const codes = (file: string) =>
      result.problems
        .filter((problem) => problem.file?.endsWith(file))
        .map((problem) => problem.code)
        .sort();
    expect(codes('changelog/v9-10.md')).toEqual(expect.arrayContaining(['unknown-field', 'wrong-type']));
    expect(codes('roadmap/offline-editing.md')).toContain('cancelled-but-shipped');
    expect(codes('feedback/blockchain.md')).toContain('status-contradiction');
  });
});

describe('intake links in the site configuration', () => {
  const check = (intake: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'roadlog-intake-'));
    try {
      writeFileSync(join(dir, 'site.yaml'), `title: T\ndescription: D\nurl: https://t.example\n${intake}`);
      return validateProject({ root: dir, content: '.' }, { today: TODAY }).problems;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('explain a link written as one address instead of a list of entries', () => {
    expect(check('intake: https://t.example/new\n')).toMatchObject([
      { code: 'wrong-type', line: 4, hint: 'write a list: one entry per line, each starting with "- " (see the README)' },
    ]);
  });

  it('describe an entry’s url as an intake address, not as the site’s own', () => {
    const [problem] = check('intake:\n  - label: Email\n    url: feedback@t.example\n');
    expect(problem).toMatchObject({ line: 6, expected: 'where customers send feedback: an https:// or mailto: address' });
  });
});

describe('a site configuration that is not a set of fields', () => {
  it.each([
    ['a list', '- a\n- b\n'],
    ['a string', 'just a string\n'],
  ])('is one clear configuration error for %s, not a crash', (found, text) => {
    const dir = mkdtempSync(join(tmpdir(), 'roadlog-config-shape-'));
    try {
      writeFileSync(join(dir, 'site.yaml'), text);
      const result = validateProject({ root: dir, content: '.' }, { today: TODAY });
      expect(result.problems).toMatchObject([{ code: 'config-not-mapping', file: 'site.yaml', line: 1, column: 1 }]);
      expect(result.problems[0]!.found).toContain(found === 'a list' ? 'a list' : '"just a string"');
      expect(exitCodeFor(result, false)).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('environment overrides for deploys', () => {
  it('replace the address and base path from site.yaml, checked by the same schema', () => {
    const env = { ROADLOG_BASE: '/tidewater/', ROADLOG_SITE_URL: 'https://acme.github.io' };
    const result = validateProject({ root: PROJECT_ROOT, content: 'test/fixtures/basic/content' }, { today: TODAY, env });
    expect(result.config).toMatchObject({ base: '/tidewater/', url: 'https://acme.github.io' });
  });

  it('are configuration errors when malformed', () => {
    const env = { ROADLOG_BASE: 'no-slash' };
    const result = validateProject({ root: PROJECT_ROOT, content: 'test/fixtures/basic/content' }, { today: TODAY, env });
    expect(result.problems).toMatchObject([{ code: 'invalid-environment', file: '$ROADLOG_BASE' }]);
    expect(exitCodeFor(result, false)).toBe(2);
  });
});

describe('an empty frontmatter block', () => {
  it('reports the fields it lacks, not "the value undefined"', () => {
    const { problems } = parseEntry('feedback', 'blank', 'content/feedback/blank.md', '---\n---\nBody\n');
    expect(problems.map((problem) => problem.code)).not.toContain('frontmatter-not-mapping');
    expect(problems).toContainEqual(expect.objectContaining({ code: 'missing-field', file: 'content/feedback/blank.md' }));
  });
});
