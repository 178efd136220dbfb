import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { basename, delimiter, dirname, join } from 'node:path';
import { listFiles } from '../lib/files.ts';
import { checkLinks, describeBroken } from '../lib/link-check.ts';
import { DEFAULT_BASE, generateCorpus, writeCorpus, type CorpusSummary } from './corpus.ts';
import { FLOOR_VARIANTS, writeFloorProject, type FloorVariant } from './floor.ts';
import { machineInfo, type MachineInfo } from './machine.ts';
import { median, runMeasured, type RunResult } from './measure.ts';
import { entryPagePaths, outputStats, type OutputStats } from './output-stats.ts';
import { searchStats, type SearchStats } from './search-cost.ts';

export interface BenchOptions {
  projectRoot: string;
  sizes: number[];
  seed: string;
  /** How many times each build is timed (the median is reported). */
  runs: number;
  /** How many times validation is timed; it is cheap, so more often. */
  validationRuns: number;
  skipFloor: boolean;
  keep: boolean;
  /** Progress messages. */
  log: (message: string) => void;
}

export interface Timing {
  /** Median over runs, in milliseconds. */
  ms: number;
  runs: number[];
  /** Highest peak RSS over runs, in bytes. */
  peakRss?: number;
}

/** A build's time, with what its log says of its parts. */
export interface BuildTiming extends Timing {
  /** The search index step (median), from the build's own log line. */
  searchMs: number;
  /** Pages rendered and pages copied from the previous build (incremental builds), in the last run. */
  rendered?: number;
  reused?: number;
  /** Where the time went in the last run, from Astro's log: milliseconds by phase. */
  phases: BuildPhases;
}

export interface BuildPhases {
  /** Astro's "collecting build info": the configuration, Roadlog's validation, the content sync, types. */
  setup?: number;
  /** Bundling the pages' code (Vite). */
  entrypoints?: number;
  /** Rendering and writing every page (or copying it from the previous build). */
  pages?: number;
  search?: number;
}

export interface FloorResult extends BuildTiming {
  bytes: number;
  files: number;
  /** HTML pages: one per entry. */
  pages: number;
}

export interface SizeResult {
  size: number;
  corpus: CorpusSummary;
  validation: {
    /** The validate command as a pull-request check starts it: Node's compile cache empty. */
    cold: Timing;
    /** The same command again, with the compile cache the first run filled. */
    cli: Timing;
    /** validateProject alone, in a fresh process (median). */
    coreMs: number;
    /** Loading the core's modules in a fresh process (median). */
    loadMs: number;
    exitCode: number | null;
    errors: number;
    warnings: number;
  };
  /**
   * computeInsights (what every build computes once for /insights/ and the API) and computeTriage (what
   * `roadlog triage` computes, likely duplicates included), each timed on its first call in a fresh process
   * after the project is read (median over the validation runs).
   */
  insights: { ms: number; triageMs: number; requests: number; shipped: number; likelyDuplicates: number };
  /**
   * Cold: empty output and cache folders. Warm: the cache of the cold build kept and the output folder
   * removed, as a deploy restores its caches but not the previous output; nothing changed, or one
   * request's body edited. `identical` compares the one-edit warm build with a cold build of the same content.
   */
  build: { cold: BuildTiming; warm: BuildTiming; warmOneFile: BuildTiming; identical: { same: boolean; differences: string[] } };
  /**
   * \`astro dev\`: until the home page answers, and from a saved edit until its page shows it; or why that
   * could not be measured (the bench then exits 1, after reporting everything else).
   */
  dev?: { firstPageMs: number; editShownMs: number } | { failed: string };
  /**
   * \`astro sync\` alone (start-up, validation, then the content layer reading and rendering every entry):
   * cold with an empty cache, warm with the cache of the cold one. The floor's is plain Astro's glob loader.
   */
  sync: { cold: Timing; warm: Timing; floorCold?: Timing; floorWarm?: Timing };
  output: OutputStats;
  /** Generating the activity feeds and every request's feed in a fresh process (medians). */
  feeds: { activityMs: number; requestMs: number; activityFeeds: number; requestFeeds: number };
  links: { pages: number; links: number; broken: number; sample: string };
  search?: SearchStats;
  floors: Partial<Record<FloorVariant, FloorResult>>;
}

