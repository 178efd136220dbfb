import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, textOf, type Build } from '../helpers/build.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';

// The `basic` fixture built once for all build tests (test/build/global-setup.ts).
const shared = inject('rootSite');
const read = (path: string) => readFileSync(join(shared.outDir, path), 'utf8');
beforeAll(() => {
  expect(shared.code, shared.output).toBe(0);
});

interface LeadTime {
  median: number | null;
  p75: number | null;
  p90: number | null;
  count: number;
}
interface Summary {
  requests: number;
  shipped: number;
  leadTimeDays: LeadTime;
  answered: { count: number; share: number | null; unanswered: number; unansweredAfter30Days: number; unansweredAfter90Days: number };
  statuses: Record<string, number>;
}
interface Series {
  quarters: { quarter: string; releases: number; requestsShipped: number; votesAnswered: number; leadTimeDays: LeadTime }[];
  months: { month: string; requests: number }[];
  mostWanted: { id: string; url: string }[];
}
type Scope = Summary & Series;
interface InsightsJson extends Series {
  asOf: string;
  overall: Summary;
  areas: (Scope & { id: string; label: string; url: string })[];
}

/** The whole site's figures: the summary in `overall`, the series at the top of the document. */
const site = (api: InsightsJson): Scope => ({ ...api.overall, quarters: api.quarters, months: api.months, mostWanted: api.mostWanted });

/** The rows of a table on a page, each as the text of its cells (row heading first), the column headings left out. */
function tableRows(html: string, id: string): string[][] {
  const table = new RegExp(`<table class="data-table" id="${id}">([\\s\\S]*?)</table>`).exec(html)?.[1];
  if (table === undefined) throw new Error(`no table #${id}`);
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)![1]!;
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => textOf(cell[1]!)),
  );
}

// How the page writes the API's numbers: en-US digits, whole percentages, a dash for nothing.
const number = (value: number | null) => (value === null ? '–' : value.toLocaleString('en-US'));
const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
const quarterLabel = (quarter: string) => `Q${quarter.slice(6)} ${quarter.slice(0, 4)}`;
const monthLabel = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const STATUS_ROWS = [
  ['shipped', 'Shipped'],
  ['in-progress', 'In progress'],
  ['planned', 'Planned'],
  ['under-review', 'Under review'],
  ['declined', 'Declined'],
  ['open', 'Open'],
] as const;

/** Every figure a page shows, as it should read from the API's figures for the same scope. */
function expectPageShows(html: string, scope: Scope) {
  const text = textOf(html);
  const lead = scope.leadTimeDays;
  expect(text).toContain(
    lead.median === null ? '– from request to release, median' : `${number(lead.median)} days from request to release, median`,
  );
  if (lead.median !== null) expect(text).toContain(`75% within ${number(lead.p75)} days, 90% within ${number(lead.p90)} days`);
  expect(text).toContain(`${percent(scope.answered.share)} of requests answered`);
  expect(text).toContain(`${scope.answered.count} of ${scope.requests} requests have a status beyond open.`);
  expect(text).toContain(`${scope.answered.unansweredAfter30Days} open for 30 days or more`);
  expect(text).toContain(`${scope.shipped} requests shipped`);

  expect(tableRows(html, 'table-statuses')).toEqual(
    STATUS_ROWS.map(([status, label]) => [label, number(scope.statuses[status]!), percent(scope.statuses[status]! / scope.requests)]),
  );
  const quarters = scope.quarters.slice(-12);
  expect(tableRows(html, 'table-lead-time-quarters')).toEqual(
    quarters.map((q) => [
      quarterLabel(q.quarter),
      number(q.leadTimeDays.count),
      number(q.leadTimeDays.median),
      number(q.leadTimeDays.p75),
      number(q.leadTimeDays.p90),
    ]),
  );
  expect(tableRows(html, 'table-shipped-quarters')).toEqual(
    quarters.map((q) => [quarterLabel(q.quarter), number(q.releases), number(q.requestsShipped), number(q.votesAnswered)]),
  );
  expect(tableRows(html, 'table-months')).toEqual(scope.months.slice(-24).map((m) => [monthLabel(m.month), number(m.requests)]));
  const wanted = [...html.matchAll(/<a class="row-title" href="([^"]+)"/g)].map((match) => match[1]);
  expect(wanted).toEqual(scope.mostWanted.map((request) => new URL(request.url).pathname));
}

