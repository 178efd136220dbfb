import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Kind } from '../../src/core/collections.ts';
import { formatText } from '../../src/core/validate/format.ts';
import { exitCodeFor, validateProject } from '../../src/core/validate/project.ts';
import { ASTRO, buildSite, copyFixture, type Build } from '../helpers/build.ts';
import { tinyPng } from '../helpers/images.ts';
import { FIXTURES, PROJECT_ROOT } from '../helpers/paths.ts';

/**
 * `validate` and the build read every file through one reader: whatever a
 * maintainer writes, both accept it or both refuse it, with the same
 * messages, and the built page shows the value as it was written.
 */

const TODAY = '2026-11-24';

/** A YAML value as a maintainer may write it, and the text a page must show when the field is text. */
interface Value {
  yaml: string;
  text?: string;
}

const VALUES: Value[] = [
  { yaml: '2026-05-07', text: '2026-05-07' },
  { yaml: '2026-02-30', text: '2026-02-30' },
  { yaml: '2026-05-07T10:30:00Z', text: '2026-05-07T10:30:00Z' },
  { yaml: '2026-05-07 10:30', text: '2026-05-07 10:30' },
  { yaml: '3.10', text: '3.10' },
  { yaml: '42', text: '42' },
  { yaml: '-7', text: '-7' },
  { yaml: '1e3', text: '1e3' },
  { yaml: '0x1F', text: '0x1F' },
  { yaml: 'true', text: 'true' },
  { yaml: 'no', text: 'no' },
  { yaml: 'null' },
  { yaml: '~' },
  { yaml: '' },
  { yaml: '""' },
  { yaml: '"3.10"', text: '3.10' },
  { yaml: "'2026-05-07'", text: '2026-05-07' },
  { yaml: '"true"', text: 'true' },
  { yaml: 'exports', text: 'exports' },
  { yaml: 'Plain words here', text: 'Plain words here' },
];

/** Where an accepted value shows on its entry's page: as text, or as a day in `datetime`. */
type Shown = 'text' | 'day' | 'none';

interface Field {
  kind: Kind;
  field: string;
  shown: Shown;
  /** The frontmatter of a case, with `VALUE` where the value goes. */
  template: string;
}

const FIELDS: Field[] = [
  { kind: 'feedback', field: 'title', shown: 'text', template: 'title: VALUE\nsubmitted: 2026-01-01\n' },
  { kind: 'feedback', field: 'submitted', shown: 'day', template: 'title: Case\nsubmitted: VALUE\n' },
  { kind: 'feedback', field: 'votes', shown: 'text', template: 'title: Case\nsubmitted: 2026-01-01\nvotes: VALUE\n' },
  { kind: 'feedback', field: 'author', shown: 'text', template: 'title: Case\nsubmitted: 2026-01-01\nauthor: VALUE\n' },
  { kind: 'feedback', field: 'reason', shown: 'text', template: 'title: Case\nsubmitted: 2026-01-01\nstatus: declined\nreason: VALUE\n' },
  { kind: 'feedback', field: 'status', shown: 'none', template: 'title: Case\nsubmitted: 2026-01-01\nstatus: VALUE\n' },
  { kind: 'feedback', field: 'source', shown: 'none', template: 'title: Case\nsubmitted: 2026-01-01\nsource: VALUE\n' },
  { kind: 'feedback', field: 'roadmap', shown: 'none', template: 'title: Case\nsubmitted: 2026-01-01\nroadmap: VALUE\n' },
  { kind: 'feedback', field: 'areas', shown: 'none', template: 'title: Case\nsubmitted: 2026-01-01\nareas:\n  - VALUE\n' },
  { kind: 'roadmap', field: 'title', shown: 'text', template: 'title: VALUE\nstatus: later\n' },
  { kind: 'roadmap', field: 'status', shown: 'none', template: 'title: Case\nstatus: VALUE\n' },
  { kind: 'roadmap', field: 'target', shown: 'text', template: 'title: Case\nstatus: next\ntarget: VALUE\n' },
  {
    kind: 'roadmap',
    field: 'update-date',
    shown: 'day',
    template: 'title: Case\nstatus: later\nupdates:\n  - date: VALUE\n    note: Planned.\n',
  },
  {
    kind: 'roadmap',
    field: 'update-note',
    shown: 'text',
    template: 'title: Case\nstatus: later\nupdates:\n  - date: 2026-01-01\n    note: VALUE\n',
  },
  { kind: 'changelog', field: 'title', shown: 'text', template: 'title: VALUE\ndate: 2026-01-01\n' },
  { kind: 'changelog', field: 'date', shown: 'day', template: 'title: Case\ndate: VALUE\n' },
  { kind: 'changelog', field: 'version', shown: 'text', template: 'title: Case\ndate: 2026-01-01\nversion: VALUE\n' },
  { kind: 'changelog', field: 'changes', shown: 'none', template: 'title: Case\ndate: 2026-01-01\nchanges:\n  - VALUE\n' },
  { kind: 'changelog', field: 'areas', shown: 'none', template: 'title: Case\ndate: 2026-01-01\nareas: [VALUE]\n' },
];

