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
  jobs: Record<
    string,
    {
      steps: Step[];
      needs?: string | string[];
      if?: string;
      environment?: { name: string };
      permissions?: Record<string, string>;
      outputs?: Record<string, string>;
    }
  >;
}

/** Runs a step's own script with bash, stand-in commands first in PATH; returns its output and what it wrote for GitHub. */
function runStep(step: Step, env: Record<string, string>, fakes: Record<string, string>) {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, 'workflow-step-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  for (const [name, script] of Object.entries(fakes)) {
    writeFileSync(join(bin, name), `#!/bin/sh\n${script}\n`);
    chmodSync(join(bin, name), 0o755);
  }
  const output = join(dir, 'github-output');
  const summary = join(dir, 'step-summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const result = spawnSync('bash', ['-e', '-c', step.run!], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: `${bin}:${process.env.PATH}`, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, ...env },
  });
  return { ...result, dir, output: readFileSync(output, 'utf8'), summary: readFileSync(summary, 'utf8') };
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

describe('the build caches', () => {
  it.each(['validate.yml', 'deploy.yml'])(
    '%s restores and saves them after npm ci and before the build, keyed by the lockfile and the config',
    (name) => {
      const file = workflow(name);
      const steps = Object.values(file.jobs).find((job) => job.steps.some((step) => step.run?.includes('npm run build')))!.steps;
      const install = steps.findIndex((step) => step.run?.startsWith('npm ci'));
      const cache = steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
      const build = steps.findIndex((step) => step.run?.includes('npm run build'));
      expect(install).toBeGreaterThanOrEqual(0);
      expect(cache).toBeGreaterThan(install);
      expect(build).toBeGreaterThan(cache);
      const settings = steps[cache]!.with as { path: string; key: string; 'restore-keys': string };
      // The cache folder the integration builds with (Astro's default cacheDir).
      expect(settings.path).toBe('node_modules/.astro');
      expect(settings.key).toContain("hashFiles('package-lock.json', 'astro.config.*')");
      // A unique key saves each run's caches; the prefix restores the newest.
      expect(settings.key.startsWith(settings['restore-keys'].trim())).toBe(true);
    },
  );
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

  describe('telling customers after each deploy', () => {
    const previous = build.find((step) => step.id === 'previous')!;
    const notify = deploy.jobs.notify!;
    const notifyStep = notify.steps.find((step) => step.run?.includes('notify'))!;

    it('fetches the live site’s feedback.json before building, and keeps it for the notify job', () => {
      const index = (step: Step | undefined) => build.indexOf(step!);
      expect(index(previous)).toBeGreaterThan(build.findIndex((step) => step.uses?.startsWith('actions/configure-pages')));
      expect(index(previous)).toBeLessThan(index(buildStep));
      const keep = build.find((step) => step.uses?.startsWith('actions/upload-artifact'))!;
      expect(keep).toMatchObject({
        if: "steps.previous.outputs.found == 'true'",
        with: { name: 'previous-feedback', path: 'previous/feedback.json' },
      });
      expect(deploy.jobs.build!.outputs).toMatchObject({ previous: `\${{ steps.previous.outputs.found }}` });
    });

    it.each([
      ['/roadmap', 'https://owner.github.io/roadmap/api/v1/feedback.json'],
      ['/roadmap/', 'https://owner.github.io/roadmap/api/v1/feedback.json'],
      ['', 'https://owner.github.io/api/v1/feedback.json'],
    ])('reads the live feedback.json under the Pages base path %j', (basePath, url) => {
      const run = runStep(
        previous,
        { SITE_ORIGIN: 'https://owner.github.io', PAGES_BASE_PATH: basePath },
        {
          curl: 'for last; do :; done; echo "$last" > curl-url; while [ $# -gt 0 ]; do if [ "$1" = "--output" ]; then echo "{}" > "$2"; fi; shift; done',
        },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(readFileSync(join(run.dir, 'curl-url'), 'utf8').trim()).toBe(url);
      expect(run.output).toBe('found=true\n');
    });

    it('skips notify on a first deploy, when the live site has no feedback.json yet', () => {
      const run = runStep(
        previous,
        { SITE_ORIGIN: 'https://owner.github.io', PAGES_BASE_PATH: '' },
        { curl: 'echo "curl: (22) 404" >&2; exit 22' },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(run.output).toBe('found=false\n');
      expect(notify.if).toContain("needs.build.outputs.previous == 'true'");
    });

    it('runs after the deploy with the permission to comment on and close issues, and a documented secret for another repository', () => {
      expect(notify.needs).toEqual(['build', 'deploy']);
      expect(notify.permissions).toEqual({ contents: 'read', issues: 'write' });
      expect(notify.if).toContain("vars.ROADLOG_NOTIFY != 'off'");
      const steps = notify.steps.map((step) => step.uses?.split('@')[0] ?? step.run?.split(' ')[0]);
      expect(steps.slice(0, 3)).toEqual(['actions/checkout', 'actions/setup-node', 'npm']);
      const download = notify.steps.find((step) => step.uses?.startsWith('actions/download-artifact'))!;
      expect(download.with).toEqual({ name: 'previous-feedback', path: 'previous' });
      expect(notify.steps.indexOf(download)).toBeLessThan(notify.steps.indexOf(notifyStep));
      expect(notifyStep.env).toMatchObject({
        GITHUB_TOKEN: `\${{ secrets.ROADLOG_NOTIFY_TOKEN || secrets.GITHUB_TOKEN }}`,
        ROADLOG_WEBHOOK_URL: `\${{ secrets.ROADLOG_WEBHOOK_URL }}`,
        ROADLOG_SITE_URL: `\${{ needs.build.outputs.origin }}`,
        PAGES_BASE_PATH: `\${{ needs.build.outputs.base_path }}`,
      });
    });

    const npm = `echo "base=$ROADLOG_BASE url=$ROADLOG_SITE_URL args=$*"; exit \${FAKE_EXIT:-0}`;

    it('runs notify --send against the fetched file once ROADLOG_NOTIFY is "send", with the build’s addresses', () => {
      const run = runStep(
        notifyStep,
        { ROADLOG_NOTIFY: 'send', ROADLOG_SITE_URL: 'https://owner.github.io', PAGES_BASE_PATH: '/roadmap' },
        { npm },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain(
        'base=/roadmap/ url=https://owner.github.io args=run --silent notify -- --previous previous/feedback.json --send',
      );
      expect(run.summary).toContain('args=run --silent notify -- --previous previous/feedback.json --send');
    });

    it('is a dry run until then, with the plan in the run’s summary', () => {
      const run = runStep(notifyStep, { ROADLOG_NOTIFY: '', ROADLOG_SITE_URL: 'https://owner.github.io', PAGES_BASE_PATH: '' }, { npm });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/args=run --silent notify -- --previous previous\/feedback\.json\n/);
      expect(run.stdout).toContain('::notice::notify ran as a dry run');
      expect(run.summary).toContain('```text\nbase=/ url=https://owner.github.io');
    });

    it('fails the job when something could not be sent, after writing the summary', () => {
      const run = runStep(
        notifyStep,
        { ROADLOG_NOTIFY: 'send', ROADLOG_SITE_URL: 'https://owner.github.io', PAGES_BASE_PATH: '', FAKE_EXIT: '1' },
        { npm },
      );
      expect(run.status).toBe(1);
      expect(run.summary).toContain('--send');
    });
  });
});