describe('the insights page of the fixture site', () => {
  const api = JSON.parse(read('api/v1/insights.json')) as InsightsJson;

  it('shows the figures of /api/v1/insights.json, in its key figures, every table and the most wanted list', () => {
    const html = read('insights/index.html');
    expectPageShows(html, site(api));
    expect(tableRows(html, 'table-lead-time-areas')).toEqual(
      api.areas.map((area) => [
        area.label,
        number(area.leadTimeDays.count),
        number(area.leadTimeDays.median),
        number(area.leadTimeDays.p75),
        number(area.leadTimeDays.p90),
      ]),
    );
    expect(tableRows(html, 'table-answers-areas')).toEqual(
      api.areas.map((area) => [
        area.label,
        number(area.requests),
        number(area.answered.count),
        percent(area.answered.share),
        number(area.answered.unansweredAfter30Days),
        number(area.answered.unansweredAfter90Days),
      ]),
    );
  });

  it('shows each area’s figures on its own insights page', () => {
    for (const area of api.areas) {
      expect(new URL(area.url).pathname).toBe(`/areas/${area.id}/insights/`);
      expectPageShows(read(`areas/${area.id}/insights/index.html`), area);
    }
  });

  it('draws each chart as an image with a name and a description, and no script', () => {
    const html = read('insights/index.html');
    const charts = [...html.matchAll(/<svg [^>]*role="img"[^>]*>/g)].map((match) => match[0]);
    // Statuses, lead time by quarter and by area, answers by area, shipped per quarter, requests per month.
    expect(charts).toHaveLength(6);
    for (const svg of charts) {
      const name = /aria-labelledby="([^"]+)"/.exec(svg)![1]!;
      const description = /aria-describedby="([^"]+)"/.exec(svg)![1]!;
      expect(html).toMatch(new RegExp(`<title id="${name}">[^<]+</title>`));
      expect(html).toMatch(new RegExp(`<desc id="${description}">[^<]+</desc>`));
    }
    // The header's search is the only script, as on every page.
    const scripts = (page: string) => [...page.matchAll(/<script[^>]*>/g)].map((match) => match[0]);
    expect(scripts(html)).toEqual(scripts(read('changelog/index.html')));
    expect(html).not.toMatch(/\d\.\d{5,}/);
  });

  it('is linked from the home page, the footer of every page and each area page', () => {
    expect(read('index.html')).toMatch(/<a class="link-arrow" href="\/insights\/">See insights<\/a>/);
    expect(read('changelog/index.html')).toContain('<li><a href="/insights/">Insights</a></li>');
    expect(read('areas/editor/index.html')).toContain('href="/areas/editor/insights/">Editor insights</a>');
  });
});

/** Percentile by linear interpolation between ranks (NumPy's default), written out here to check the site's. */
function percentileOf(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const value = sorted[low]! + (rank - low) * ((sorted[Math.min(low + 1, sorted.length - 1)] ?? 0) - sorted[low]!);
  return Math.round(value * 10) / 10;
}

describe('the demo site', () => {
  let demo: Build;
  beforeAll(() => {
    demo = buildSite(join(PROJECT_ROOT, 'content'), 'demo');
    expect(demo.code, demo.output).toBe(0);
  });

  it('publishes lead times a reader can check from /api/v1/feedback.json', () => {
    const feedback = JSON.parse(demo.read('api/v1/feedback.json')) as {
      items: { submitted: string; status: string; areas: string[]; shipped: { date: string } | null }[];
    };
    const insights = JSON.parse(demo.read('api/v1/insights.json')) as InsightsJson;
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    const leadTimes = (area?: string) =>
      feedback.items
        .filter((item) => item.status === 'shipped' && (area === undefined || item.areas.includes(area)))
        .map((item) => Math.max(0, day(item.shipped!.date) - day(item.submitted)))
        .sort((a, b) => a - b);
    const summary = (days: number[]) => ({
      median: percentileOf(days, 0.5),
      p75: percentileOf(days, 0.75),
      p90: percentileOf(days, 0.9),
      count: days.length,
    });
    expect(insights.overall.leadTimeDays.count).toBeGreaterThan(10);
    expect(insights.overall.leadTimeDays).toEqual(summary(leadTimes()));
    for (const area of insights.areas) expect(area.leadTimeDays, area.id).toEqual(summary(leadTimes(area.id)));
    expect(insights.overall.requests).toBe(feedback.items.filter((item) => item.status !== 'merged').length);
    expect(insights.overall.answered.count).toBe(feedback.items.filter((item) => !['merged', 'open'].includes(item.status)).length);
  });

  it('has an insights page with the same figures', () => {
    const insights = JSON.parse(demo.read('api/v1/insights.json')) as InsightsJson;
    expectPageShows(demo.read('insights/index.html'), site(insights));
  });
});
