import type { Corpus, Entry, RoadmapEntry } from '../collections.ts';
import { daysBetween } from '../days.ts';
import { fileOf, type Lifecycle } from '../lifecycle/derive.ts';
import { compareReleases } from '../lifecycle/order.ts';
import { compareStrings, error, warning, type Problem } from '../problems.ts';

export interface ConsistencyOptions {
  /** Today as YYYY-MM-DD; warnings about staleness count from it. */
  today: string;
  /** Days after which an item in progress without an update is called stale. */
  staleDays?: number;
}

/** Days without a public update after which an item in progress is called stale, unless told otherwise. */
export const DEFAULT_STALE_DAYS = 180;

/**
 * Whether an item's public history has gone quiet: its last update is more
 * than `staleDays` before `today`, or it has none. Validation warns about
 * stale items in progress and `triage` lists them, by this one rule.
 */
export function staleness(item: RoadmapEntry, today: string, staleDays: number): { stale: boolean; lastUpdate?: string; days?: number } {
  const lastUpdate = item.data.updates.at(-1)?.date;
  if (lastUpdate === undefined) return { stale: true };
  const days = daysBetween(lastUpdate, today);
  return { stale: days > staleDays, lastUpdate, days };
}

/**
 * Rules within one file that the schema cannot express, and warnings that
 * keep a public roadmap honest. Warnings fail validation only with --strict.
 */
export function checkConsistency(corpus: Corpus, lifecycle: Lifecycle, options: ConsistencyOptions): Problem[] {
  const problems: Problem[] = [];
  const staleDays = options.staleDays ?? DEFAULT_STALE_DAYS;

  for (const item of corpus.roadmap) {
    const updates = item.data.updates;
    const at = (path: (string | number)[]) => (item.locate ? item.locate(path) : {});
    for (let i = 1; i < updates.length; i++) {
      if (compareStrings(updates[i]!.date, updates[i - 1]!.date) < 0) {
        problems.push(
          error({
            code: 'updates-out-of-order',
            file: fileOf(item),
            ...at(['updates', i, 'date']),
            message: `update ${i + 1} (${updates[i]!.date}) is older than the update before it (${updates[i - 1]!.date})`,
            expected: 'updates listed oldest first',
            hint: 'move this update up, or fix its date',
          }),
        );
      }
    }
    updates.forEach((update, i) => {
      if (update.date > options.today) problems.push(futureDate(item, ['updates', i, 'date'], `update ${i + 1}`, update.date));
    });

    const state = lifecycle.roadmap.get(item.id);
    if (state?.status === 'now' && item.data.status === 'now') {
      const { stale, lastUpdate: last, days: age } = staleness(item, options.today, staleDays);
      if (stale) {
        problems.push(
          warning({
            code: 'stale-item',
            file: fileOf(item),
            ...at(last === undefined ? ['status'] : ['updates', updates.length - 1, 'date']),
            message:
              last === undefined
                ? 'item is in progress but has no public update'
                : `item is in progress but its last update is ${age} days old`,
            hint: 'add an entry to `updates` so customers see where it stands',
          }),
        );
      }
    }
    if (state?.status === 'cancelled' && state.reason === undefined && state.requests.length > 0) {
      problems.push(
        warning({
          code: 'cancelled-without-reason',
          file: fileOf(item),
          ...at(['status']),
          message: `item is cancelled without an update note, so its ${state.requests.length} linked request(s) are declined with no reason`,
          hint: 'add an update with `status: cancelled` and a note explaining why',
        }),
      );
    }
  }

  for (const request of corpus.feedback) {
    if (request.data.submitted > options.today) {
      problems.push(futureDate(request, ['submitted'], 'request', request.data.submitted, 'use the day the customer asked, as YYYY-MM-DD'));
    }
  }

  const byVersion = new Map<string, string>();
  for (const release of [...corpus.changelog].sort(compareReleases)) {
    if (release.data.date > options.today) {
      problems.push(futureDate(release, ['date'], 'release', release.data.date, 'it is published with that date as soon as it is merged'));
    }
    const version = release.data.version;
    if (version === undefined) continue;
    const first = byVersion.get(version);
    if (first === undefined) {
      byVersion.set(version, release.file ?? release.id);
      continue;
    }
    problems.push(
      warning({
        code: 'duplicate-version',
        file: fileOf(release),
        ...(release.locate ? release.locate(['version']) : {}),
        message: `version ${version} is already the version of ${first}`,
        hint: 'give this release its own version, or add its notes to the earlier release',
      }),
    );
  }

  return problems;
}

/** A warning for a date after today, at the field that holds it. */
function futureDate(entry: Entry, path: (string | number)[], what: string, date: string, hint?: string): Problem {
  return warning({
    code: 'future-date',
    file: fileOf(entry),
    ...(entry.locate ? entry.locate(path) : {}),
    message: `${what} is dated ${date}, in the future`,
    hint,
  });
}
