/**
 * npm run bench [-- --sizes 1000,10000] [--seed S] [--runs N] [--skip-floor] [--keep] [--out FILE | --no-write]
 * Generates synthetic corpora, times validation and builds against plain Astro (the floor), and reports.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeBenchmarksFile } from './bench/benchmarks-file.ts';
import { HOW_MEASURED } from './bench/how-measured.ts';
import { markdownReport, terminalReport } from './bench/report.ts';
import { BenchFailure, runBench } from './bench/run.ts';
import { parseCommandLine, runCommand, UsageError } from '../src/cli/args.ts';
import { PROJECT_ROOT } from './lib/project-root.ts';

const USAGE = `Usage: npm run bench -- [options]

  --sizes 1000,10000     corpus sizes, in entries (default 1000,10000)
  --seed S               seed of the synthetic corpora (default roadlog)
  --runs N               time each build N times and report the median (default 1)
  --validation-runs N    time validation N times (default 5)
  --skip-floor           do not build the plain-Astro floors (no ratios)
  --keep                 keep the temporary folder with corpora, builds and logs
  --out FILE             where to write the report (default BENCHMARKS.md)
  --no-write             print only; do not write the report
  --json FILE            also write every figure as JSON`;

function positiveInteger(value: string, option: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`${option} expects a whole number >= 1, got "${value}"`);
  return number;
}

await runCommand(USAGE, async () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), {
    sizes: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: 'roadlog' },
    runs: { type: 'string', default: '1' },
    'validation-runs': { type: 'string', default: '5' },
    'skip-floor': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    'no-write': { type: 'boolean', default: false },
    json: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const sizes = values.sizes.split(',').map((size) => {
    const number = positiveInteger(size.trim(), '--sizes');
    if (number < 20) throw new UsageError('--sizes: a corpus has at least 20 entries');
    return number;
  });
  const result = await runBench({
    projectRoot: PROJECT_ROOT,
    sizes,
    seed: values.seed,
    runs: positiveInteger(values.runs, '--runs'),
    validationRuns: positiveInteger(values['validation-runs'], '--validation-runs'),
    skipFloor: values['skip-floor'],
    keep: values.keep,
    log: (message) => process.stderr.write(`bench: ${message}\n`),
  }).catch((cause: unknown) => {
    if (cause instanceof BenchFailure) {
      process.stderr.write(`bench: ${cause.message}\n`);
      return undefined;
    }
    throw cause;
  });
  if (!result) return 1;

  process.stdout.write(`\n${terminalReport(result)}`);
  if (result.workDir) process.stdout.write(`kept: ${result.workDir}\n`);
  if (values.json) writeFileSync(resolve(values.json), `${JSON.stringify(result, null, 2)}\n`);
  if (!values['no-write']) {
    const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
    const out = resolve(values.out);
    writeBenchmarksFile(out, `${markdownReport(result, command)}\n\n${HOW_MEASURED}`);
    process.stdout.write(`wrote ${values.out}\n`);
  }
  const unmeasured = result.sizes.filter((size) => size.dev && 'failed' in size.dev);
  for (const size of unmeasured) process.stderr.write(`bench: [${size.size}] astro dev could not be measured\n`);
  return unmeasured.length ? 1 : 0;
});
