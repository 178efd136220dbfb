import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TMP } from '../helpers/build.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, { paths?: string[]; branches?: string[] } | null>;
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string } }>;
}

const workflow = (name: string): Workflow => parse(readFileSync(join(PROJECT_ROOT, '.github/workflows', name), 'utf8'), { strict: true });

describe('the pull-request workflow', () => {
  const validate = workflow('validate.yml');
  const steps = validate.jobs.validate!.steps;

  it('runs on every pull request (content ones included; no path filter to leave a required check pending), read-only', () => {
    expect(Object.keys(validate.on)).toEqual(['pull_request']);
    expect(validate.on.pull_request?.paths).toBeUndefined();
    expect(validate.permissions).toEqual({ contents: 'read' });
  });

  it('installs with npm ci on Node 24, then validates with the github format so problems annotate the diff', () => {
    const uses = steps.map((step) => step.uses?.split('@')[0]);
    expect(uses).toContain('actions/checkout');
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with).toMatchObject({ 'node-version': 24 });
    const runs = steps.map((step) => step.run ?? '');
    const install = runs.findIndex((run) => run.startsWith('npm ci'));
    const check = runs.findIndex((run) => /npm run (--silent )?validate -- --format github/.test(run));
    expect(install).toBeGreaterThanOrEqual(0);
    expect(check).toBeGreaterThan(install);
    expect(steps.find((step) => step.if === 'failure()')?.run).toContain('GITHUB_STEP_SUMMARY');
  });
});

describe('the deploy workflow', () => {
  const deploy = workflow('deploy.yml');
  const build = deploy.jobs.build!.steps;
  const buildStep = build.find((step) => step.run?.includes('npm run build'))!;

  it('deploys pushes to main to GitHub Pages with the permissions and concurrency Pages needs', () => {
    expect(deploy.on.push?.branches).toEqual(['main']);
    expect(deploy.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
    expect(build.some((step) => step.uses?.startsWith('actions/upload-pages-artifact') && step.with?.path === 'dist')).toBe(true);
    expect(deploy.jobs.deploy!.needs).toBe('build');
    expect(deploy.jobs.deploy!.environment?.name).toBe('github-pages');
    expect(deploy.jobs.deploy!.steps[0]!.uses).toMatch(/^actions\/deploy-pages@/);
  });

  it('sets the site URL and base path from the Pages settings', () => {
    const pages = build.find((step) => step.uses?.startsWith('actions/configure-pages'))!;
    expect(buildStep.env).toEqual({
      ROADLOG_SITE_URL: `\${{ steps.${pages.id}.outputs.origin }}`,
      PAGES_BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}`,
    });
  });

  it.each([
    ['/roadmap/', '/roadmap/'],
    ['/roadmap', '/roadmap/'],
    ['/', '/'],
    ['', '/'],
  ])('builds a Pages base path of %j with ROADLOG_BASE=%j', (basePath, expected) => {
    // Runs the step's own script, with an `npm` that reports the environment it got.
    mkdirSync(TMP, { recursive: true });
    const bin = mkdtempSync(join(TMP, 'fake-npm-'));
    writeFileSync(join(bin, 'npm'), '#!/bin/sh\necho "base=$ROADLOG_BASE url=$ROADLOG_SITE_URL args=$*"\n');
    chmodSync(join(bin, 'npm'), 0o755);
    const result = spawnSync('bash', ['-e', '-c', buildStep.run!], {
      encoding: 'utf8',
      env: { PATH: `${bin}:${process.env.PATH}`, PAGES_BASE_PATH: basePath, ROADLOG_SITE_URL: 'https://owner.github.io' },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`base=${expected} url=https://owner.github.io args=run build`);
  });
});
