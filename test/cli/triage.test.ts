import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Triage } from '../../src/core/insights/triage.ts';
import { TMP } from '../helpers/build.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';
import { runScript } from '../helpers/run.ts';

const FIXTURE = 'test/fixtures/triage/content';
// Through the file `npm run triage` starts, as maintainers and the weekly workflow run it.
const triage = (args: string[], content = FIXTURE) => runScript('bin/roadlog.mjs', ['triage', '--content', content, ...args]);

describe('npm run triage', () => {
  it('writes JSON with every list, counted at the day it is given', () => {
    const run = triage(['--format', 'json', '--as-of', '2026-06-01', '--stale-days', '60']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Triage;
    expect(report).toMatchObject({ version: 1, asOf: '2026-06-01', staleDays: 60, minScore: 0.35 });
    // Open requests, oldest first: 2026-01-15 is 137 days before 2026-06-01, 2026-03-01 is 92, then 12 and 7.
    expect(report.unanswered.map((request) => [request.id, request.ageDays, request.votes])).toEqual([
      ['tide-times', 137, 3],
      ['wifi-photos', 92, 4],
      ['photos-on-wifi', 12, 1],
      ['satellite-offline', 7, 2],
    ]);
    expect(report.unanswered[0]).toMatchObject({
      url: 'https://triage.example/feedback/tide-times/',
      file: `${FIXTURE}/feedback/tide-times.md`,
      submitted: '2026-01-15',
      areas: ['maps'],
    });
    // field-roles never said anything; selective-sync's last update is 142 days old.
    expect(report.staleItems.map((item) => [item.id, item.lastUpdate, item.daysSinceUpdate])).toEqual([
      ['field-roles', null, null],
      ['selective-sync', '2026-01-10', 142],
    ]);
    expect(report.likelyDuplicates.map((pair) => [pair.request.id, pair.similar.id, pair.similar.status])).toEqual([
      ['satellite-offline', 'offline-maps', 'shipped'],
      ['photos-on-wifi', 'wifi-photos', 'open'],
    ]);
    for (const pair of report.likelyDuplicates) expect(pair.score).toBeGreaterThanOrEqual(0.35);
    expect(report.emptyReleases.map((release) => [release.id, release.version, release.date])).toEqual([['v1-0', '1.0', '2026-02-01']]);
    // Six requests, two answered (the declined one and the shipped one).
    expect(report.summary).toEqual({
      requests: 6,
      count: 2,
      share: 0.333,
      unanswered: 4,
      unansweredAfter30Days: 2,
      unansweredAfter90Days: 2,
      staleItems: 2,
      likelyDuplicates: 2,
      emptyReleases: 1,
    });
  });

  it('calls an item stale after the days validation warns at, unless told otherwise, and takes a stricter score', () => {
    const report = JSON.parse(triage(['--format=json', '--as-of', '2026-06-01', '--min-score', '0.68']).stdout) as Triage;
    expect(report.staleDays).toBe(180);
    expect(report.staleItems.map((item) => item.id)).toEqual(['field-roles']);
    expect(report.likelyDuplicates.map((pair) => pair.request.id)).toEqual(['satellite-offline']);
  });

  it('prints a readable table by default', () => {
    const run = triage(['--as-of', '2026-06-01', '--stale-days', '60']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Triage as of 1 June 2026');
    expect(run.stdout).toContain('Open requests with no public answer, oldest first: 4');
    expect(run.stdout).toMatch(/137 d\s+3\s+2026-01-15\s+tide-times {2}Show tide times on the project page/);
    expect(run.stdout).toMatch(/never\s+none\s+0\s+field-roles {2}Field roles/);
    expect(run.stdout).toContain('offline-maps  Download satellite basemaps before going offline  (shipped)');
    expect(run.stdout).toMatch(/2026-02-01\s+1\.0\s+v1-0 {2}1\.0: Security fixes/);
  });

  it('writes Markdown for an issue, with a link to each page and a limit on long lists', () => {
    const run = triage(['--format', 'markdown', '--as-of', '2026-06-01', '--limit', '2']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## Triage as of 1 June 2026');
    expect(run.stdout).toContain(
      '| [Show tide times on the project page](https://triage.example/feedback/tide-times/) | 15 January 2026 | 137 | 3 | Maps |',
    );
    expect(run.stdout).toContain('… and 2 more.');
    expect(run.stdout).toContain('| 0.69 | [Offline satellite basemaps](https://triage.example/feedback/satellite-offline/) |');
    expect(run.stdout).toContain('Made by `npm run triage -- --format markdown`');
  });

  it('refuses a wrong option with the usage and exit code 2', () => {
    for (const args of [['--format', 'xml'], ['--as-of', '2026-02-30'], ['--min-score', '2'], ['--stale-days', 'soon'], ['extra']]) {
      const run = triage(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('Usage: npm run triage');
      expect(run.stdout).toBe('');
    }
  });

  it('exits 2 on a broken configuration, and lists what it can with 1 when the content has errors', () => {
    expect(triage([], 'test/fixtures/no-config').code).toBe(2);
    const broken = triage(['--format', 'json'], 'test/fixtures/invalid/content');
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout).version).toBe(1);
    expect(broken.stderr).toMatch(/The content has \d+ errors, so these lists may be incomplete: run npm run validate\./);
  });

  it('lists the demo’s unanswered requests oldest first, and its likely duplicates', () => {
    const run = runScript('bin/roadlog.mjs', ['triage', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Triage;
    const submitted = report.unanswered.map((request) => request.submitted);
    expect(submitted.length).toBeGreaterThan(5);
    expect(submitted).toEqual([...submitted].sort());
    expect(report.unanswered.every((request) => request.status === 'open')).toBe(true);
    expect(report.likelyDuplicates.map((pair) => [pair.request.id, pair.similar.id])).toContainEqual([
      'wifi-only-photo-upload',
      'photos-wifi-only',
    ]);
  });
});

describe('the README’s weekly triage workflow', () => {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const yaml = /### A weekly triage issue[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
  const workflow = parse(yaml, { strict: true }) as {
    on: { schedule: { cron: string }[] };
    permissions: Record<string, string>;
    jobs: { triage: { steps: { run?: string; name?: string; env?: Record<string, string> }[] } };
  };
  const steps = workflow.jobs.triage.steps;
  const report = steps.find((step) => step.run?.includes('triage'))!;
  const publish = steps.find((step) => step.name === 'Open or update the triage issue')!;

  it('runs weekly with the right to write issues, and writes the Markdown report without npm’s own lines', () => {
    expect(workflow.on.schedule[0]!.cron).toBe('0 7 * * 1');
    expect(workflow.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(report.run).toBe('npm run --silent triage -- --format markdown --stale-days 60 > triage.md');
    expect(publish.env).toEqual({ GH_TOKEN: `\${{ github.token }}` });
  });

  it.each([
    [
      'opens a labelled issue when none is open',
      '',
      ['label create triage', 'issue create --title Weekly triage --label triage --body-file triage.md'],
    ],
    ['updates the open one', '42', ['issue edit 42 --body-file triage.md']],
  ])('%s', (_, open, calls) => {
    // Runs the step's own script, with a `gh` that answers the issue search and records every call.
    mkdirSync(TMP, { recursive: true });
    const bin = mkdtempSync(join(TMP, 'fake-gh-'));
    writeFileSync(join(bin, 'gh'), `#!/bin/sh\necho "$*" >> "${bin}/calls"\nif [ "$1 $2" = "issue list" ]; then echo "${open}"; fi\n`);
    chmodSync(join(bin, 'gh'), 0o755);
    const result = spawnSync('bash', ['-e', '-c', publish.run!], { encoding: 'utf8', env: { PATH: `${bin}:${process.env.PATH}` } });
    expect(result.status, result.stderr).toBe(0);
    const made = readFileSync(join(bin, 'calls'), 'utf8').trim().split('\n').slice(1);
    expect(made.map((call) => call.replace(/ --description .*? --color \S+ --force/, ''))).toEqual(calls);
  });
});
