import type { Corpus } from '../collections.ts';
import { dayNumber, monthOf, monthsFrom, quarterOf, quartersFrom } from '../days.ts';
import type { Lifecycle } from '../lifecycle/derive.ts';
import { compareStrings } from '../problems.ts';
import { FEEDBACK_PUBLIC_STATUSES, type FeedbackPublicStatus } from '../statuses.ts';
import { type DaySummary, summarizeDays } from './percentiles.ts';

/**
 * The figures of /insights/, /api/v1/insights.json and `roadlog triage`,
 * computed here once from the derived lifecycle, so the three always agree.
 *
 * What counts:
 * - A request is every request except those merged into another (a
 *   duplicate's votes and answer are its canonical request's, so it is not
 *   counted separately); `statuses` still says how many were merged.
 * - Lead time: whole days from a request's `submitted` to the date of the
 *   release that shipped it, through its roadmap item or a release's
 *   `closes`; 0 when the release came first (a request for what had already
 *   shipped). Percentiles: see `percentile`.
 * - Answered: any public status but `open` (under review, planned, in
 *   progress, shipped, declined). Unanswered after 30 or 90 days: open
 *   requests submitted at least that many days before `asOf`.
 * - Quarters are those of the shipping release's date; months those of
 *   `submitted`. Both series run without gaps from the first release (or
 *   request) to `asOf`, the same range for every area, so empty periods show.
 *
 * One pass over the entries, plus a counting sort of the lead times (whole
 * days, bounded by the content's span of dates): linear in the number of
 * entries, which the bench measures at 10,000.
 */

/** How many requests `mostWanted` lists. */
export const MOST_WANTED = 10;

export interface AnswerFigures {
  /** Requests with a public answer: any status but open. */
  count: number;
  /** `count` over all requests, rounded to three decimal places; null without requests. */
  share: number | null;
  /** Open requests. */
  unanswered: number;
  unansweredAfter30Days: number;
  unansweredAfter90Days: number;
}

export interface Figures {
  /** Requests, duplicates merged into another left out. */
  requests: number;
  /** Requests a release shipped. */
  shipped: number;
  leadTimeDays: DaySummary;
  answered: AnswerFigures;
  /** Requests by public status; `merged` counts the duplicates left out of `requests`. */
  statuses: Record<FeedbackPublicStatus, number>;
}

export interface QuarterFigures {
  /** `2026-Q3` */
  quarter: string;
  /** Releases dated in the quarter. */
  releases: number;
  /** Requests shipped by those releases. */
  requestsShipped: number;
  /** Their votes, with those of duplicates merged into them. */
  votesAnswered: number;
  leadTimeDays: DaySummary;
}

export interface MonthFigures {
  /** `2026-08` */
  month: string;
  /** Requests submitted in the month. */
  requests: number;
}

/** A request waiting for a decision (open or under review), among the most voted. */
export interface WantedRequest {
  id: string;
  /** With the votes of duplicates merged into it. */
  votes: number;
  submitted: string;
  status: 'open' | 'under-review';
  /** Whole days from `submitted` to `asOf`. */
  ageDays: number;
}

export interface ScopeInsights extends Figures {
  quarters: QuarterFigures[];
  months: MonthFigures[];
  /** Most votes first; ties: the newer request first, then by id. */
  mostWanted: WantedRequest[];
}

export interface AreaInsights extends ScopeInsights {
  id: string;
  label: string;
}

export interface Insights {
  /** The day ages are counted at; null for content without a single date. */
  asOf: string | null;
  overall: ScopeInsights;
  /** Every declared area, in the order of the site configuration. */
  areas: AreaInsights[];
}

export interface InsightsInput {
  corpus: Corpus;
  lifecycle: Lifecycle;
  areas: readonly { id: string; label: string }[];
  /** The day ages are counted at; by default the newest date in the content (`contentAsOf`). */
  asOf?: string;
}

/**
 * The newest date anywhere in the content: a request's submission, a
 * release, a roadmap update. The site counts ages at this day rather than at
 * the build's clock, so that two builds of the same content are identical
 * and a page never claims to know a day its content does not.
 */
