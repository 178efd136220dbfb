import type { Corpus } from '../collections.ts';
import { daysBetween } from '../days.ts';
import { fileOf, type Lifecycle } from '../lifecycle/derive.ts';
import { compareReleases } from '../lifecycle/order.ts';
import { compareStrings } from '../problems.ts';
import type { SiteConfig } from '../schema/site.ts';
import type { FeedbackPublicStatus } from '../statuses.ts';
import { absoluteUrl, createLinks } from '../urls.ts';
import { DEFAULT_STALE_DAYS, staleness } from '../validate/consistency.ts';
import { type AnswerFigures, computeInsights } from './figures.ts';
import { SIMILARITY_THRESHOLD, similarTitles } from './similarity.ts';

/**
 * What a maintainer's weekly review looks at, from the same lifecycle as the
 * site: requests nobody has answered, work in progress gone quiet, requests
 * that probably ask for the same thing, releases that answer nothing.
 */

export const TRIAGE_VERSION = 1;

export interface TriageOptions {
  /** The day ages are counted at (the command uses today). */
  asOf: string;
  /** An item in progress is stale after this many days without an update. */
  staleDays?: number;
  /** The lowest title similarity reported as a likely duplicate. */
  minScore?: number;
}

export interface TriageRequest {
  id: string;
  title: string;
  url: string;
  file: string;
  status: FeedbackPublicStatus;
  submitted: string;
  /** Whole days from `submitted` to `asOf`. */
  ageDays: number;
  /** With the votes of duplicates merged into it. */
  votes: number;
  areas: string[];
}

export interface StaleItem {
  id: string;
  title: string;
  url: string;
  file: string;
  /** The date of its last update; null when it has none. */
  lastUpdate: string | null;
  daysSinceUpdate: number | null;
  target: string | null;
  votes: number;
}

export interface LikelyDuplicate {
  /** Title similarity, 0 to 1 (see `similarTitles`). */
  score: number;
  /** The open request. */
  request: TriageRequest;
  /** The request it resembles, in any status but merged. */
  similar: TriageRequest;
}

export interface EmptyRelease {
  id: string;
  title: string;
  url: string;
  file: string;
  version: string | null;
  date: string;
}

export interface Triage {
  version: typeof TRIAGE_VERSION;
  asOf: string;
  staleDays: number;
  minScore: number;
  /** The counts of each list; the unanswered ones are the figures /insights/ shows when counted at the same day. */
  summary: AnswerFigures & { requests: number; staleItems: number; likelyDuplicates: number; emptyReleases: number };
  /** Open requests, oldest first. */
  unanswered: TriageRequest[];
  /** Items in progress without an update for more than `staleDays` days, the longest silent first. */
  staleItems: StaleItem[];
  /** Best match first. */
  likelyDuplicates: LikelyDuplicate[];
  /** Releases whose `ships` and `closes` are both empty, newest first. */
  emptyReleases: EmptyRelease[];
}

export function computeTriage(corpus: Corpus, lifecycle: Lifecycle, config: SiteConfig, options: TriageOptions): Triage {
  const { asOf } = options;
  const staleDays = options.staleDays ?? DEFAULT_STALE_DAYS;
  const minScore = options.minScore ?? SIMILARITY_THRESHOLD;
  const links = createLinks(config.base);
  const url = (path: string) => absoluteUrl(config.url, path);

  const requests = corpus.feedback.filter((entry) => {
    const status = lifecycle.feedback.get(entry.id)?.status;
    return status !== undefined && status !== 'merged';
  });
  const request = (index: number): TriageRequest => {
    const entry = requests[index]!;
    const state = lifecycle.feedback.get(entry.id)!;
    return {
      id: entry.id,
      title: entry.data.title,
      url: url(links.feedback(entry.id)),
      file: fileOf(entry),
      status: state.status,
      submitted: entry.data.submitted,
      ageDays: daysBetween(entry.data.submitted, asOf),
      votes: state.totalVotes,
      areas: entry.data.areas,
    };
  };
  const isOpen = (index: number) => lifecycle.feedback.get(requests[index]!.id)!.status === 'open';

  const unanswered = requests
    .flatMap((_, index) => (isOpen(index) ? [request(index)] : []))
    .sort((a, b) => compareStrings(a.submitted, b.submitted) || b.votes - a.votes || compareStrings(a.id, b.id));

  const staleItems: StaleItem[] = corpus.roadmap
    .flatMap((item) => {
      const state = lifecycle.roadmap.get(item.id);
      if (state?.status !== 'now') return [];
      const { stale, lastUpdate, days } = staleness(item, asOf, staleDays);
      if (!stale) return [];
      return [
        {
          id: item.id,
          title: item.data.title,
          url: url(links.roadmapItem(item.id)),
          file: fileOf(item),
          lastUpdate: lastUpdate ?? null,
          daysSinceUpdate: days ?? null,
          target: item.data.target ?? null,
          votes: state.votes,
        },
      ];
    })
    // Items without any update first: they have never told customers anything.
    .sort((a, b) => (b.daysSinceUpdate ?? Infinity) - (a.daysSinceUpdate ?? Infinity) || compareStrings(a.id, b.id));

  const likelyDuplicates = similarTitles(
    requests.map((entry) => entry.data.title),
    isOpen,
    { language: config.language, threshold: minScore },
  ).map(({ a, b, score }) => {
    // When both are open, the older one is the request the newer one repeats.
    const [first, second] = [request(a), request(b)];
    const newerFirst = second.status === 'open' && compareStrings(second.submitted, first.submitted) > 0;
    return newerFirst ? { score, request: second, similar: first } : { score, request: first, similar: second };
  });

  const emptyReleases: EmptyRelease[] = corpus.changelog
    .filter((release) => release.data.ships.length === 0 && release.data.closes.length === 0)
    .sort((a, b) => compareReleases(b, a))
    .map((release) => ({
      id: release.id,
      title: release.data.title,
      url: url(links.release(release.id)),
      file: fileOf(release),
      version: release.data.version ?? null,
      date: release.data.date,
    }));

  const { overall } = computeInsights({ corpus, lifecycle, areas: [], asOf });
  return {
    version: TRIAGE_VERSION,
    asOf,
    staleDays,
    minScore,
    summary: {
      requests: overall.requests,
      ...overall.answered,
      staleItems: staleItems.length,
      likelyDuplicates: likelyDuplicates.length,
      emptyReleases: emptyReleases.length,
    },
    unanswered,
    staleItems,
    likelyDuplicates,
    emptyReleases,
  };
}
