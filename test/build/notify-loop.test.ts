import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture } from '../helpers/build.ts';
import { runScript } from '../helpers/run.ts';

/**
 * The whole loop as a team runs it: the live site was built without the
 * release, the release is added, and notify compares the content with the
 * feedback.json that build published.
 */
describe('notify after adding a release', () => {
  it('lists exactly the requests that release moved, compared with the previous build’s feedback.json', () => {
    const content = copyFixture('notify');
    const release = join(content, 'changelog/v2-0.md');
    const aside = join(content, '..', 'v2-0.md');
    renameSync(release, aside);
    const before = buildSite(content, 'notify-before', { ROADLOG_SITE_URL: '', ROADLOG_BASE: '' });
    expect(before.code, before.output).toBe(0);
    renameSync(aside, release);

    const run = runScript(
      'bin/roadlog.mjs',
      ['notify', '--content', content, '--previous', join(before.outDir, 'api/v1/feedback.json'), '--format', 'json'],
      {
        ROADLOG_SITE_URL: '',
        ROADLOG_BASE: '',
        ROADLOG_WEBHOOK_URL: '',
      },
    );
    expect(run.code, run.stderr).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan.previous.requests).toBe(8);
    expect(plan.changes).toEqual([
      expect.objectContaining({
        id: 'export-to-csv',
        from: 'in-progress',
        to: 'shipped',
        explanation: 'Shipped in 2.0.0 on 12 March 2026 as CSV export.',
        url: 'https://notify.example/roadmap/feedback/export-to-csv/',
        github: { issue: 'acme/app#1', close: 'completed', skip: null },
      }),
    ]);
  });
});
