import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../src/core/load/load-collection.ts';
import { tempContent } from '../helpers/content.ts';
import { runScript } from '../helpers/run.ts';

const newEntry = (content: string, args: string[]) => runScript('bin/roadlog.mjs', ['new', ...args, '--content', content]);
const validate = (content: string) => runScript('bin/roadlog.mjs', ['validate', '--content', content]);
const noStack = (output: string) => expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('npm run new', () => {
  it('writes a request with an id from the title (transliterated), today’s date and valid frontmatter, and prints its path', () => {
    const content = tempContent('basic', 'new');
    const result = newEntry(content, ['feedback', 'Crème brûlée: export to Numbers', '--areas', 'exports,editor', '--votes', '4']);
    expect(result.code, result.stderr).toBe(0);
    const path = result.stdout.trim();
    expect(path).toMatch(/content\/feedback\/creme-brulee-export-to-numbers\.md$/);
    const text = readFileSync(join(content, 'feedback/creme-brulee-export-to-numbers.md'), 'utf8');
    const today = new Date().toISOString().slice(0, 10);
    expect(text).toContain(`submitted: ${today}\n`);
    const parsed = parseEntry('feedback', 'creme-brulee-export-to-numbers', 'x.md', text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.entry?.data).toMatchObject({ title: 'Crème brûlée: export to Numbers', votes: 4, areas: ['exports', 'editor'] });
    const check = validate(content);
    expect(check.stdout).toContain('No problems found.');
    expect(check.code).toBe(0);
  });

  it('writes an internal entry with --internal', () => {
    const content = tempContent('basic', 'new-internal');
    const result = newEntry(content, ['roadmap', 'Quiet rework', '--internal']);
    expect(result.code, result.stderr).toBe(0);
    const text = readFileSync(join(content, 'roadmap/quiet-rework.md'), 'utf8');
    expect(parseEntry('roadmap', 'quiet-rework', 'x.md', text).entry?.data).toMatchObject({ visibility: 'internal' });
  });

  it('de-duplicates the id against existing files, whatever their letter case', () => {
    const content = tempContent('basic', 'new-dup');
    expect(newEntry(content, ['feedback', 'Export to CSV']).stdout.trim()).toMatch(/feedback\/export-to-csv-2\.md$/);
    expect(newEntry(content, ['feedback', 'Export to CSV']).stdout.trim()).toMatch(/feedback\/export-to-csv-3\.md$/);
    writeFileSync(join(content, 'roadmap/Reports.md'), '---\ntitle: Reports\nstatus: later\n---\n');
    expect(newEntry(content, ['roadmap', 'Reports']).stdout.trim()).toMatch(/roadmap\/reports-2\.md$/);
  });

  it('refuses to overwrite a file named with --id, and changes nothing', () => {
    const content = tempContent('basic', 'new-refuse');
    const before = readFileSync(join(content, 'feedback/export-to-csv.md'), 'utf8');
    const result = newEntry(content, ['feedback', 'Something else', '--id', 'export-to-csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('feedback/export-to-csv already exists; nothing is overwritten');
    expect(readFileSync(join(content, 'feedback/export-to-csv.md'), 'utf8')).toBe(before);
    noStack(result.stderr);
  });

  it('never takes an id whose URL is a list page: a title such as "Now" gets now-2, and --id now is refused', () => {
    const content = tempContent('basic', 'new-reserved');
    const titled = newEntry(content, ['roadmap', 'Now']);
    expect(titled.code, titled.stderr).toBe(0);
    expect(titled.stdout.trim()).toMatch(/roadmap\/now-2\.md$/);
    const named = newEntry(content, ['feedback', 'Recently added', '--id', 'recent']);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('--id: "recent" is reserved');
    expect(existsSync(join(content, 'feedback/recent.md'))).toBe(false);
    expect(validate(content).code).toBe(0);
  });

  it('writes a release that closes a declined request, and says which file then contradicts it', () => {
    const content = tempContent('basic', 'new-contradiction');
    const result = newEntry(content, ['changelog', 'Chain of custody', '--closes', 'blockchain', '--date', '2026-04-02']);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(content, 'changelog/chain-of-custody.md'))).toBe(true);
    expect(result.stderr).toContain('The new file is written, and with it npm run validate reports:');
    expect(result.stderr).toMatch(/feedback\/blockchain\.md.*status-contradiction/s);
  });

  it('names a release after its version and links what it ships', () => {
    const content = tempContent('basic', 'new-release');
    const result = newEntry(content, [
      'changelog',
      '1.3: Dark mode',
      '--version',
      '1.3.0',
      '--ships',
      'dark-mode',
      '--changes',
      'new,fixed',
      '--date',
      '2026-04-01',
    ]);
    expect(result.code).toBe(0);
    const text = readFileSync(join(content, 'changelog/v1-3-0.md'), 'utf8');
    expect(text).toBe(
      '---\ntitle: "1.3: Dark mode"\ndate: 2026-04-01\nversion: "1.3.0"\nchanges: [new, fixed]\nships: [dark-mode]\n---\n' +
        '<!-- The release notes: what changed and why it matters to customers. -->\n',
    );
    expect(validate(content).code).toBe(0);
  });

  it('writes an MDX release whose hint is an MDX comment', () => {
    const content = tempContent('basic', 'new-mdx');
    const result = newEntry(content, ['changelog', 'Winter update', '--mdx', '--date', '2026-02-01']);
    expect(result.stdout.trim()).toMatch(/changelog\/winter-update\.mdx$/);
    expect(readFileSync(join(content, 'changelog/winter-update.mdx'), 'utf8')).toContain('{/* The release notes');
    expect(validate(content).code).toBe(0);
  });

  it('checks options with the content’s own rules, with did-you-mean, and writes nothing', () => {
    const content = tempContent('basic', 'new-bad');
    const result = newEntry(content, ['feedback', 'Dark theme', '--areas', 'exprots', '--roadmap', 'dark-mod', '--status', 'now']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--areas: "exprots" is not an area declared in');
    expect(result.stderr).toContain('did you mean "exports"?');
    expect(result.stderr).toContain('--roadmap: "dark-mod" is not a roadmap item');
    expect(result.stderr).toContain('did you mean "dark-mode"?');
    expect(result.stderr).toContain('--status applies to roadmap entries, not to feedback');
    expect(result.stderr).toContain('Usage: npm run new');
    noStack(result.stderr);
    expect(newEntry(content, ['release', 'X']).stderr).toContain('unknown kind "release"');
    expect(newEntry(content, ['roadmap', 'x'.repeat(141)]).stderr).toContain('at most 140');
  });
});

describe('npm run new on a broken configuration', () => {
  it('exits 2 with the configuration’s problems and writes nothing', () => {
    const content = tempContent('basic', 'new-config');
    writeFileSync(join(content, 'site.yaml'), 'title: [oops\n');
    const result = newEntry(content, ['feedback', 'Anything']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/site\.yaml:1:\d+ {2}error/);
    expect(result.stdout).toBe('');
  });
});
