import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/core/problems.ts';
import { validateProject } from '../../src/core/validate/project.ts';
import { tempContent } from '../helpers/content.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';
import { runScript } from '../helpers/run.ts';

// Through the file `npm run validate` starts, so the launcher is what these tests prove.
const validate = (args: string[], content?: string) =>
  runScript('bin/roadlog.mjs', ['validate', ...args, ...(content ? ['--content', content] : [])]);

const noStack = (output: string) => expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('npm run validate', () => {
  it('exits 0 on the sample content', () => {
    const result = validate([]);
    expect(result.stdout).toContain('No problems found.');
    expect(result.code).toBe(0);
  });

  it('exits 1 with every content error, in text by default', () => {
    const result = validate([], 'test/fixtures/invalid/content');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('test/fixtures/invalid/content/feedback/typo-field.md:4:1  error  unknown field "stauts"');
    expect(result.stdout).toContain('hint: did you mean "status"?');
    expect(result.stdout).toMatch(/\d+ errors, 2 warnings in \d+ files\./);
    noStack(result.stdout + result.stderr);
  });

  it('writes workflow annotations with --format github', () => {
    const result = validate(['--format', 'github'], 'test/fixtures/invalid/content');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error file=test/fixtures/invalid/content/feedback/typo-field.md,line=4,col=1,title=Roadlog%3A unknown-field::',
    );
    expect(
      result.stdout
        .trim()
        .split('\n')
        .every((line) => /^::(error|warning) /.test(line)),
    ).toBe(true);
  });

  it('writes every problem, warnings included, as JSON with --format json', () => {
    const result = validate(['--format=json'], 'test/fixtures/invalid/content');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    const expected = validateProject({ root: PROJECT_ROOT, content: 'test/fixtures/invalid/content' }).problems;
    expect(report.version).toBe(1);
    expect([report.errors, report.warnings]).toEqual([expected.length - 2, 2]);
    expect(report.problems.map((problem: Problem) => `${problem.file}:${problem.line}:${problem.code}`)).toEqual(
      expected.map((problem) => `${problem.file}:${problem.line ?? null}:${problem.code}`),
    );
    const prefix = 'test/fixtures/invalid/content/feedback/';
    expect(report.problems.filter((problem: Problem) => problem.severity === 'warning')).toEqual([
      {
        severity: 'warning',
        code: 'stray-file',
        file: `${prefix}notes.txt`,
        line: null,
        column: null,
        message: 'file ignored: only .md files are requests',
        expected: null,
        found: '.txt',
        hint: 'rename it to notes.md',
      },
      expect.objectContaining({ severity: 'warning', code: 'nested-folder', file: `${prefix}old-requests`, line: null }),
    ]);
    expect(report.problems).toContainEqual({
      severity: 'error',
      code: 'unknown-reference',
      file: 'test/fixtures/invalid/content/changelog/ships-missing.md',
      line: 4,
      column: 9,
      message: 'roadmap item "updates-out-of-ordr" does not exist',
      expected: 'an id in test/fixtures/invalid/content/roadmap/',
      found: 'updates-out-of-ordr',
      hint: 'did you mean "updates-out-of-order"?',
    });
  });

  it('fails on warnings only with --strict', () => {
    const warningsOnly = 'test/fixtures/warnings/content';
    expect(validate([], warningsOnly).code).toBe(0);
    const strict = validate(['--strict'], warningsOnly);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('stale-item');
  });

  it('exits 2 for a broken site configuration', () => {
    const result = validate([], 'test/fixtures/no-config');
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('site.yaml  error  the site configuration file is missing');
  });

  it('reports a logo that public/ does not have, at its line in site.yaml', () => {
    const content = tempContent('basic', 'logo-cli');
    const site = join(content, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace('logo: /logo.svg', 'logo: /brand/missing.svg'));
    // The command's root is the folder it runs in, whose public/ holds a logo.svg but no brand/missing.svg.
    const result = validate([], content);
    expect(result.code).toBe(1);
    const file = relative(PROJECT_ROOT, site);
    expect(result.stdout).toContain(`${file}:19:7  error  logo "/brand/missing.svg" is not in public/`);
    expect(result.stdout).toContain('expected: a file at public/brand/missing.svg');
    expect(result.stdout).toContain('hint: put the file in public/ or change `logo`');
    noStack(result.stdout + result.stderr);
  });

  it('exits 2 with the usage for a wrong option, without a stack trace', () => {
    for (const args of [['--format', 'xml'], ['--nope'], ['stray']]) {
      const result = validate(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Usage: npm run validate');
      noStack(result.stderr);
    }
  });

  it('ends quietly when its reader stops early, as in `npm run validate | head`', async () => {
    // The pipe is closed before Node has even started, so the report's first write fails with EPIPE.
    const child = spawn(process.execPath, ['bin/roadlog.mjs', 'validate', '--content', 'test/fixtures/invalid/content'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});