export function contentAsOf(corpus: Corpus): string | null {
  let newest: string | null = null;
  const see = (day: string) => {
    if (newest === null || day > newest) newest = day;
  };
  for (const entry of corpus.feedback) see(entry.data.submitted);
  for (const entry of corpus.changelog) see(entry.data.date);
  for (const entry of corpus.roadmap) for (const update of entry.data.updates) see(update.date);
  return newest;
}

/** Figures being counted for one scope: the whole site or one area. */
interface Tally {
  statuses: Record<FeedbackPublicStatus, number>;
  requests: number;
  answered: number;
  after30: number;
  after90: number;
  months: Int32Array;
  releases: Int32Array;
  shippedByQuarter: Int32Array;
  votesByQuarter: Float64Array;
  /** Lead times, filled in ascending order by the counting sort. */
  leads: number[];
  leadsByQuarter: number[][];
  wanted: WantedRequest[];
}

function tally(monthCount: number, quarterCount: number): Tally {
  return {
    statuses: Object.fromEntries(FEEDBACK_PUBLIC_STATUSES.map((status) => [status, 0])) as Record<FeedbackPublicStatus, number>,
    requests: 0,
    answered: 0,
    after30: 0,
    after90: 0,
    months: new Int32Array(monthCount),
    releases: new Int32Array(quarterCount),
    shippedByQuarter: new Int32Array(quarterCount),
    votesByQuarter: new Float64Array(quarterCount),
    leads: [],
    leadsByQuarter: Array.from({ length: quarterCount }, () => []),
    wanted: [],
  };
}

const byDemand = (a: WantedRequest, b: WantedRequest) =>
  b.votes - a.votes || compareStrings(b.submitted, a.submitted) || compareStrings(a.id, b.id);

/** Keeps the `MOST_WANTED` most voted in order, in constant work per request. */
function offerWanted(list: WantedRequest[], candidate: WantedRequest) {
  if (list.length === MOST_WANTED && byDemand(candidate, list[MOST_WANTED - 1]!) >= 0) return;
  let index = list.length;
  while (index > 0 && byDemand(candidate, list[index - 1]!) < 0) index -= 1;
  list.splice(index, 0, candidate);
  if (list.length > MOST_WANTED) list.pop();
}

