// Mutation testing of the core: `npm run test:mutation` (full) or `npm run test:mutation:changed` (incremental, CI).
// See TESTING.md for how to read the report.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  // The unit project only: build and browser tests build whole sites, far too slow to repeat per mutant.
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['src/core/**/*.ts'],
  coverageAnalysis: 'perTest',
  // A static mutant (a module-level constant, computed once at import) needs every related test file rerun:
  // about 30 s each, days for the core. They are reported as "Ignored" and do not count in the score.
  ignoreStatic: true,
  reporters: ['html', 'clear-text', 'json', 'progress-append-only'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: 80 },
  // Committed, so CI re-tests only the mutants in code or tests changed since the last full run.
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  // Shared 2-core machines: at most two test processes.
  concurrency: 2,
  // Stryker rewrites tsconfig.json's relative paths with TypeScript's JS API, which TypeScript 7 no longer has.
  // The sandbox sits at the project's depth and Vitest needs no tsconfig paths rewritten, so point it at no file.
  tsconfigFile: 'tsconfig.stryker-none.json',
  ignorePatterns: ['dist', 'bench/.tmp', 'test/.tmp', 'test/build', 'test/browser', '.astro'],
};
