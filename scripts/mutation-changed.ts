/**
 * CI's mutation check: Stryker in incremental mode over src/core against the
 * committed baseline (reports/stryker-incremental.json). Mutants whose code
 * and covering tests are unchanged keep their recorded result; only those in
 * changed or new code, or covered by changed tests, run again. Stryker fails
 * (exit 1) when the score falls below `thresholds.break`.
 *
 * Stryker rewrites its incremental file at the end of a run, so the check
 * works on a copy: the committed baseline is input only, and a CI clone ends
 * as clean as it started. `npm run test:mutation` (a full run) writes the
 * baseline itself.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './lib/project-root.ts';

const BASELINE = 'reports/stryker-incremental.json';
const WORKING_COPY = 'reports/mutation/incremental-ci.json';

if (import.meta.main) {
  const baseline = join(PROJECT_ROOT, BASELINE);
  if (!existsSync(baseline)) {
    console.error(`${BASELINE} is missing: run npm run test:mutation to write it, then commit it.`);
    process.exit(2);
  }
  const copy = join(PROJECT_ROOT, WORKING_COPY);
  mkdirSync(join(copy, '..'), { recursive: true });
  copyFileSync(baseline, copy);
  const stryker = join(PROJECT_ROOT, 'node_modules/.bin/stryker');
  const run = spawnSync(stryker, ['run', '--incremental', '--incrementalFile', copy, ...process.argv.slice(2)], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  process.exit(run.status ?? 1);
}
