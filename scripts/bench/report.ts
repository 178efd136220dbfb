import { type FeedFiles, LIST_PAGE_BUDGET } from './output-stats.ts';
import type { BenchResult, BuildTiming, SizeResult } from './run.ts';

/** The issue's targets, at 10,000 entries. */
export const TARGETS = {
  validationMs: 1000,
  floorRatio: 1.3,
  /** A rebuild with the previous build's caches, over the cold build. */
  warmUnchangedRatio: 0.15,
  warmEditRatio: 0.25,
  peakRssBytes: 2 * 1024 ** 3,
  listPageBytes: LIST_PAGE_BUDGET,
  firstQueryBytes: 300_000,
} as const;

export interface Row {
  label: string;
  values: string[];
  target?: string;
  /** Whether each size meets the target; undefined where it does not apply. */
  pass?: (boolean | undefined)[];
}

export const seconds = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);
export const milliseconds = (ms: number) => (ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`);
export const kb = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`);
export const mib = (bytes: number | undefined) =>
  bytes === undefined ? 'n/a' : bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GiB` : `${Math.round(bytes / 1024 ** 2)} MiB`;
const count = (value: number) => value.toLocaleString('en-US');
const ratio = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(2)}x`);

/** Roadlog's cold build over the floor's. */
export function floorRatio(size: SizeResult): number | undefined {
  const floor = size.floors.default;
  return floor ? size.build.cold.ms / floor.ms : undefined;
}

/** A build's phases, as Astro's log and Roadlog's own lines give them. */
function phases(timing: BuildTiming): string {
  const { setup, entrypoints, pages, search } = timing.phases;
  const part = (label: string, ms: number | undefined) => (ms === undefined ? [] : [`${label} ${seconds(ms)}`]);
  const parts = [
    ...part('setup and content sync', setup),
    ...part('entry points', entrypoints),
    ...part('pages', pages),
    ...part('search index', search),
  ];
  const known = (setup ?? 0) + (entrypoints ?? 0) + (pages ?? 0) + (search ?? 0);
  return parts.length ? `${parts.join(', ')}, the rest ${seconds(Math.max(0, timing.ms - known))}` : 'n/a';
}

const NO_SEARCH = 'n/a (no search index)';

function feedSize(feeds: FeedFiles): string {
  if (feeds.files === 0) return 'none';
  const largest = feeds.largest ? `, largest ${kb(feeds.largest.bytes)}` : '';
  return `${kb(feeds.bytes)} in ${count(feeds.files)} files${largest}`;
}