interface Case {
  kind: Kind;
  id: string;
  file: string;
  text: string;
  field: Field;
  value: Value;
  /** What validation says of this file alone: its problems, as the build prints them. */
  problems: string[];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const problemLines = (output: string) => output.split('\n').filter((line) => /^\S+:\d+:\d+ {2}(error|warning) {2}/.test(line));

function makeCases(): Case[] {
  const content = copyFixture('basic');
  const cases: Case[] = [];
  FIELDS.forEach((field) => {
    VALUES.forEach((value, index) => {
      const id = `case-${field.kind.slice(0, 1)}-${field.field}-${index}`;
      const file = `${field.kind}/${id}.md`;
      const text = `---\n${field.template.replace('VALUE', value.yaml)}---\nThe body of ${id}.\n`;
      writeFileSync(join(content, file), text);
      const result = validateProject({ root: PROJECT_ROOT, content }, { today: TODAY, env: {} });
      rmSync(join(content, file));
      const own = result.problems.filter((problem) => problem.severity === 'error' && problem.file.endsWith(file));
      const failing = exitCodeFor(result, false) !== 0;
      // A case either passes cleanly or fails only because of its own file.
      expect(failing).toBe(own.length > 0);
      cases.push({
        kind: field.kind,
        id,
        file,
        text,
        field,
        value,
        problems: problemLines(formatText(own)).map((line) => line.replace(/^\S*?content\//, '')),
      });
    });
  });
  return cases;
}

function buildWith(name: string, cases: Case[]): Build {
  const content = copyFixture('basic');
  for (const one of cases) writeFileSync(join(content, one.file), one.text);
  return buildSite(content, name);
}

describe('validate and the build agree on every value of every field', () => {
  let cases: Case[];
  let accepted: Build;
  let refused: Build;

  beforeAll(() => {
    cases = makeCases();
    accepted = buildWith(
      'parity-accepted',
      cases.filter((one) => one.problems.length === 0),
    );
    refused = buildWith(
      'parity-refused',
      cases.filter((one) => one.problems.length > 0),
    );
  });

  it('covers both verdicts in every kind', () => {
    for (const kind of ['feedback', 'roadmap', 'changelog'] as const) {
      expect(cases.some((one) => one.kind === kind && one.problems.length === 0)).toBe(true);
      expect(cases.some((one) => one.kind === kind && one.problems.length > 0)).toBe(true);
    }
  });

  it('builds every case validate accepts, showing each value as written', () => {
    expect(accepted.code, accepted.output).toBe(0);
    const missing: string[] = [];
    for (const one of cases.filter((candidate) => candidate.problems.length === 0)) {
      const html = accepted.read(`${one.kind}/${one.id}/index.html`);
      const { shown } = one.field;
      const text = one.value.text;
      if (shown === 'none' || text === undefined) continue;
      // A number field shows its number, not its spelling: only whole numbers read the same either way.
      if (one.field.field === 'votes' && !/^\d+$/.test(text)) continue;
      const expected = shown === 'day' ? `datetime="${text}"` : escapeHtml(text);
      if (!html.includes(expected)) missing.push(`${one.file} (${one.field.field}: ${one.value.yaml}) lacks ${expected}`);
    }
    expect(missing).toEqual([]);
  });

  it('refuses every case validate refuses, with the same messages', () => {
    expect(refused.code).toBe(1);
    const printed = new Set(problemLines(refused.output).map((line) => line.replace(/^\S*?content\//, '')));
    const unprinted = cases.flatMap((one) => one.problems.filter((line) => !printed.has(line)));
    expect(unprinted).toEqual([]);
    expect(refused.output).not.toMatch(/InvalidContentEntryDataError|\n\s+at .+:\d+:\d+/);
  });
});

describe('the examples maintainers write', () => {
  let build: Build;

  beforeAll(() => {
    const content = copyFixture('basic');
    const files: Record<string, string> = {
      'roadmap/offline-regions.md':
        '---\ntitle: Offline maps for whole regions\nstatus: next\ntarget: 2027-01-31\nupdates:\n  - date: 2026-03-01\n    note: 2026-03-01\n---\nPlan.\n',
      'feedback/sync-failed.md': '---\ntitle: 2026-05-07\nsubmitted: 2026-05-07\nauthor: 2026-05-08\n---\nIt failed that day.\n',
      'feedback/python-version.md': '---\ntitle: 3.10\nsubmitted: 2026-05-07\n---\nSupport it.\n',
      'changelog/calver.md': '---\ntitle: The May release\ndate: 2026-05-07\nversion: 2026-05-07\n---\nNotes.\n',
      'changelog/point-ten.md': '---\ntitle: Ten\ndate: 2026-05-08\nversion: 9.10\n---\nNotes.\n',
    };
    for (const [file, text] of Object.entries(files)) writeFileSync(join(content, file), text);
    const validation = validateProject({ root: PROJECT_ROOT, content }, { today: TODAY, env: {} });
    expect(validation.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    build = buildSite(content, 'examples');
  });

  it('build and show every value as written', () => {
    expect(build.code, build.output).toBe(0);
    const item = build.read('roadmap/offline-regions/index.html');
    expect(item).toContain('2027-01-31');
    expect(item).toMatch(/<p[^>]*>2026-03-01<\/p>|>2026-03-01</);
    const request = build.read('feedback/sync-failed/index.html');
    expect(request).toMatch(/<h1[^>]*>2026-05-07<\/h1>/);
    expect(request).toContain('2026-05-08');
    expect(build.read('feedback/python-version/index.html')).toMatch(/<h1[^>]*>3\.10<\/h1>/);
    expect(build.read('changelog/calver/index.html')).toMatch(/class="version"[^>]*>2026-05-07</);
    expect(build.read('changelog/point-ten/index.html')).toMatch(/class="version"[^>]*>9\.10</);
    const api = JSON.parse(build.read('api/v1/feedback.json')) as { items: { id: string; title: string }[] };
    expect(api.items.find((entry) => entry.id === 'python-version')?.title).toBe('3.10');
  });
});

describe('validate and npm run build give the same verdict', () => {
  const fixtures = readdirSync(FIXTURES).filter((name) => !['import'].includes(name));

  it.each(fixtures)('on the %s fixture', (fixture) => {
    const content = join(FIXTURES, fixture, 'content');
    const validation = validateProject({ root: PROJECT_ROOT, content }, { env: {} });
    const build = buildSite(content, `verdict-${fixture}`);
    const expected = exitCodeFor(validation, false);
    expect(build.code === 0, build.output).toBe(expected === 0);
    if (expected !== 0) {
      expect(build.code).toBe(expected);
      const printed = problemLines(build.output).sort();
      expect(printed).toEqual(problemLines(formatText(validation.problems)).sort());
    }
    expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

describe('a content mistake that only the build meets', () => {
  const astroBuild = (content: string, name: string) => buildSite(content, name, {}, { steps: [[ASTRO, 'build']] });

  it('a content error during astro build prints the Roadlog message, no stack trace', () => {
    const content = copyFixture('basic');
    writeFileSync(join(content, 'feedback/typo.md'), '---\ntitle: Typo\nsubmitted: 2026-01-01\nstauts: open\n---\n');
    const build = astroBuild(content, 'astro-build-error');
    expect(build.code).toBe(1);
    expect(build.output).toMatch(/feedback\/typo\.md:4:1 {2}error {2}unknown field "stauts"/);
    expect(build.output).toContain('did you mean "status"?');
    expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('an MDX body that does not compile is refused by validate and the build alike, at its line', () => {
    const content = copyFixture('basic');
    writeFileSync(join(content, 'changelog/broken.mdx'), '---\ntitle: Broken\ndate: 2026-03-01\n---\nSome text\n\n<div>\nnever closed\n');
    const validation = formatText(validateProject({ root: PROJECT_ROOT, content }, { env: {} }).problems);
    expect(validation).toMatch(/changelog\/broken\.mdx:7:1 {2}error {2}the MDX body cannot be compiled/);
    const build = astroBuild(content, 'mdx-syntax');
    expect(build.code).toBe(1);
    expect(build.output).toMatch(/changelog\/broken\.mdx:7:1 {2}error {2}the MDX body cannot be compiled/);
    expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('an MDX body that fails as it renders stops the build with the file, the line and what to do', () => {
    const content = copyFixture('basic');
    writeFileSync(join(content, 'changelog/runtime.mdx'), '---\ntitle: Runtime\ndate: 2026-03-01\n---\nSome text {missingThing.value}\n');
    const build = astroBuild(content, 'mdx-runtime');
    expect(build.code).toBe(1);
    expect(build.output).toMatch(
      /changelog\/runtime\.mdx:5:12 {2}error {2}the MDX body fails when it renders: ReferenceError: missingThing is not defined/,
    );
    expect(build.output).toContain('`missingThing` is used in { } but never imported');
    expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

describe('a warm build', () => {
  it('reads and renders only the files that changed, and writes what a cold build writes', () => {
    const content = copyFixture('basic');
    writeFileSync(
      join(content, 'changelog/v1-3.md'),
      '---\ntitle: With a chart\ndate: 2026-03-05\n---\nSee the chart.\n\n![The chart](chart.png)\n',
    );
    writeFileSync(join(content, 'changelog/chart.png'), tinyPng());
    const cacheDir = join(dirname(content), 'cache');
    const cold = buildSite(content, 'warm-first', {}, { cacheDir });
    expect(cold.code, cold.output).toBe(0);
    expect(cold.output).toMatch(/\[roadlog-feedback\] 12 entries \(12 new or changed\)/);

    writeFileSync(
      join(content, 'feedback/api-access.md'),
      `${readFileSync(join(content, 'feedback/api-access.md'), 'utf8')}\nOne more line.\n`,
    );
    const warm = buildSite(content, 'warm-second', {}, { cacheDir });
    expect(warm.code, warm.output).toBe(0);
    expect(warm.output).toMatch(/\[roadlog-feedback\] 12 entries \(1 new or changed\)/);
    expect(warm.output).toMatch(/\[roadlog-roadmap\] \d+ entries \(0 new or changed\)/);
    expect(warm.output).toMatch(/\[roadlog-changelog\] 4 entries \(0 new or changed\)/);
    // The image of an entry that did not change is still optimized and linked, the MDX release still rendered.
    const image = /<img alt="The chart"[^>]* src="([^"]+)"/.exec(warm.read('changelog/v1-3/index.html'))?.[1];
    expect(image).toMatch(/^\/_astro\/chart\.[\w-]+\.webp$/);
    expect(existsSync(join(warm.outDir, image!))).toBe(true);

    const fresh = buildSite(content, 'warm-cold-again');
    expect(fresh.code, fresh.output).toBe(0);
    for (const page of [
      'changelog/v1-3/index.html',
      'changelog/v1-1/index.html',
      'feedback/api-access/index.html',
      'api/v1/feedback.json',
    ]) {
      expect(warm.read(page), page).toBe(fresh.read(page));
    }
    expect(warm.read('feedback/api-access/index.html')).toContain('One more line.');
  });
});

describe('a warm build after another site was built in the same project', () => {
  it('still renders its unchanged MDX releases and images', () => {
    const first = copyFixture('basic');
    writeFileSync(join(first, 'changelog/v1-3.md'), '---\ntitle: With a chart\ndate: 2026-03-05\n---\n![The chart](chart.png)\n');
    writeFileSync(join(first, 'changelog/chart.png'), tinyPng());
    const cacheDir = join(dirname(first), 'cache');
    expect(buildSite(first, 'shared-first', {}, { cacheDir }).code).toBe(0);
    // Another content folder, another cache: it rewrites the project's lists of content modules and images.
    const other = copyFixture('feeds');
    expect(buildSite(other, 'shared-other').code).toBe(0);
    const again = buildSite(first, 'shared-again', {}, { cacheDir });
    expect(again.code, again.output).toBe(0);
    expect(again.output).toMatch(/\[roadlog-changelog\] 4 entries \(0 new or changed\)/);
    expect(again.read('changelog/v1-1/index.html')).toContain('<div class="prose">');
    expect(again.read('changelog/v1-3/index.html')).toMatch(/<img alt="The chart"[^>]* src="\/_astro\/chart\.[\w-]+\.webp"/);
  });
});
