import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRandom, type Random } from './random.ts';
import {
  AREA_SEEDS,
  authorName,
  declineReason,
  itemBody,
  itemTitle,
  releaseBody,
  requestBody,
  requestTitle,
  updateNote,
  type AreaSeed,
} from './text.ts';

/**
 * Synthetic Roadlog corpora for the benchmark: valid content in realistic
 * proportions, the same bytes for the same seed.
 *
 * Proportions: 80% requests, 10% roadmap items, 10% releases. Requests dwarf
 * everything on public boards of mature products; a roadmap item answers
 * several requests, and a product that releases weekly or more over several
 * years has hundreds of releases. 10/10 errs towards the heavier kinds (their
 * bodies are longer and more cross-linked), so the mix does not flatter the
 * build.
 */
export const PROPORTIONS = { feedback: 0.8, roadmap: 0.1, changelog: 0.1 } as const;

/** Share of roadmap items in each public status; every status appears in every corpus. */
const ITEM_STATUS_SHARES = [
  ['shipped', 0.45],
  ['later', 0.2],
  ['next', 0.12],
  ['now', 0.08],
  ['paused', 0.05],
  ['cancelled', 0.1],
] as const;

/** Share of requests per lifecycle path. */
const REQUEST_SHARES = [
  ['linked', 0.38],
  ['closed', 0.07],
  ['duplicate', 0.08],
  ['declined', 0.06],
  ['under-review', 0.09],
  ['open', 0.32],
] as const;
type RequestPath = (typeof REQUEST_SHARES)[number][0];

export interface CorpusOptions {
  /** Total number of entries (requests + roadmap items + releases). */
  size: number;
  seed: string | number;
  /** The corpus's "today": every date is on or before it. */
  anchor?: string;
  /** The site's base path. */
  base?: string;
}

export interface CorpusSummary {
  size: number;
  feedback: number;
  roadmap: number;
  changelog: number;
  areas: number;
  itemStatuses: Record<string, number>;
  requestPaths: Record<string, number>;
  /** Duplicates that point at another duplicate. */
  duplicateChains: number;
  bytes: number;
}

export interface GeneratedCorpus {
  /** Path relative to the content folder, and the file's text. */
  files: Map<string, string>;
  summary: CorpusSummary;
}

export const DEFAULT_ANCHOR = '2026-11-01';
export const DEFAULT_BASE = '/roadmap/';

const DAY = 86_400_000;
const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const toIso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

interface Item {
  id: string;
  title: string;
  area: AreaSeed;
  object: string;
  areas: string[];
  status: (typeof ITEM_STATUS_SHARES)[number][0];
  created: number;
  release?: Release;
}

interface Release {
  id: string;
  version: string;
  day: number;
  major: boolean;
  patch: boolean;
  ships: Item[];
  closes: string[];
}

interface Request {
  id: string;
  day: number;
  votes: number;
}

/** Splits `total` by shares, at least one of each when there is room, summing exactly to `total`. */
export function quotas<K extends string>(total: number, shares: readonly (readonly [K, number])[]): Map<K, number> {
  const result = new Map<K, number>();
  const floor = total >= shares.length ? 1 : 0;
  let assigned = 0;
  for (const [key, share] of shares) {
    const count = Math.max(floor, Math.floor(total * share));
    result.set(key, count);
    assigned += count;
  }
  // The remainder goes to the largest share; an excess (tiny totals) comes off it.
  const [largest] = [...shares].sort((a, b) => b[1] - a[1])[0]!;
  result.set(largest, result.get(largest)! + total - assigned);
  return result;
}

function expand<K extends string>(counts: Map<K, number>): K[] {
  return [...counts].flatMap(([key, count]) => Array<K>(count).fill(key));
}

/** Unique ids from titles, as a maintainer would name files. */
function idMaker() {
  const used = new Set<string>();
  return (title: string, prefix = ''): string => {
    const slug =
      prefix +
      title
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .split('-')
        .slice(0, 7)
        .join('-');
    let id = slug || 'entry';
    for (let n = 2; used.has(id); n++) id = `${slug}-${n}`;
    used.add(id);
    return id;
  };
}

