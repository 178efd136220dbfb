import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['test/core/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/client/**/*.test.ts'],
          environment: 'node',
          // CLI tests start several Node processes each; a busy 2-core CI machine needs more than the default 5 s.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'build',
          sequence: { groupOrder: 0 },
          include: ['test/build/**/*.test.ts'],
          exclude: ['test/build/dev-server.test.ts'],
          environment: 'node',
          // Builds the shared fixture sites once for every build test file.
          globalSetup: ['test/build/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          sequence: { groupOrder: 0 },
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          // Builds the fixture under /roadmap/ once and serves it on a free port; fails if Chromium is missing.
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'dev',
          include: ['test/build/dev-server.test.ts'],
          environment: 'node',
          // After every other project (npm test runs it on its own, once the others are done): builds running
          // beside a dev server load the machine and share Vite's dependency cache under node_modules, and its
          // restarts for site.yaml then miss their deadlines.
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