/** Every figure of the issue, one row each, a column per corpus size. */
export function rows(result: BenchResult): Row[] {
  const sizes = result.sizes;
  const map = (f: (size: SizeResult) => string) => sizes.map(f);
  const check = (f: (size: SizeResult) => boolean | undefined) => sizes.map(f);
  const timed = (ms: number, runs: number[]) =>
    runs.length > 1 ? `${seconds(ms)} (${runs.map((run) => (run / 1000).toFixed(1)).join(' / ')})` : seconds(ms);
  return [
    {
      label: 'entries: requests / items / releases',
      values: map((s) => `${count(s.corpus.feedback)} / ${count(s.corpus.roadmap)} / ${count(s.corpus.changelog)}`),
    },
    { label: 'corpus size (Markdown)', values: map((s) => kb(s.corpus.bytes)) },
    {
      label: `validation, cold start (median of ${result.validationRuns})`,
      values: map((s) => seconds(s.validation.cold.ms)),
      target: `< ${seconds(TARGETS.validationMs)}`,
      pass: check((s) => s.validation.cold.ms < TARGETS.validationMs),
    },
    {
      label: `validation, warm start (median of ${result.validationRuns})`,
      values: map((s) => seconds(s.validation.cli.ms)),
      target: `< ${seconds(TARGETS.validationMs)}`,
      pass: check((s) => s.validation.cli.ms < TARGETS.validationMs),
    },
    { label: '  of which validateProject()', values: map((s) => seconds(s.validation.coreMs)) },
    { label: '  of which loading the core modules', values: map((s) => seconds(s.validation.loadMs)) },
    {
      label: '  problems (errors / warnings)',
      values: map((s) => `${s.validation.errors} / ${s.validation.warnings}`),
      pass: check((s) => s.validation.errors === 0),
    },
    {
      label: `insights: computeInsights() (median of ${result.validationRuns})`,
      values: map((s) => `${milliseconds(s.insights.ms)}, ${milliseconds((s.insights.ms / s.size) * 1000)} per 1,000 entries`),
    },
    {
      label: '  triage: computeTriage(), likely duplicates included',
      values: map((s) => `${milliseconds(s.insights.triageMs)}, ${count(s.insights.likelyDuplicates)} pairs`),
    },
    { label: `full build, cold (median of ${result.runs})`, values: map((s) => timed(s.build.cold.ms, s.build.cold.runs)) },
    { label: '  where the time goes', values: map((s) => phases(s.build.cold)) },
    {
      label: 'floor: plain Astro and Pagefind, same concurrency',
      values: map((s) => (s.floors.default ? timed(s.floors.default.ms, s.floors.default.runs) : 'skipped')),
    },
    { label: '  where the time goes', values: map((s) => (s.floors.default ? phases(s.floors.default) : 'skipped')) },
    {
      label: 'build / floor',
      values: map((s) => ratio(floorRatio(s))),
      target: `<= ${TARGETS.floorRatio}x`,
      pass: check((s) => {
        const value = floorRatio(s);
        return value === undefined ? undefined : value <= TARGETS.floorRatio;
      }),
    },
    {
      label: 'warm rebuild, nothing changed',
      values: map((s) => `${timed(s.build.warm.ms, s.build.warm.runs)}, ${ratio(s.build.warm.ms / s.build.cold.ms)} of cold`),
      target: `<= ${TARGETS.warmUnchangedRatio}x cold`,
      pass: check((s) => s.build.warm.ms / s.build.cold.ms <= TARGETS.warmUnchangedRatio),
    },
    { label: '  where the time goes', values: map((s) => phases(s.build.warm)) },
    {
      label: 'warm rebuild, one request edited',
      values: map(
        (s) => `${timed(s.build.warmOneFile.ms, s.build.warmOneFile.runs)}, ${ratio(s.build.warmOneFile.ms / s.build.cold.ms)} of cold`,
      ),
      target: `<= ${TARGETS.warmEditRatio}x cold`,
      pass: check((s) => s.build.warmOneFile.ms / s.build.cold.ms <= TARGETS.warmEditRatio),
    },
    { label: '  where the time goes', values: map((s) => phases(s.build.warmOneFile)) },
    {
      label: '  pages rendered / copied from the cache',
      values: map((s) => `${count(s.build.warmOneFile.rendered ?? 0)} / ${count(s.build.warmOneFile.reused ?? 0)}`),
    },
    {
      label: '  the same output as a cold build',
      values: map((s) => (s.build.identical.same ? 'byte for byte' : `differs: ${s.build.identical.differences.join(', ')}`)),
      target: 'byte for byte',
      pass: check((s) => s.build.identical.same),
    },
    {
      label: 'astro dev: first page, an edit shown',
      values: map((s) =>
        !s.dev ? 'n/a' : 'failed' in s.dev ? `failed: ${s.dev.failed}` : `${seconds(s.dev.firstPageMs)}, ${seconds(s.dev.editShownMs)}`,
      ),
    },
    { label: 'content sync (astro sync), cold', values: map((s) => timed(s.sync.cold.ms, s.sync.cold.runs)) },
    { label: 'content sync (astro sync), warm', values: map((s) => timed(s.sync.warm.ms, s.sync.warm.runs)) },
    {
      label: 'floor: astro sync, cold / warm',
      values: map((s) =>
        s.sync.floorCold && s.sync.floorWarm ? `${seconds(s.sync.floorCold.ms)} / ${seconds(s.sync.floorWarm.ms)}` : 'skipped',
      ),
    },
    {
      label: 'peak memory (RSS), cold build',
      values: map((s) => mib(s.build.cold.peakRss)),
      target: `< ${mib(TARGETS.peakRssBytes)}`,
      pass: check((s) => (s.build.cold.peakRss === undefined ? undefined : s.build.cold.peakRss < TARGETS.peakRssBytes)),
    },
    { label: 'peak memory (RSS), floor', values: map((s) => mib(s.floors.default?.peakRss)) },
    { label: 'output size (dist)', values: map((s) => `${kb(s.output.bytes)}, ${count(s.output.files)} files`) },
    {
      label: 'output size, floor',
      values: map((s) => (s.floors.default ? `${kb(s.floors.default.bytes)}, ${count(s.floors.default.files)} files` : 'skipped')),
    },
    {
      label: 'board HTML (roadmap/index.html)',
      values: map((s) => (s.output.board ? kb(s.output.board.bytes) : 'missing')),
      target: `<= ${kb(TARGETS.listPageBytes)}`,
      pass: check((s) => (s.output.board ? s.output.board.bytes <= TARGETS.listPageBytes : false)),
    },
    {
      label: 'largest list page',
      values: map((s) => (s.output.largestList ? `${kb(s.output.largestList.bytes)} (${s.output.largestList.path})` : 'none')),
      target: `<= ${kb(TARGETS.listPageBytes)}`,
      pass: check((s) => s.output.listPagesOverBudget === 0),
    },
    {
      label: `list pages over ${kb(TARGETS.listPageBytes)}`,
      values: map((s) => `${s.output.listPagesOverBudget} of ${count(s.output.listPages)}`),
    },
    {
      label: 'activity feeds (roadmap/activity.xml, per area)',
      values: map((s) => feedSize(s.output.feeds.activity)),
    },
    {
      label: 'request feeds (feedback/<id>/feed.xml)',
      values: map((s) => feedSize(s.output.feeds.requests)),
    },
    {
      label: `feed generation, activity / requests (median of ${result.validationRuns})`,
      values: map(
        (s) =>
          `${seconds(s.feeds.activityMs)} / ${seconds(s.feeds.requestMs)} (${count(s.feeds.activityFeeds)} + ${count(s.feeds.requestFeeds)} feeds)`,
      ),
    },
    {
      label: 'search index size',
      values: map((s) => (s.search ? `${kb(s.search.indexBytes)}, ${count(s.search.indexFiles)} files` : NO_SEARCH)),
    },
    {
      label: `first search query ("${result.searchQuery}"), the header's results`,
      values: map((s) => (s.search ? `${kb(s.search.firstQuery.bytes)} in ${s.search.firstQuery.requests} requests` : NO_SEARCH)),
      target: `< ${kb(TARGETS.firstQueryBytes)}`,
      pass: check((s) => (s.search ? s.search.firstQuery.bytes < TARGETS.firstQueryBytes : false)),
    },
    {
      label: '  the same query, a page of the search page',
      values: map((s) => (s.search ? `${kb(s.search.pageQuery.bytes)} in ${s.search.pageQuery.requests} requests` : NO_SEARCH)),
    },
    {
      label: 'link check: broken internal links',
      values: map((s) => `${s.links.broken} of ${count(s.links.links)} in ${count(s.links.pages)} pages`),
      target: '0',
      pass: check((s) => s.links.broken === 0),
    },
  ];
}