export interface BenchResult {
  date: string;
  machine: MachineInfo;
  seed: string;
  runs: number;
  validationRuns: number;
  base: string;
  searchQuery: string;
  sizes: SizeResult[];
  /** Where the corpora and builds are, when kept. */
  workDir?: string;
}

/** A common word of the synthetic corpora: the first query of a customer looking around. */
export const SEARCH_QUERY = 'team';

export class BenchFailure extends Error {}

/** What a build's log says of its parts: Roadlog's (and the floor's) own lines, and Astro's phases. */
export function parseBuildLog(output: string): { searchMs?: number; rendered?: number; reused?: number; phases: BuildPhases } {
  const plain = stripVTControlCharacters(output);
  const seconds = (match: RegExpExecArray | null) => (match ? Math.round(Number(match[1]) * (match[2] === 'ms' ? 1 : 1000)) : undefined);
  const search = /search index: \d+ pages?(?:, [^\n]*?)? in (\d+) ms/.exec(plain);
  const pages = /pages: (\d+) rendered, (\d+) unchanged/.exec(plain);
  return {
    searchMs: search ? Number(search[1]) : undefined,
    rendered: pages ? Number(pages[1]) : undefined,
    reused: pages ? Number(pages[2]) : undefined,
    phases: {
      setup: seconds(/Collecting build info\.\.\.[\s\S]*?✓ Completed in ([\d.]+)(m?s)/.exec(plain)),
      entrypoints: seconds(/\[vite\] ✓ built in ([\d.]+)(m?s)/.exec(plain)),
      pages: seconds(/generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)/.exec(plain)),
      search: search ? Number(search[1]) : undefined,
    },
  };
}

function buildTiming(results: RunResult[]): BuildTiming {
  const parsed = results.map((result) => parseBuildLog(result.output));
  const last = parsed.at(-1);
  return {
    ...timing(results),
    searchMs: median(parsed.map((entry) => entry.searchMs ?? 0)),
    rendered: last?.rendered,
    reused: last?.reused,
    phases: last?.phases ?? {},
  };
}

function timing(results: RunResult[]): Timing {
  const peaks = results.map((result) => result.peakRss).filter((peak): peak is number => peak !== undefined);
  return {
    ms: median(results.map((result) => result.ms)),
    runs: results.map((result) => result.ms),
    peakRss: peaks.length ? Math.max(...peaks) : undefined,
  };
}

