import { describe, expect, it } from 'vitest';
import { parseBuildLog } from '../../scripts/bench/run.ts';

// Shaped like `astro build` output: Astro colours its timings, the bench must read them anyway.
const coldLog = [
  '06:00:01 [build] Collecting build info...',
  '06:00:01 [build] \u001b[32m✓ Completed in 812ms.\u001b[39m',
  '06:00:04 [vite] ✓ built in 2.41s',
  '06:00:04  generating static routes ',
  '06:00:31 ✓ Completed in 27.5s.',
  '06:00:39 [roadlog] search index: 10021 pages in 8312 ms',
].join('\n');

const warmLog = [
  '06:10:01 [build] Collecting build info...',
  '06:10:01 [build] ✓ Completed in 790ms.',
  '06:10:03 [vite] ✓ built in 1.9s',
  '06:10:03  generating static routes ',
  '06:10:14 ✓ Completed in 10.5s.',
  '06:10:14 [roadlog] pages: 1 rendered, 20040 unchanged since the last build',
  '06:10:15 [roadlog] search index: 10021 pages, unchanged since the last build in 702 ms',
].join('\n');

describe('parseBuildLog', () => {
  it('reads each phase of a cold build in milliseconds', () => {
    expect(parseBuildLog(coldLog)).toEqual({
      searchMs: 8312,
      rendered: undefined,
      reused: undefined,
      phases: { setup: 812, entrypoints: 2410, pages: 27500, search: 8312 },
    });
  });

  it('reads the reused pages and a reused search index of a warm build', () => {
    expect(parseBuildLog(warmLog)).toEqual({
      searchMs: 702,
      rendered: 1,
      reused: 20040,
      phases: { setup: 790, entrypoints: 1900, pages: 10500, search: 702 },
    });
  });

  it('leaves out what the log does not say rather than guessing', () => {
    expect(parseBuildLog('nothing useful')).toEqual({
      searchMs: undefined,
      rendered: undefined,
      reused: undefined,
      phases: { setup: undefined, entrypoints: undefined, pages: undefined, search: undefined },
    });
  });
});