const mark = (pass: boolean | undefined) => (pass === undefined ? '' : pass ? 'pass' : 'FAIL');

export function machineLine(result: BenchResult): string {
  const m = result.machine;
  return `${m.cores} cores, ${m.cpu}, ${mib(m.memoryBytes)} RAM, Node ${m.node}, Astro ${m.astro}, ${m.os}`;
}

/** Other work on the machine makes timings noisy: the load average says how busy it was. */
export function loadLine(result: BenchResult): string {
  const m = result.machine;
  const end = m.loadAtEnd === undefined ? '' : `, ${m.loadAtEnd.toFixed(2)} at the end`;
  const busy = Math.max(m.loadAtStart, m.loadAtEnd ?? 0) > m.cores / 2;
  return `load average ${m.loadAtStart.toFixed(2)} at the start${end}${busy ? ' (a busy machine: timings are noisy)' : ''}`;
}

/** A plain-text table for the terminal. */
export function terminalReport(result: BenchResult): string {
  const table = rows(result);
  const header = ['', ...result.sizes.map((s) => `${count(s.size)} entries`), 'target'];
  const body = table.map((row) => [
    row.label,
    ...row.values.map((value, i) => (row.pass?.[i] === undefined ? value : `${value} ${mark(row.pass[i])}`)),
    row.target ?? '',
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((line) => line[column]!.length)));
  const format = (line: string[]) =>
    line
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [
    `Roadlog benchmark, ${result.date.slice(0, 10)}: ${machineLine(result)}`,
    `seed ${result.seed}, builds timed ${result.runs}x (median), validation ${result.validationRuns}x; ${loadLine(result)}`,
    '',
    format(header),
    format(widths.map((width) => '-'.repeat(width))),
    ...body.map(format),
    ...brokenSamples(result),
    '',
  ].join('\n');
}