/** One of the project's own commands, as `npm run <name>` runs it, minus npm's start-up. */
function packageScript(projectRoot: string, name: string): string {
  const scripts = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts;
  const command = scripts?.[name];
  if (!command) throw new BenchFailure(`package.json has no "${name}" script`);
  return command;
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { projectRoot, log } = options;
  const machine = machineInfo(projectRoot);
  const workDir = mkdtempSync(join(tmpdir(), 'roadlog-bench-'));
  // npm puts node_modules/.bin first in PATH, which is also how the pinned Node runs the tools.
  const env = {
    PATH: `${join(projectRoot, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  const build = packageScript(projectRoot, 'build');
  const validate = packageScript(projectRoot, 'validate');
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine,
    seed: options.seed,
    runs: options.runs,
    validationRuns: options.validationRuns,
    base: DEFAULT_BASE,
    searchQuery: SEARCH_QUERY,
    sizes: [],
  };
  log(`work folder: ${workDir}`);
  try {
    for (const size of options.sizes) {
      result.sizes.push(await benchSize(size, { ...options, workDir, env, build, validate }));
    }
    machine.loadAtEnd = loadavg()[0];
  } finally {
    if (options.keep) result.workDir = workDir;
    else rmSync(workDir, { recursive: true, force: true });
  }
  return result;
}

interface SizeContext extends BenchOptions {
  workDir: string;
  env: Record<string, string>;
  build: string;
  validate: string;
}

async function benchSize(size: number, context: SizeContext): Promise<SizeResult> {
  const { projectRoot, log, env } = context;
  const dir = join(context.workDir, String(size));
  const content = join(dir, 'content');
  const logs = join(dir, 'logs');
  mkdirSync(logs, { recursive: true });

  log(`[${size}] generating the corpus (seed ${context.seed})`);
  const corpus = generateCorpus({ size, seed: context.seed });
  writeCorpus(content, corpus);

  log(`[${size}] validation × ${context.validationRuns}`);
  const validation = await measureValidation(content, context, logs);
  log(`[${size}] activity and request feeds × ${context.validationRuns}`);
  const feeds = await measureFeeds(content, context);

  log(`[${size}] insights and triage × ${context.validationRuns}`);
  const insights = await measureInsights(content, context);

  const cold: RunResult[] = [];
  const warm: RunResult[] = [];
  const warmOne: RunResult[] = [];
  const syncs: Record<'cold' | 'warm' | 'floorCold' | 'floorWarm', RunResult[]> = { cold: [], warm: [], floorCold: [], floorWarm: [] };
  const floors: Partial<Record<FloorVariant, RunResult[]>> = {};
  const floorOutputs: Partial<Record<FloorVariant, OutputStats>> = {};
  let output: OutputStats | undefined;
  let links: SizeResult['links'] | undefined;
  let search: SearchStats | undefined;
  let identical: SizeResult['build']['identical'] = { same: false, differences: ['not compared'] };
  const editedFile = join(content, [...corpus.files.keys()].find((path) => path.startsWith('feedback/'))!);

  for (let run = 1; run <= context.runs; run++) {
    // Floors and Roadlog alternate within each run, so drift in the machine's speed hits both alike.
    if (!context.skipFloor) {
      for (const variant of FLOOR_VARIANTS) {
        const floorDir = join(dir, `floor-${variant}`);
        if (run === 1) writeFloorProject(floorDir, variant, content, join(projectRoot, 'node_modules'));
        // Inside the floor project: the prerender chunks resolve packages from where they are written.
        const out = join(floorDir, 'dist');
        const floorCache = join(floorDir, `cache-${run}`);
        log(`[${size}] floor (${variant}), cold build, run ${run}/${context.runs}`);
        const measured = await mustSucceed(
          runMeasured('astro build', {
            cwd: floorDir,
            env: { ...env, FLOOR_OUT_DIR: out, FLOOR_CACHE_DIR: floorCache },
            log: join(logs, `floor-${variant}-${run}.log`),
          }),
          `floor (${variant}) build`,
        );
        (floors[variant] ??= []).push(measured);
        if (run === 1) floorOutputs[variant] = outputStats(out, new Set());
        rmSync(out, { recursive: true, force: true });
        rmSync(floorCache, { recursive: true, force: true });
        if (variant === 'default') {
          const floorEnv = { ...env, FLOOR_OUT_DIR: out, FLOOR_CACHE_DIR: floorCache };
          for (const [key, label] of [
            ['floorCold', 'cold'],
            ['floorWarm', 'warm'],
          ] as const) {
            log(`[${size}] floor, content sync (${label}), run ${run}/${context.runs}`);
            syncs[key].push(
              await mustSucceed(
                runMeasured('astro sync', { cwd: floorDir, env: floorEnv, log: join(logs, `floor-sync-${label}-${run}.log`) }),
                'floor sync',
              ),
            );
          }
          rmSync(floorCache, { recursive: true, force: true });
        }
      }
    }

    const out = join(dir, `dist-${run}`);
    const cache = join(dir, `cache-${run}`);
    const roadlogEnv = { ...env, ROADLOG_CONTENT: content, ROADLOG_OUT_DIR: out, ROADLOG_CACHE_DIR: cache };
    const syncEnv = { ...roadlogEnv, ROADLOG_CACHE_DIR: join(dir, `sync-cache-${run}`) };
    for (const label of ['cold', 'warm'] as const) {
      log(`[${size}] Roadlog, content sync (${label}), run ${run}/${context.runs}`);
      syncs[label].push(
        await mustSucceed(
          runMeasured('astro sync', { cwd: projectRoot, env: syncEnv, log: join(logs, `sync-${label}-${run}.log`) }),
          'Roadlog sync',
        ),
      );
    }
    rmSync(syncEnv.ROADLOG_CACHE_DIR, { recursive: true, force: true });
    log(`[${size}] Roadlog, cold build, run ${run}/${context.runs}`);
    rmSync(out, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    cold.push(
      await mustSucceed(
        runMeasured(context.build, { cwd: projectRoot, env: roadlogEnv, log: join(logs, `cold-${run}.log`) }),
        'Roadlog build',
      ),
    );

    if (run === 1) {
      log(`[${size}] output sizes, link check and search cost`);
      output = outputStats(out, entryPagePaths(corpus.files.keys()));
      const checked = checkLinks(out, { base: DEFAULT_BASE, siteUrl: 'https://northwind.example' });
      links = { pages: checked.pages, links: checked.links, broken: checked.broken.length, sample: describeBroken(checked.broken, 10) };
      search = await searchStats(out, DEFAULT_BASE, SEARCH_QUERY);
    }

    // A deploy restores the build's caches (the content layer, the pages of the last build), not its output.
    rmSync(out, { recursive: true, force: true });
    log(`[${size}] Roadlog, warm rebuild (nothing changed), run ${run}/${context.runs}`);
    warm.push(
      await mustSucceed(
        runMeasured(context.build, { cwd: projectRoot, env: roadlogEnv, log: join(logs, `warm-${run}.log`) }),
        'Roadlog warm build',
      ),
    );

    rmSync(out, { recursive: true, force: true });
    appendFileSync(editedFile, `\nEdited for the warm rebuild benchmark, run ${run}.\n`);
    log(`[${size}] Roadlog, warm rebuild (one file changed), run ${run}/${context.runs}`);
    warmOne.push(
      await mustSucceed(
        runMeasured(context.build, { cwd: projectRoot, env: roadlogEnv, log: join(logs, `warm-one-${run}.log`) }),
        'Roadlog warm build',
      ),
    );

    if (run === 1) {
      log(`[${size}] a cold build of the same content, to compare with the warm one`);
      const coldOut = join(dir, 'dist-compare');
      const coldCache = join(dir, 'cache-compare');
      await mustSucceed(
        runMeasured(context.build, {
          cwd: projectRoot,
          env: { ...roadlogEnv, ROADLOG_OUT_DIR: coldOut, ROADLOG_CACHE_DIR: coldCache },
          log: join(logs, 'cold-compare.log'),
        }),
        'Roadlog build',
      );
      const differences = compareTrees(out, coldOut);
      identical = { same: differences.length === 0, differences: differences.slice(0, 10) };
      rmSync(coldOut, { recursive: true, force: true });
      rmSync(coldCache, { recursive: true, force: true });
    }

    if (!context.keep || run < context.runs) {
      rmSync(out, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  }

  log(`[${size}] astro dev: first page, and an edit shown`);
  const dev = await measureDev(content, editedFile, context, logs);

  const floorResults: SizeResult['floors'] = {};
  for (const variant of FLOOR_VARIANTS) {
    const runs = floors[variant];
    const stats = floorOutputs[variant];
    if (runs && stats) floorResults[variant] = { ...buildTiming(runs), bytes: stats.bytes, files: stats.files, pages: stats.htmlPages };
  }
  return {
    size,
    corpus: corpus.summary,
    validation,
    insights,
    build: { cold: buildTiming(cold), warm: buildTiming(warm), warmOneFile: buildTiming(warmOne), identical },
    dev,
    sync: {
      cold: timing(syncs.cold),
      warm: timing(syncs.warm),
      ...(syncs.floorCold.length ? { floorCold: timing(syncs.floorCold), floorWarm: timing(syncs.floorWarm) } : {}),
    },
    output: output!,
    feeds,
    links: links!,
    search,
    floors: floorResults,
  };
}

async function mustSucceed(pending: Promise<RunResult>, what: string): Promise<RunResult> {
  const result = await pending;
  if (result.code !== 0) {
    const tail = result.output.trim().split('\n').slice(-30).join('\n');
    throw new BenchFailure(`${what} failed with exit code ${result.code}:\n${tail}`);
  }
  return result;
}

async function measureFeeds(content: string, context: SizeContext): Promise<SizeResult['feeds']> {
  const node = join(context.projectRoot, 'node_modules/.bin/node');
  const runs: { activityMs: number; requestMs: number; activityFeeds: number; requestFeeds: number }[] = [];
  for (let run = 1; run <= context.validationRuns; run++) {
    const timed = await runMeasured(`"${node}" scripts/bench/feeds-timed.ts "${content}" "${context.projectRoot}"`, {
      cwd: context.projectRoot,
      env: context.env,
    });
    if (timed.code !== 0) throw new BenchFailure(`timed feed generation failed:\n${timed.output}`);
    runs.push(JSON.parse(timed.output.trim().split('\n').at(-1)!));
  }
  return {
    activityMs: median(runs.map((run) => run.activityMs)),
    requestMs: median(runs.map((run) => run.requestMs)),
    activityFeeds: runs.at(-1)!.activityFeeds,
    requestFeeds: runs.at(-1)!.requestFeeds,
  };
}

async function measureInsights(content: string, context: SizeContext): Promise<SizeResult['insights']> {
  const { projectRoot, env } = context;
  const node = join(projectRoot, 'node_modules/.bin/node');
  const runs: { insightsMs: number; triageMs: number; requests: number; shipped: number; likelyDuplicates: number }[] = [];
  for (let run = 1; run <= context.validationRuns; run++) {
    const timed = await runMeasured(`"${node}" scripts/bench/insights-timed.ts "${content}" "${projectRoot}"`, { cwd: projectRoot, env });
    if (timed.code !== 0) throw new BenchFailure(`timed insights failed:\n${timed.output}`);
    runs.push(JSON.parse(timed.output.trim().split('\n').at(-1)!));
  }
  const last = runs.at(-1)!;
  return {
    ms: median(runs.map((run) => run.insightsMs)),
    triageMs: median(runs.map((run) => run.triageMs)),
    requests: last.requests,
    shipped: last.shipped,
    likelyDuplicates: last.likelyDuplicates,
  };
}

async function measureValidation(content: string, context: SizeContext, logs: string): Promise<SizeResult['validation']> {
  const { projectRoot, env } = context;
  const node = join(projectRoot, 'node_modules/.bin/node');
  const cli: RunResult[] = [];
  const cold: RunResult[] = [];
  const core: { loadMs: number; validateMs: number; errors: number; warnings: number }[] = [];
  for (let run = 1; run <= context.validationRuns; run++) {
    // As a pull-request check starts: Node's compile cache empty, so every module is compiled.
    const emptyCache = mkdtempSync(join(tmpdir(), 'roadlog-compile-cache-'));
    cold.push(
      await runMeasured(context.validate, {
        cwd: projectRoot,
        env: { ...env, ROADLOG_CONTENT: content, NODE_COMPILE_CACHE: emptyCache },
        log: join(logs, `validate-cold-${run}.log`),
      }),
    );
    rmSync(emptyCache, { recursive: true, force: true });
    cli.push(
      await runMeasured(context.validate, {
        cwd: projectRoot,
        env: { ...env, ROADLOG_CONTENT: content },
        log: join(logs, `validate-${run}.log`),
      }),
    );
    const timed = await runMeasured(`"${node}" scripts/bench/validate-timed.ts "${content}" "${projectRoot}"`, { cwd: projectRoot, env });
    if (timed.code !== 0) throw new BenchFailure(`timed validation failed:\n${timed.output}`);
    core.push(JSON.parse(timed.output.trim().split('\n').at(-1)!));
  }
  const last = cli.at(-1)!;
  if (last.code !== 0) {
    throw new BenchFailure(
      `the generated corpus does not validate (exit ${last.code}):\n${last.output.split('\n').slice(0, 40).join('\n')}`,
    );
  }
  return {
    cold: timing(cold),
    cli: timing(cli),
    coreMs: median(core.map((run) => run.validateMs)),
    loadMs: median(core.map((run) => run.loadMs)),
    exitCode: last.code,
    errors: core.at(-1)!.errors,
    warnings: core.at(-1)!.warnings,
  };
}

/** Paths of the files that differ between two folders: missing on either side, or with other bytes. */
export function compareTrees(a: string, b: string): string[] {
  const left = new Map(listFiles(a).map((file) => [file.path, file.bytes]));
  const right = new Map(listFiles(b).map((file) => [file.path, file.bytes]));
  const differ: string[] = [];
  for (const path of new Set([...left.keys(), ...right.keys()])) {
    if (left.get(path) !== right.get(path) || !readFileSync(join(a, path)).equals(readFileSync(join(b, path)))) differ.push(path);
  }
  return differ.sort();
}

/**
 * `astro dev` on the corpus, as a maintainer starts it: the time until the home page answers, then the time
 * from saving an edit to a request until its page shows the edit. The corpus file is restored afterwards.
 */
async function measureDev(content: string, editedFile: string, context: SizeContext, logs: string): Promise<SizeResult['dev']> {
  const { projectRoot, env } = context;
  const node = join(projectRoot, 'node_modules/.bin/node');
  const before = readFileSync(editedFile, 'utf8');
  const id = basename(editedFile, '.md');
  const output: string[] = [];
  const started = performance.now();
  const server = spawn(node, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '0', '--ignore-lock'], {
    cwd: projectRoot,
    // As a maintainer starts it: not in a test runner's mode, which turns off Astro's reloading.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))),
      ...env,
      ROADLOG_CONTENT: content,
      ROADLOG_CACHE_DIR: join(dirname(content), 'dev-cache'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const until = async <T>(check: () => Promise<T | undefined>, what: string, ms = 300_000): Promise<T> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await check().catch(() => undefined);
      if (value !== undefined) return value;
      if (server.exitCode !== null || Date.now() > deadline)
        throw new BenchFailure(`astro dev: no ${what}:\n${output.join('').slice(-3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  try {
    const origin = await until(async () => /Local\s+(http:\/\/localhost:\d+)\//.exec(output.join(''))?.[1], 'address');
    await until(async () => ((await fetch(`${origin}${DEFAULT_BASE}`)).ok ? true : undefined), 'home page');
    const firstPageMs = performance.now() - started;
    const page = `${origin}${DEFAULT_BASE}feedback/${id}/`;
    await until(async () => ((await fetch(page)).ok ? true : undefined), 'request page');
    const marker = `Edited while astro dev runs ${Date.now()}`;
    const saved = performance.now();
    writeFileSync(editedFile, `${before}\n${marker}\n`);
    await until(async () => ((await (await fetch(page)).text()).includes(marker) ? true : undefined), 'edit shown', 120_000);
    return { firstPageMs, editShownMs: performance.now() - saved };
  } catch (cause) {
    if (!(cause instanceof BenchFailure)) throw cause;
    return { failed: `${cause.message.split('\n')[0]} (logs/dev.log)` };
  } finally {
    server.kill();
    writeFileSync(editedFile, before);
    writeFileSync(join(logs, 'dev.log'), output.join(''));
  }
}
