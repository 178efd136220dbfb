import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchResult } from '../../scripts/bench/run.ts';
import { TMP } from '../helpers/build.ts';
import { runScript } from '../helpers/run.ts';

/** Every figure the issue asks for, as the terminal report labels it. */
const FIGURES = [
  'validation, cold start',
  'validation, warm start',
  'insights: computeInsights()',
  'triage: computeTriage(), likely duplicates included',
  'full build, cold',
  'where the time goes',
  'floor: plain Astro and Pagefind, same concurrency',
  'build / floor',
  'content sync (astro sync), cold',
  'content sync (astro sync), warm',
  'floor: astro sync, cold / warm',
  'warm rebuild, nothing changed',
  'warm rebuild, one request edited',
  'pages rendered / copied from the cache',
  'the same output as a cold build',
  'astro dev: first page, an edit shown',
  'peak memory (RSS), cold build',
  'output size (dist)',
  'board HTML (roadmap/index.html)',
  'largest list page',
  'activity feeds (roadmap/activity.xml, per area)',
  'request feeds (feedback/<id>/feed.xml)',
  'feed generation, activity / requests',
  'search index size',
  'first search query',
  'the same query, a page of the search page',
  'link check: broken internal links',
];

describe('npm run bench, on a tiny corpus', () => {
  it('reports every figure, with the floor, and writes nothing', () => {
    mkdirSync(TMP, { recursive: true });
    const json = join(mkdtempSync(join(TMP, 'bench-')), 'bench.json');
    const run = runScript('scripts/bench.ts', ['--sizes', '60', '--seed', 'smoke', '--validation-runs', '2', '--no-write', '--json', json]);
    expect(run.code, run.stderr).toBe(0);
    for (const figure of FIGURES) expect(run.stdout).toContain(figure);
    // The search figures are measured, never "n/a": a bench that skipped search must fail here.
    const searchLines = run.stdout.split('\n').filter((line) => /search index size|search query|the same query/.test(line));
    expect(searchLines).toHaveLength(3);
    for (const line of searchLines) {
      expect(line).not.toContain('n/a');
      expect(line).toMatch(/\d+\.\d (?:kB|MB)(?:, [\d,]+ files| in [\d,]+ requests)/);
    }
    expect(run.stdout).not.toContain('wrote ');

    const result = JSON.parse(readFileSync(json, 'utf8')) as BenchResult;
    expect(result.machine.cores).toBeGreaterThan(0);
    const [size] = result.sizes;
    expect(size!.size).toBe(60);
    expect(size!.validation).toMatchObject({ exitCode: 0, errors: 0 });
    expect(size!.insights.ms).toBeGreaterThan(0);
    expect(size!.insights.triageMs).toBeGreaterThan(0);
    // 80% of the corpus is requests; merged duplicates are not counted again.
    expect(size!.insights.requests).toBeGreaterThan(30);
    expect(size!.insights.shipped).toBeGreaterThan(0);
    for (const timing of [
      size!.validation.cold,
      size!.validation.cli,
      size!.build.cold,
      size!.build.warm,
      size!.build.warmOneFile,
      size!.floors.default!,
      size!.sync.cold,
      size!.sync.warm,
      size!.sync.floorCold!,
      size!.sync.floorWarm!,
    ]) {
      expect(timing.ms).toBeGreaterThan(0);
    }
    expect(size!.build.cold.peakRss).toBeGreaterThan(0);
    expect(size!.output.board?.bytes).toBeGreaterThan(0);
    expect(size!.output.largestList?.bytes).toBeGreaterThan(0);
    // A feed per request (merged ones included), and the site's activity feed with one per area.
    expect(size!.output.feeds.requests.files).toBe(size!.corpus.feedback);
    expect(size!.output.feeds.activity.files).toBe(size!.feeds.activityFeeds);
    expect(size!.feeds.requestFeeds).toBe(size!.corpus.feedback);
    expect(size!.feeds.requestMs).toBeGreaterThan(0);
    expect(size!.floors.default!.pages).toBe(60);
    expect(size!.links.broken, size!.links.sample).toBe(0);
    expect(size!.links.links).toBeGreaterThan(60);
    // Every build writes a search index: both first queries are measured in Chromium, with the results each UI shows.
    expect(size!.search?.firstQuery).toMatchObject({ shown: 6 });
    expect(size!.search?.pageQuery).toMatchObject({ shown: 20 });
    expect(size!.search!.pageQuery.bytes).toBeGreaterThanOrEqual(size!.search!.firstQuery.bytes);
    // The build's own log says where its time went, and how much of a warm build came from the cache.
    expect(size!.build.cold.searchMs).toBeGreaterThan(0);
    expect(size!.build.cold.phases.pages).toBeGreaterThan(0);
    expect(size!.floors.default!.phases.search).toBeGreaterThan(0);
    expect(size!.build.warmOneFile.reused).toBeGreaterThan(0);
    expect(size!.build.identical).toEqual({ same: true, differences: [] });
    expect(size!.dev).toEqual({ firstPageMs: expect.any(Number), editShownMs: expect.any(Number) });
  });

  it('refuses a wrong option with the usage and exit code 2', () => {
    const run = runScript('scripts/bench.ts', ['--sizes', 'ten']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: npm run bench');
  });
});