function brokenSamples(result: BenchResult): string[] {
  return result.sizes.filter((s) => s.links.broken > 0).flatMap((s) => ['', `broken links at ${count(s.size)} entries:`, s.links.sample]);
}

/** The targets, judged at the largest corpus. */
export function targetLines(result: BenchResult): string[] {
  const largest = result.sizes.at(-1);
  if (!largest) return [];
  const index = result.sizes.length - 1;
  return rows(result)
    .filter((row) => row.target !== undefined)
    .map(
      (row) =>
        `| ${row.label.trim()} | ${row.target} | ${row.values[index]} | ${row.pass?.[index] === undefined ? 'n/a' : row.pass[index] ? 'pass' : '**fail**'} |`,
    );
}

const escapePipes = (text: string) => text.replace(/\|/g, '\\|');

/** The generated part of BENCHMARKS.md. */
export function markdownReport(result: BenchResult, command: string): string {
  const table = rows(result);
  const largest = result.sizes.at(-1)!;
  return [
    `Measured on ${result.date.slice(0, 10)} with \`${command}\`.`,
    '',
    `- Machine: ${machineLine(result)}; ${loadLine(result)}.`,
    `- Corpora: seed \`${result.seed}\`, ${result.sizes.map((s) => count(s.size)).join(' and ')} entries, base path \`${result.base}\`.`,
    `- Builds timed ${result.runs} time(s) each, the median reported (every run in brackets); validation ${result.validationRuns} times, the median reported.`,
    '',
    `## Targets at ${count(largest.size)} entries`,
    '',
    '| target | goal | measured | |',
    '| --- | --- | --- | --- |',
    ...targetLines(result),
    '',
    '## Every figure',
    '',
    `| | ${result.sizes.map((s) => `${count(s.size)} entries`).join(' | ')} | target |`,
    `| --- | ${result.sizes.map(() => '---:').join(' | ')} | --- |`,
    ...table.map(
      (row) =>
        `| ${escapePipes(row.label.replace(/^ {2}/, '&nbsp;&nbsp;'))} | ${row.values
          .map((value, i) => escapePipes(row.pass?.[i] === false ? `**${value}**` : value))
          .join(' | ')} | ${escapePipes(row.target ?? '')} |`,
    ),
    '',
    '## Corpora',
    '',
    ...result.sizes.map(
      (s) =>
        `- ${count(s.size)} entries: ${s.corpus.areas} areas; roadmap items ${Object.entries(s.corpus.itemStatuses)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}; requests ${Object.entries(s.corpus.requestPaths)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')} (${s.corpus.duplicateChains} duplicate chains).`,
    ),
  ].join('\n');
}