/** A YAML scalar: plain when that reads back as the same string, double-quoted otherwise. */
function scalar(value: string): string {
  const plain = /^[A-Za-z][A-Za-z0-9 ,.'()&!%/-]*$/.test(value) && !/^(?:true|false|null|yes|no|on|off)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

function list(values: readonly string[]): string {
  return `[${values.join(', ')}]`;
}

function frontmatter(lines: (string | undefined)[], body: string): string {
  return `---\n${lines.filter((line) => line !== undefined).join('\n')}\n---\n${body}\n`;
}

/** Sorted distinct days in [from, to], `count` of them (fewer if the range is short). */
function daysBetween(random: Random, from: number, to: number, count: number): number[] {
  if (to < from) return [];
  const days = new Set<number>();
  for (let i = 0; i < count * 3 && days.size < count; i++) days.add(random.int(from, to));
  return [...days].sort((a, b) => a - b);
}

export function generateCorpus(options: CorpusOptions): GeneratedCorpus {
  const size = Math.max(20, Math.floor(options.size));
  const anchor = toDay(options.anchor ?? DEFAULT_ANCHOR);
  const random = createRandom(`roadlog-bench:${options.seed}`);
  const files = new Map<string, string>();

  // Larger corpora cover more years, as real ones do: 2 years at 1,000 entries, 8 at 10,000.
  const years = Math.min(8, Math.max(2, 1.5 + options.size / 1500));
  const start = anchor - Math.round(years * 365);

  const areaCount = random.int(6, 12);
  const areas = AREA_SEEDS.slice(0, areaCount);
  // Some areas attract far more requests than others.
  const pickArea = (r: Random) => areas[r.skewedIndex(areas.length, 1.6)]!;

  const releaseCount = Math.max(3, Math.round(size * PROPORTIONS.changelog));
  const itemCount = Math.max(6, Math.round(size * PROPORTIONS.roadmap));
  const requestCount = size - releaseCount - itemCount;

  const releases = makeReleases(random.fork('releases'), releaseCount, start, anchor);
  const context: Context = { areas, pickArea, start, anchor, releases, files };
  const items = makeItems(random.fork('items'), itemCount, context);
  const requests = makeRequests(random.fork('requests'), requestCount, items, context);
  writeReleases(random.fork('release-text'), releases, areas, files);
  files.set('site.yaml', siteYaml(areas, options.base ?? DEFAULT_BASE));

  let bytes = 0;
  for (const text of files.values()) bytes += Buffer.byteLength(text);
  return {
    files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    summary: {
      size: itemCount + releaseCount + requestCount,
      feedback: requestCount,
      roadmap: itemCount,
      changelog: releaseCount,
      areas: areas.length,
      itemStatuses: Object.fromEntries(quotas(itemCount, ITEM_STATUS_SHARES)),
      requestPaths: Object.fromEntries(requests.paths),
      duplicateChains: requests.chains,
      bytes,
    },
  };
}

function makeReleases(random: Random, count: number, start: number, anchor: number): Release[] {
  const releases: Release[] = [];
  const version = [1, 0, 0];
  const first = start + 30;
  const step = (anchor - 3 - first) / Math.max(1, count - 1);
  let previousDay = first - 1;
  for (let i = 0; i < count; i++) {
    let kind: 'major' | 'minor' | 'patch' = 'minor';
    if (i > 0) {
      kind = random.weighted([
        ['major', 0.03],
        ['minor', 0.3],
        ['patch', 0.67],
      ] as const);
      if (kind === 'major') version.splice(0, 3, version[0]! + 1, 0, 0);
      else if (kind === 'minor') version.splice(1, 2, version[1]! + 1, 0);
      else version[2]!++;
    }
    // Evenly spread with jitter, never going back in time.
    const day = Math.max(previousDay, Math.round(first + i * step + random.int(-1, 1) * Math.floor(step / 3)));
    previousDay = day;
    releases.push({
      id: `v${version.join('-')}`,
      version: version.join('.'),
      day: Math.min(day, anchor),
      major: kind === 'major' || i === 0,
      patch: kind === 'patch',
      ships: [],
      closes: [],
    });
  }
  return releases;
}

/** What every part of the generator shares. */
interface Context {
  areas: AreaSeed[];
  pickArea: (random: Random) => AreaSeed;
  /** First and last day of the corpus, in days since 1970. */
  start: number;
  anchor: number;
  releases: Release[];
  files: Map<string, string>;
}

function makeItems(random: Random, count: number, context: Context): Item[] {
  const { areas, pickArea, start, anchor, releases, files } = context;
  const makeId = idMaker();
  const statuses = random.shuffle(expand(quotas(count, ITEM_STATUS_SHARES)));
  // Feature releases ship most items; patch releases ship the odd one.
  const releaseWeights = releases.map((release) => [release, release.patch ? 1 : 4] as const);
  const items: Item[] = [];
  for (const status of statuses) {
    const area = pickArea(random);
    const object = random.pick(area.objects);
    const title = itemTitle(random, object);
    const second = random.chance(0.25) ? random.pick(areas) : undefined;
    const item: Item = {
      id: makeId(title),
      title,
      area,
      object,
      areas: second && second !== area ? [area.id, second.id] : [area.id],
      status,
      created: 0,
    };
    let end = anchor - 1;
    if (status === 'shipped') {
      const release = random.weighted(releaseWeights);
      item.release = release;
      release.ships.push(item);
      end = release.day - 1;
      item.created = Math.max(start, release.day - random.int(40, 500));
    } else {
      item.created = random.int(start, anchor - 30);
    }
    files.set(`roadmap/${item.id}.md`, itemFile(random, item, end, anchor));
    items.push(item);
  }
  // A few items ship in phases: a later release names them again (the first one counts).
  for (const item of items) {
    if (!item.release || !random.chance(0.05)) continue;
    const later = releases.filter((release) => release.day > item.release!.day);
    if (later.length > 0) random.pick(later).ships.push(item);
  }
  return items;
}

/** The path of statuses an item went through, ending at its current one. */
function statusPath(random: Random, status: Item['status']): string[] {
  const before = (steps: string[]) => steps.filter(() => random.chance(0.6));
  switch (status) {
    case 'shipped':
      return [...before(['later', 'next']), 'now'];
    case 'later':
      return random.chance(0.3) ? [] : ['later'];
    case 'next':
      return [...before(['later']), 'next'];
    case 'now':
      return [...before(['later', 'next']), 'now'];
    case 'paused':
      return [...before(['later', 'next']), 'now', 'paused'];
    case 'cancelled':
      return [...before(['later', 'next']), 'cancelled'];
  }
}

function itemFile(random: Random, item: Item, end: number, anchor: number): string {
  const steps = item.status === 'shipped' && random.chance(0.15) ? [] : statusPath(random, item.status);
  const progress = steps.length > 0 && random.chance(0.4) ? 1 : 0;
  let days = daysBetween(random, item.created, end, steps.length + progress);
  // An item in progress was updated recently, or validation would rightly call it stale.
  if (item.status === 'now' && days.length > 0) {
    days[days.length - 1] = Math.max(days[days.length - 1]!, anchor - random.int(5, 120));
    days = [...new Set(days)].sort((a, b) => a - b);
  }
  const updates: string[] = [];
  days.forEach((day, i) => {
    const step = steps[i];
    const note = updateNote(random, (step ?? 'progress') as 'later', item.area);
    updates.push(`  - date: ${toIso(day)}${step ? `\n    status: ${step}` : ''}\n    note: ${JSON.stringify(note)}`);
  });
  // A cancelled item without its cancellation note would leave its requests without a reason.
  if (item.status === 'cancelled' && !steps.includes('cancelled')) {
    updates.push(`  - date: ${toIso(end)}\n    status: cancelled\n    note: ${JSON.stringify(updateNote(random, 'cancelled', item.area))}`);
  }
  const written = item.status === 'shipped' ? (random.chance(0.3) ? 'now' : undefined) : item.status;
  const hasTarget = (item.status === 'later' || item.status === 'next' || item.status === 'now') && random.chance(0.5);
  const targetYear = new Date(anchor * DAY).getUTCFullYear() + random.int(0, 1);
  return frontmatter(
    [
      `title: ${scalar(item.title)}`,
      written ? `status: ${written}` : undefined,
      `areas: ${list(item.areas)}`,
      hasTarget ? `target: ${targetYear}-Q${random.int(1, 4)}` : undefined,
      updates.length > 0 ? `updates:\n${updates.join('\n')}` : undefined,
    ],
    itemBody(random, item.object),
  );
}

function makeRequests(random: Random, count: number, items: Item[], context: Context): { paths: Map<string, number>; chains: number } {
  const { areas, pickArea, start, anchor, releases, files } = context;
  const makeId = idMaker();
  const paths = quotas(count, REQUEST_SHARES);
  // Duplicates come last so that they can point at requests that already exist.
  const order: RequestPath[] = random.shuffle(expand(paths).filter((path) => path !== 'duplicate'));
  order.push(...Array<'duplicate'>(paths.get('duplicate')!).fill('duplicate'));
  // A few roadmap items gather most requests.
  const popularItems = random.shuffle([...items]);
  const canonical: Request[] = [];
  const duplicates: Request[] = [];
  let chains = 0;

  for (const path of order) {
    const lines: (string | undefined)[] = [];
    let area = pickArea(random);
    let day = random.int(start, anchor);
    let votes = random.longTail(3, 1.1, 4000);
    const extra: string[] = [];
    let closedBy: Release | undefined;
    if (path === 'linked') {
      const item = popularItems[random.skewedIndex(popularItems.length, 2)]!;
      area = item.area;
      const latest = item.release ? item.release.day - 1 : anchor;
      day = random.int(Math.max(start, item.created - 200), Math.max(start, latest));
      extra.push(`roadmap: ${item.id}`);
    } else if (path === 'closed') {
      closedBy = releases[random.int(1, releases.length - 1)]!;
      day = Math.max(start, closedBy.day - random.int(5, 400));
    } else if (path === 'declined') {
      extra.push('status: declined', `reason: ${JSON.stringify(declineReason(random, area))}`);
    } else if (path === 'under-review') {
      extra.push('status: under-review');
    } else if (path === 'open' && random.chance(0.2)) {
      extra.push('status: open');
    }
    let target: Request | undefined;
    if (path === 'duplicate') {
      // Most duplicates point at a popular request; some at another duplicate, forming a chain.
      const chain = duplicates.length > 0 && random.chance(0.12);
      target = chain ? random.pick(duplicates) : canonical[random.skewedIndex(canonical.length, 1.5)]!;
      if (chain) chains++;
      day = Math.min(anchor, target.day + random.int(1, 300));
      votes = random.longTail(1, 1.5, 50);
      extra.push('status: duplicate', `duplicateOf: ${target.id}`);
    }
    const object = random.pick(area.objects);
    const title = requestTitle(random, object);
    const id = makeId(title);
    closedBy?.closes.push(id);
    const areaIds =
      random.weighted([
        [0, 1],
        [1, 7],
        [2, 2],
      ] as const) === 0
        ? []
        : [area.id];
    if (areaIds.length === 1 && random.chance(0.2)) {
      const other = random.pick(areas);
      if (other !== area) areaIds.push(other.id);
    }
    lines.push(
      `title: ${scalar(title)}`,
      `submitted: ${toIso(day)}`,
      votes > 0 || random.chance(0.5) ? `votes: ${votes}` : undefined,
      areaIds.length > 0 ? `areas: ${list(areaIds)}` : undefined,
      ...extra,
      random.chance(0.7)
        ? `source: ${random.chance(0.6) ? `https://github.com/northwind-app/feedback/issues/${random.int(1, 40_000)}` : `https://community.northwind.example/t/${id}/${random.int(100, 90_000)}`}`
        : undefined,
      random.chance(0.85) ? `author: ${scalar(authorName(random))}` : undefined,
    );
    files.set(`feedback/${id}.md`, frontmatter(lines, requestBody(random, object)));
    const request = { id, day, votes };
    (path === 'duplicate' ? duplicates : canonical).push(request);
  }
  return { paths, chains };
}

function writeReleases(random: Random, releases: Release[], areas: AreaSeed[], files: Map<string, string>) {
  for (const release of releases) {
    const first = release.ships.filter((item) => item.release === release);
    const area = first[0]?.area ?? random.pick(areas);
    const areaIds = [...new Set([...release.ships.map((item) => item.area.id), area.id])].slice(0, 3);
    const headline = first[0]?.title ?? `${area.label} improvements`;
    const title = release.patch
      ? `${release.version}: Fixes in ${area.label.toLowerCase()}`
      : `${release.version.replace(/\.0$/, '')}: ${headline}`;
    const changes = [
      ...(first.length > 0 ? ['new'] : []),
      'improved',
      'fixed',
      ...(random.chance(0.05) ? ['security'] : []),
      ...(random.chance(0.03) ? ['deprecated'] : []),
    ];
    files.set(
      `changelog/${release.id}.md`,
      frontmatter(
        [
          `title: ${scalar(title.slice(0, 140))}`,
          `date: ${toIso(release.day)}`,
          `version: "${release.version}"`,
          `changes: ${list(changes)}`,
          release.ships.length > 0 ? `ships: ${list(release.ships.map((item) => item.id))}` : undefined,
          release.closes.length > 0 ? `closes: ${list(release.closes)}` : undefined,
          `areas: ${list(areaIds)}`,
        ],
        releaseBody(
          random,
          area,
          first.map((item) => item.title),
          release.major,
        ),
      ),
    );
  }
}

function siteYaml(areas: AreaSeed[], base: string): string {
  return [
    'title: Northwind Roadmap',
    'description: What Northwind customers asked for, what the team is building and what shipped in each release.',
    'url: https://northwind.example',
    `base: ${base}`,
    'language: en',
    'intake:',
    '  - label: Send feedback',
    '    url: https://github.com/northwind-app/feedback/issues/new',
    '  - label: Email the team',
    '    url: mailto:feedback@northwind.example',
    'areas:',
    ...areas.flatMap((area) => [`  - id: ${area.id}`, `    label: ${scalar(area.label)}`, `    description: ${scalar(area.description)}`]),
    'accent: "#2f6f4f"',
    'feeds:',
    '  items: 30',
    '  perArea: true',
    '',
  ].join('\n');
}

/** Writes a generated corpus into `dir` (which becomes the content folder). */
export function writeCorpus(dir: string, corpus: GeneratedCorpus): void {
  const made = new Set<string>();
  for (const [path, text] of corpus.files) {
    const folder = dirname(join(dir, path));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(join(dir, path), text);
  }
}