export function computeInsights(input: InsightsInput): Insights {
  const { corpus, lifecycle } = input;
  const asOf = input.asOf ?? contentAsOf(corpus);

  const counted = corpus.feedback.filter((entry) => lifecycle.feedback.get(entry.id)?.status !== 'merged');
  let firstSubmitted: string | undefined;
  let lastSubmitted: string | undefined;
  for (const entry of counted) {
    const day = entry.data.submitted;
    if (firstSubmitted === undefined || day < firstSubmitted) firstSubmitted = day;
    if (lastSubmitted === undefined || day > lastSubmitted) lastSubmitted = day;
  }
  let firstRelease: string | undefined;
  let lastRelease: string | undefined;
  for (const release of corpus.changelog) {
    const day = release.data.date;
    if (firstRelease === undefined || day < firstRelease) firstRelease = day;
    if (lastRelease === undefined || day > lastRelease) lastRelease = day;
  }
  // A series ends at `asOf`, or later when the content has later dates (a triage as of an earlier day).
  const end = (last: string) => (asOf !== null && asOf > last ? asOf : last);
  const months = firstSubmitted === undefined ? [] : monthsFrom(monthOf(firstSubmitted), monthOf(end(lastSubmitted!)));
  const quarters = firstRelease === undefined ? [] : quartersFrom(quarterOf(firstRelease), quarterOf(end(lastRelease!)));
  const monthIndex = new Map(months.map((month, index) => [month, index]));
  const quarterIndex = new Map(quarters.map((quarter, index) => [quarter, index]));

  const overall = tally(months.length, quarters.length);
  const areaTallies = input.areas.map(() => tally(months.length, quarters.length));
  const areaIndex = new Map(input.areas.map((area, index) => [area.id, index]));
  const scopesOf = (areas: readonly string[]): Tally[] => [
    overall,
    ...[...new Set(areas)].flatMap((id) => {
      const index = areaIndex.get(id);
      return index === undefined ? [] : [areaTallies[index]!];
    }),
  ];

  for (const release of corpus.changelog) {
    const quarter = quarterIndex.get(quarterOf(release.data.date))!;
    for (const scope of scopesOf(release.data.areas)) scope.releases[quarter]! += 1;
  }

  const asOfDay = asOf === null ? undefined : dayNumber(asOf);
  // Lead times of shipped requests, with the scopes and quarter each belongs to.
  const leads: number[] = [];
  const leadScopes: Tally[][] = [];
  const leadQuarters: number[] = [];
  let longest = 0;

  for (const entry of corpus.feedback) {
    const state = lifecycle.feedback.get(entry.id);
    if (!state) continue;
    const scopes = scopesOf(entry.data.areas);
    for (const scope of scopes) scope.statuses[state.status] += 1;
    if (state.status === 'merged') continue;

    const submitted = entry.data.submitted;
    const age = asOfDay === undefined ? 0 : asOfDay - dayNumber(submitted);
    const month = monthIndex.get(monthOf(submitted))!;
    for (const scope of scopes) {
      scope.requests += 1;
      scope.months[month]! += 1;
      if (state.status === 'open') {
        if (age >= 30) scope.after30 += 1;
        if (age >= 90) scope.after90 += 1;
      } else {
        scope.answered += 1;
      }
    }
    if (state.status === 'open' || state.status === 'under-review') {
      const wanted: WantedRequest = { id: entry.id, votes: state.totalVotes, submitted, status: state.status, ageDays: age };
      for (const scope of scopes) offerWanted(scope.wanted, wanted);
    }
    if (state.shipped) {
      const lead = Math.max(0, dayNumber(state.shipped.date) - dayNumber(submitted));
      const quarter = quarterIndex.get(quarterOf(state.shipped.date))!;
      leads.push(lead);
      leadScopes.push(scopes);
      leadQuarters.push(quarter);
      if (lead > longest) longest = lead;
      for (const scope of scopes) {
        scope.shippedByQuarter[quarter]! += 1;
        scope.votesByQuarter[quarter]! += state.totalVotes;
      }
    }
  }

  // Counting sort: lead times are whole days, so every scope's list comes out sorted in linear time.
  const starts = new Int32Array(longest + 2);
  for (const lead of leads) starts[lead + 1]! += 1;
  for (let day = 1; day < starts.length; day++) starts[day]! += starts[day - 1]!;
  const order = new Int32Array(leads.length);
  for (let index = 0; index < leads.length; index++) order[starts[leads[index]!]!++] = index;
  for (const index of order) {
    const lead = leads[index]!;
    for (const scope of leadScopes[index]!) {
      scope.leads.push(lead);
      scope.leadsByQuarter[leadQuarters[index]!]!.push(lead);
    }
  }

  const finish = (scope: Tally): ScopeInsights => ({
    requests: scope.requests,
    shipped: scope.leads.length,
    leadTimeDays: summarizeDays(scope.leads),
    answered: {
      count: scope.answered,
      share: scope.requests === 0 ? null : Math.round((scope.answered / scope.requests) * 1000) / 1000,
      unanswered: scope.requests - scope.answered,
      unansweredAfter30Days: scope.after30,
      unansweredAfter90Days: scope.after90,
    },
    statuses: scope.statuses,
    quarters: quarters.map((quarter, index) => ({
      quarter,
      releases: scope.releases[index]!,
      requestsShipped: scope.shippedByQuarter[index]!,
      votesAnswered: scope.votesByQuarter[index]!,
      leadTimeDays: summarizeDays(scope.leadsByQuarter[index]!),
    })),
    months: months.map((month, index) => ({ month, requests: scope.months[index]! })),
    mostWanted: scope.wanted,
  });

  return {
    asOf,
    overall: finish(overall),
    areas: input.areas.map((area, index) => ({ id: area.id, label: area.label, ...finish(areaTallies[index]!) })),
  };
}
