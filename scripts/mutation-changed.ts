/**
 * CI's mutation check: Stryker in incremental mode over the files the
 * committed baseline (reports/stryker-incremental.json) covers. Mutants whose
 * code and covering tests are unchanged keep their recorded result; only
 * those in changed code, or covered by changed tests, run again. Stryker
 * fails (exit 1) when the score falls below `thresholds.break`.
 *
 * The baseline is written by `npm run test:mutation`, a full run over
 * src/core: a file it never covered is not mutated here, which keeps CI
 * inside its time limit (a full run takes hours on a 2-core machine).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './lib/project-root.ts';

const BASELINE = 'reports/stryker-incremental.json';

/** The source files of src/core that the baseline has results for and that still exist. */
export function baselineFiles(report: { files?: Record<string, unknown> }, exists: (file: string) => boolean): string[] {
  return Object.keys(report.files ?? {})
    .filter((file) => file.startsWith('src/core/') && exists(file))
    .sort();
}

if (import.meta.main) {
  const path = join(PROJECT_ROOT, BASELINE);
  if (!existsSync(path)) {
    console.error(`${BASELINE} is missing: run npm run test:mutation to write it, then commit it.`);
    process.exit(2);
  }
  const files = baselineFiles(JSON.parse(readFileSync(path, 'utf8')), (file) => existsSync(join(PROJECT_ROOT, file)));
  if (files.length === 0) {
    console.error(`${BASELINE} covers no file of src/core: run npm run test:mutation.`);
    process.exit(2);
  }
  const stryker = join(PROJECT_ROOT, 'node_modules/.bin/stryker');
  const run = spawnSync(stryker, ['run', '--incremental', '--mutate', files.join(','), ...process.argv.slice(2)], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  process.exit(run.status ?? 1);
}
