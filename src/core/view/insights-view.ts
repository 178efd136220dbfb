import { computeInsights, type Insights, type ScopeInsights } from '../insights/figures.ts';
import type { FeedbackPublicStatus } from '../statuses.ts';
import { feedbackSummary, type FeedbackSummary } from './feedback-view.ts';
import { formatMonth } from './format.ts';
import type { Crumb } from './listings.ts';
import type { SiteModel } from './site-model.ts';
import type { Ui } from '../i18n/index.ts';

/**
 * The insights pages (/insights/ and /areas/<id>/insights/), the home page's
 * and area pages' summaries of them: every figure comes from
 * `computeInsights`, computed once per site model, the same object the JSON
 * API publishes. Every word the pages say comes from the site’s catalogue (`insights.*`).
 */

const cache = new WeakMap<SiteModel, Insights>();

/** The site's insights, computed once per build from the derived lifecycle. */
export function siteInsights(model: SiteModel): Insights {
  let insights = cache.get(model);
  if (!insights) {
    insights = computeInsights({
      corpus: {
        feedback: [...model.feedback.values()],
        roadmap: [...model.roadmap.values()],
        changelog: [...model.releases.values()],
      },
      lifecycle: model.lifecycle,
      areas: model.config.areas,
    });
    cache.set(model, insights);
  }
  return insights;
}

/** Periods a page charts: the most recent ones (the JSON API has every one). */
export const CHART_QUARTERS = 12;
export const CHART_MONTHS = 24;

/** Statuses in the order a request moves towards an answer, most final first; merged requests are not counted. */
const STATUS_ORDER: Exclude<FeedbackPublicStatus, 'merged'>[] = ['shipped', 'in-progress', 'planned', 'under-review', 'declined', 'open'];

const shareFormats = new Map<string, Intl.NumberFormat>();

/** A share from 0 to 1 as a whole percentage in the site's language: `86%`, `86 %`; a dash for none. */
function share(ui: Ui, value: number | null): string {
  if (value === null) return ui.text('insights.none');
  let format = shareFormats.get(ui.language);
  if (!format) {
    format = new Intl.NumberFormat(ui.language, { style: 'percent', maximumFractionDigits: 0 });
    shareFormats.set(ui.language, format);
  }
  return format.format(value);
}

/** A number of days, or a dash where there is none. */
const days = (ui: Ui, value: number | null) => (value === null ? ui.text('insights.none') : ui.number(value));

/** A quarter (`2026-Q3`) as the site's language writes it: "Q3 2026". */
const quarterName = (ui: Ui, quarter: string) => ui.text('insights.quarter', { quarter: quarter.slice(6), year: quarter.slice(0, 4) });

/** What the page's figures mean, term by term. */
const definitions = (ui: Ui): [string, string][] =>
  (['Requests', 'LeadTime', 'Answered', 'Periods'] as const).map((term): [string, string] => [
    ui.text(`insights.def${term}`),
    ui.text(`insights.def${term}Text`),
  ]);

/** One line of figures: "12 requests, 75% answered, 98 days from request to release (median)". */
function inBrief(ui: Ui, figures: ScopeInsights): string {
  const vars = {
    requests: ui.count('count.requests', figures.requests),
    answered: figures.answered.share === null ? ui.text('insights.noneAnswered') : share(ui, figures.answered.share),
  };
  const median = figures.leadTimeDays.median;
  return median === null
    ? ui.text('insights.inBrief', vars)
    : ui.text('insights.inBriefLead', { ...vars, days: ui.count('count.days', median) });
}

/** A status name inside a sentence: its first letter small, the rest as named ("in Arbeit", "under review"). */
const inSentence = (ui: Ui, name: string) => name.charAt(0).toLocaleLowerCase(ui.language) + name.slice(1);

/** A chart's description: each category or period with its value ("Q1 2026: 35 days; Q2 2026: 12 days."), or that there is none. */
function chartSummary(ui: Ui, entries: [label: string, value: string][]): string {
  if (entries.length === 0) return ui.text('insights.noData');
  const said = entries.map(([label, value]) => ui.text('insights.entry', { label, value }));
  return ui.text('insights.entries', { entries: said.join(ui.text('insights.separator')) });
}

/** The note under a chart that shows only the latest periods. */
function recent(ui: Ui, total: number, shown: number, unit: 'quarters' | 'months'): string | undefined {
  if (total <= shown) return undefined;
  return ui.count(unit === 'quarters' ? 'insights.recentQuarters' : 'insights.recentMonths', shown);
}

/** A figure of the key figures: the number, the words after it, and a sentence of detail. */
export interface KeyFigure {
  value: string;
  label: string;
  detail: string;
}

export interface TableView {
  id: string;
  caption: string;
  /** The first column heads the rows. */
  columns: { label: string; numeric: boolean }[];
  rows: { header: string; href?: string; cells: string[] }[];
}

export interface BarView {
  /** The category, clipped to fit a narrow screen; the table has it whole. */
  label: string;
  value: string;
  /** The bar's length as a share of the scale, 0 to 100; null for no value. */
  percent: number | null;
  /** Columns only: the label under the column, on some of them; minor ones show only where the chart is wide. */
  axisLabel?: { text: string; minor: boolean };
}

/**
 * A chart drawn as static SVG: horizontal bars for categories (statuses,
 * areas), vertical columns for periods. Positions are percentages of the
 * width, so the chart fits any screen and its text keeps its size.
 */
export interface ChartView {
  id: string;
  kind: 'bars' | 'columns';
  /** The accessible name. */
  title: string;
  /** A sentence that says what the chart shows, for its description. */
  summary: string;
  bars: BarView[];
  /** Columns only: the value at the top of the scale, and grid lines at these percentages of it. */
  scale?: { label: string; lines: number[] };
  /** Whether columns carry their value above them (few columns). */
  showValues: boolean;
  table: TableView;
  /** Said instead of the chart when there is nothing to draw. */
  empty?: string;
  note?: string;
}

export interface InsightsSection {
  id: string;
  heading: string;
  intro?: string;
  charts: ChartView[];
}

export interface InsightsPage {
  url: string;
  title: string;
  heading: string;
  blurb: string;
  description: string;
  crumbs: Crumb[];
  asOf?: string;
  hasRequests: boolean;
  /** Said instead of the figures when there are no requests. */
  empty: string;
  figures: KeyFigure[];
  sections: InsightsSection[];
  wanted: { heading: string; intro: string; empty: string; items: FeedbackSummary[]; more: { label: string; href: string } };
  /** The site page lists the areas' pages; an area page links back to the site's. */
  related: { heading: string; intro?: string; links: { label: string; href: string; detail?: string }[] };
  definitions: { heading: string; items: [string, string][] };
  api: { label: string; href: string; schemaLabel: string; schemaHref: string };
  text: { tableToggle: string; figuresLabel: string };
}

function clip(label: string, length = 28): string {
  return label.length > length ? `${label.slice(0, length - 1).trimEnd()}…` : label;
}

/** A scale that ends on a round number (1, 2 or 5 times a power of ten) at or above the largest value. */
function niceScale(largest: number): number {
  if (largest <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(largest));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= largest)!;
  return step * power;
}

function percentOf(value: number | null, scale: number): number | null {
  return value === null ? null : Math.round((value / scale) * 1000) / 10;
}

/**
 * Columns for a series of periods, labelled underneath at most three times
 * (eight on a wide chart), always at the newest.
 */
function columns(
  ui: Ui,
  values: { label: string; axis: string; value: number | null; text: string }[],
): Pick<ChartView, 'bars' | 'scale' | 'showValues'> {
  const scale = niceScale(Math.max(0, ...values.map((entry) => entry.value ?? 0)));
  const minor = Math.ceil(values.length / 8);
  // A multiple of the minor step, so the labels a narrow chart keeps are among those a wide one shows.
  const major = minor * Math.ceil(Math.ceil(values.length / 3) / minor);
  return {
    bars: values.map((entry, index) => ({
      label: entry.label,
      value: entry.text,
      percent: percentOf(entry.value, scale),
      axisLabel:
        (values.length - 1 - index) % minor === 0 ? { text: entry.axis, minor: (values.length - 1 - index) % major !== 0 } : undefined,
    })),
    scale: { label: ui.number(scale), lines: [50, 100] },
    showValues: values.length <= 8,
  };
}

function statusChart(figures: ScopeInsights, ui: Ui): ChartView {
  const scale = niceScale(Math.max(0, ...STATUS_ORDER.map((status) => figures.statuses[status])));
  const shareOf = (count: number) => share(ui, figures.requests === 0 ? null : count / figures.requests);
  return {
    id: 'chart-statuses',
    kind: 'bars',
    title: ui.text('insights.statusesChart'),
    summary: ui.text('insights.statusesSummary', {
      requests: ui.count('count.requests', figures.requests),
      statuses: STATUS_ORDER.map((status) =>
        ui.text('insights.statusCount', {
          count: ui.number(figures.statuses[status]),
          status: inSentence(ui, ui.status(status)),
        }),
      ).join(ui.text('insights.statusSeparator')),
    }),
    bars: STATUS_ORDER.map((status) => ({
      label: ui.status(status),
      value: ui.number(figures.statuses[status]),
      percent: percentOf(figures.statuses[status], scale),
    })),
    showValues: true,
    empty: figures.requests === 0 ? ui.text('insights.noData') : undefined,
    table: {
      id: 'table-statuses',
      caption: ui.text('insights.statusesChart'),
      columns: [
        { label: ui.text('insights.columnStatus'), numeric: false },
        { label: ui.text('insights.columnRequests'), numeric: true },
        { label: ui.text('insights.columnShare'), numeric: true },
      ],
      rows: STATUS_ORDER.map((status) => ({
        header: ui.status(status),
        cells: [ui.number(figures.statuses[status]), shareOf(figures.statuses[status])],
      })),
    },
  };
}

function leadTimeByQuarter(figures: ScopeInsights, ui: Ui): ChartView {
  const shown = figures.quarters.slice(-CHART_QUARTERS);
  const withMedian = shown.filter((quarter) => quarter.leadTimeDays.median !== null);
  return {
    id: 'chart-lead-time-quarters',
    kind: 'columns',
    title: ui.text('insights.leadTimeByQuarter'),
    summary: chartSummary(
      ui,
      withMedian.map((quarter): [string, string] => [
        quarterName(ui, quarter.quarter),
        ui.count('count.days', quarter.leadTimeDays.median!),
      ]),
    ),
    ...columns(
      ui,
      shown.map((quarter) => ({
        label: quarterName(ui, quarter.quarter),
        axis: quarterName(ui, quarter.quarter),
        value: quarter.leadTimeDays.median,
        text: days(ui, quarter.leadTimeDays.median),
      })),
    ),
    empty: withMedian.length === 0 ? ui.text('insights.noData') : undefined,
    note: recent(ui, figures.quarters.length, CHART_QUARTERS, 'quarters'),
    table: {
      id: 'table-lead-time-quarters',
      caption: ui.text('insights.leadTimeByQuarter'),
      columns: [
        { label: ui.text('insights.columnQuarter'), numeric: false },
        { label: ui.text('insights.columnShipped'), numeric: true },
        { label: ui.text('insights.columnMedian'), numeric: true },
        { label: ui.text('insights.columnP75'), numeric: true },
        { label: ui.text('insights.columnP90'), numeric: true },
      ],
      rows: shown.map((quarter) => ({
        header: quarterName(ui, quarter.quarter),
        cells: [
          ui.number(quarter.leadTimeDays.count),
          days(ui, quarter.leadTimeDays.median),
          days(ui, quarter.leadTimeDays.p75),
          days(ui, quarter.leadTimeDays.p90),
        ],
      })),
    },
  };
}

function leadTimeByArea(model: SiteModel, insights: Insights): ChartView {
  const { ui } = model;
  const scale = niceScale(Math.max(0, ...insights.areas.map((area) => area.leadTimeDays.median ?? 0)));
  const measured = insights.areas.filter((area) => area.leadTimeDays.median !== null);
  return {
    id: 'chart-lead-time-areas',
    kind: 'bars',
    title: ui.text('insights.leadTimeByArea'),
    summary: chartSummary(
      ui,
      measured.map((area): [string, string] => [area.label, ui.count('count.days', area.leadTimeDays.median!)]),
    ),
    bars: insights.areas.map((area) => ({
      label: clip(area.label),
      value: days(ui, area.leadTimeDays.median),
      percent: percentOf(area.leadTimeDays.median, scale),
    })),
    showValues: true,
    empty: measured.length === 0 ? ui.text('insights.noData') : undefined,
    table: {
      id: 'table-lead-time-areas',
      caption: ui.text('insights.leadTimeByArea'),
      columns: [
        { label: ui.text('insights.columnArea'), numeric: false },
        { label: ui.text('insights.columnShipped'), numeric: true },
        { label: ui.text('insights.columnMedian'), numeric: true },
        { label: ui.text('insights.columnP75'), numeric: true },
        { label: ui.text('insights.columnP90'), numeric: true },
      ],
      rows: insights.areas.map((area) => ({
        header: area.label,
        href: model.links.areaInsights(area.id),
        cells: [
          ui.number(area.leadTimeDays.count),
          days(ui, area.leadTimeDays.median),
          days(ui, area.leadTimeDays.p75),
          days(ui, area.leadTimeDays.p90),
        ],
      })),
    },
  };
}

function answersByArea(model: SiteModel, insights: Insights): ChartView {
  const { ui } = model;
  const withRequests = insights.areas.filter((area) => area.answered.share !== null);
  return {
    id: 'chart-answers-areas',
    kind: 'bars',
    title: ui.text('insights.answersChart'),
    summary: chartSummary(
      ui,
      withRequests.map((area): [string, string] => [area.label, share(ui, area.answered.share!)]),
    ),
    bars: insights.areas.map((area) => ({
      label: clip(area.label),
      value: area.answered.share === null ? ui.text('insights.none') : share(ui, area.answered.share),
      percent: area.answered.share === null ? null : Math.round(area.answered.share * 1000) / 10,
    })),
    showValues: true,
    empty: withRequests.length === 0 ? ui.text('insights.noData') : undefined,
    table: {
      id: 'table-answers-areas',
      caption: ui.text('insights.answersChart'),
      columns: [
        { label: ui.text('insights.columnArea'), numeric: false },
        { label: ui.text('insights.columnRequests'), numeric: true },
        { label: ui.text('insights.columnAnswered'), numeric: true },
        { label: ui.text('insights.columnShare'), numeric: true },
        { label: ui.text('insights.columnAfter30'), numeric: true },
        { label: ui.text('insights.columnAfter90'), numeric: true },
      ],
      rows: insights.areas.map((area) => ({
        header: area.label,
        href: model.links.areaInsights(area.id),
        cells: [
          ui.number(area.requests),
          ui.number(area.answered.count),
          area.answered.share === null ? ui.text('insights.none') : share(ui, area.answered.share),
          ui.number(area.answered.unansweredAfter30Days),
          ui.number(area.answered.unansweredAfter90Days),
        ],
      })),
    },
  };
}

function shippedByQuarter(figures: ScopeInsights, ui: Ui): ChartView {
  const shown = figures.quarters.slice(-CHART_QUARTERS);
  const total = shown.reduce((sum, quarter) => sum + quarter.requestsShipped, 0);
  return {
    id: 'chart-shipped-quarters',
    kind: 'columns',
    title: ui.text('insights.shippedChart'),
    summary: chartSummary(
      ui,
      shown.map((quarter): [string, string] => [quarterName(ui, quarter.quarter), ui.number(quarter.requestsShipped)]),
    ),
    ...columns(
      ui,
      shown.map((quarter) => ({
        label: quarterName(ui, quarter.quarter),
        axis: quarterName(ui, quarter.quarter),
        value: quarter.requestsShipped,
        text: ui.number(quarter.requestsShipped),
      })),
    ),
    empty: total === 0 ? ui.text('insights.noData') : undefined,
    note: recent(ui, figures.quarters.length, CHART_QUARTERS, 'quarters'),
    table: {
      id: 'table-shipped-quarters',
      caption: ui.text('insights.shippedChart'),
      columns: [
        { label: ui.text('insights.columnQuarter'), numeric: false },
        { label: ui.text('insights.columnReleases'), numeric: true },
        { label: ui.text('insights.columnRequestsShipped'), numeric: true },
        { label: ui.text('insights.columnVotesAnswered'), numeric: true },
      ],
      rows: shown.map((quarter) => ({
        header: quarterName(ui, quarter.quarter),
        cells: [ui.number(quarter.releases), ui.number(quarter.requestsShipped), ui.number(quarter.votesAnswered)],
      })),
    },
  };
}

function demandByMonth(figures: ScopeInsights, ui: Ui): ChartView {
  const { language } = ui;
  const shown = figures.months.slice(-CHART_MONTHS);
  const total = shown.reduce((sum, month) => sum + month.requests, 0);
  return {
    id: 'chart-months',
    kind: 'columns',
    title: ui.text('insights.demandChart'),
    summary: chartSummary(
      ui,
      shown.map((month): [string, string] => [formatMonth(month.month, language), ui.number(month.requests)]),
    ),
    ...columns(
      ui,
      shown.map((month) => ({
        label: formatMonth(month.month, language),
        axis: formatMonth(month.month, language, 'short'),
        value: month.requests,
        text: ui.number(month.requests),
      })),
    ),
    empty: total === 0 ? ui.text('insights.noData') : undefined,
    note: recent(ui, figures.months.length, CHART_MONTHS, 'months'),
    table: {
      id: 'table-months',
      caption: ui.text('insights.demandChart'),
      columns: [
        { label: ui.text('insights.columnMonth'), numeric: false },
        { label: ui.text('insights.columnNewRequests'), numeric: true },
      ],
      rows: shown.map((month) => ({ header: formatMonth(month.month, language), cells: [ui.number(month.requests)] })),
    },
  };
}

export function keyFigures(figures: ScopeInsights, ui: Ui): KeyFigure[] {
  const lead = figures.leadTimeDays;
  const votes = figures.quarters.reduce((sum, quarter) => sum + quarter.votesAnswered, 0);
  const none = ui.text('insights.none');
  return [
    {
      value: lead.median === null ? none : ui.count('count.days', lead.median),
      label: ui.text('insights.leadTime'),
      detail:
        lead.count === 0
          ? ui.text('insights.nothingShipped')
          : ui.text('insights.leadTimeDetail', {
              p75: ui.count('count.days', lead.p75!),
              p90: ui.count('count.days', lead.p90!),
              shipped: ui.count('count.shippedRequests', lead.count),
            }),
    },
    {
      value: share(ui, figures.answered.share),
      label: ui.text('insights.answered'),
      detail: ui.text('insights.answeredDetail', {
        count: ui.number(figures.answered.count),
        requests: ui.count('count.requests', figures.requests),
      }),
    },
    {
      value: ui.number(figures.answered.unansweredAfter30Days),
      label: ui.text('insights.waiting'),
      detail: ui.text('insights.waitingDetail', {
        after90: ui.number(figures.answered.unansweredAfter90Days),
        open: ui.number(figures.answered.unanswered),
      }),
    },
    {
      value: ui.number(figures.shipped),
      label: ui.text('insights.shipped'),
      detail: ui.text('insights.shippedDetail', { votes: ui.count('count.votes', votes) }),
    },
  ];
}

/** The insights page of the whole site, or of one area. */
export function insightsPage(model: SiteModel, areaId?: string): InsightsPage {
  const { links, config } = model;
  const insights = siteInsights(model);
  const area = areaId === undefined ? undefined : insights.areas.find((candidate) => candidate.id === areaId);
  const figures = area ?? insights.overall;
  const { ui } = model;
  const wanted = figures.mostWanted.map((request) => feedbackSummary(model, request.id));

  const sections: InsightsSection[] = [
    {
      id: 'statuses',
      heading: ui.text('insights.statusesHeading'),
      intro: figures.statuses.merged > 0 ? ui.count('insights.statusesMerged', figures.statuses.merged) : ui.text('insights.statusesIntro'),
      charts: [statusChart(figures, model.ui)],
    },
    {
      id: 'lead-time',
      heading: ui.text('insights.leadTimeHeading'),
      intro: ui.text('insights.leadTimeIntro'),
      charts: [leadTimeByQuarter(figures, ui), ...(area ? [] : [leadTimeByArea(model, insights)])],
    },
    ...(area || insights.areas.length === 0
      ? []
      : [{ id: 'answers', heading: ui.text('insights.answersHeading'), charts: [answersByArea(model, insights)] }]),
    {
      id: 'shipped',
      heading: ui.text('insights.shippedHeading'),
      intro: ui.text('insights.shippedIntro'),
      charts: [shippedByQuarter(figures, ui)],
    },
    { id: 'demand', heading: ui.text('insights.demandHeading'), charts: [demandByMonth(figures, ui)] },
  ];

  const heading = area ? ui.text('insights.areaHeading', { area: area.label }) : ui.text('insights.heading');
  return {
    url: area ? links.areaInsights(area.id) : links.insights,
    title: heading,
    heading,
    blurb: area ? ui.text('insights.areaBlurb', { area: area.label }) : ui.text('insights.blurb'),
    description: ui.text('insights.entry', { label: area ? area.label : config.title, value: inBrief(ui, figures) }),
    crumbs: area
      ? [
          { label: ui.text('nav.areas'), href: links.areas },
          { label: area.label, href: links.area(area.id) },
        ]
      : [],
    asOf: insights.asOf === null ? undefined : ui.text('insights.asOf', { date: model.date(insights.asOf) }),
    hasRequests: figures.requests > 0 || figures.statuses.merged > 0,
    empty: ui.text('insights.noContent'),
    figures: keyFigures(figures, model.ui),
    sections,
    wanted: {
      heading: ui.text('insights.wantedHeading'),
      intro: ui.text('insights.wantedIntro'),
      empty: ui.text('insights.wantedEmpty'),
      items: wanted,
      more: { label: ui.text('insights.wantedAll'), href: links.feedbackListing({ status: 'open', area: area?.id }) },
    },
    related: {
      heading: area ? ui.text('insights.areasMore') : ui.text('insights.areasHeading'),
      intro: area ? undefined : ui.text('insights.areasIntro'),
      links: [
        ...(area ? [{ label: ui.text('insights.areasSite'), href: links.insights, detail: inBrief(ui, insights.overall) }] : []),
        ...insights.areas
          .filter((entry) => entry.id !== area?.id)
          .map((entry) => ({ label: entry.label, href: links.areaInsights(entry.id), detail: inBrief(ui, entry) })),
      ],
    },
    definitions: { heading: ui.text('insights.definitionsHeading'), items: definitions(ui) },
    api: {
      label: ui.text('insights.api'),
      href: links.api.insights,
      schemaLabel: ui.text('insights.schema'),
      schemaHref: links.apiSchemas.insights,
    },
    text: { tableToggle: ui.text('insights.tableToggle'), figuresLabel: ui.text('insights.figuresLabel') },
  };
}

/**
 * The key figures and the way to the page, for the home page and each area
 * page; nothing where there are no requests yet, rather than a row of dashes.
 */
export function insightsSummary(
  model: SiteModel,
  areaId?: string,
): { heading: string; figures: KeyFigure[]; more: { label: string; href: string } } | undefined {
  const insights = siteInsights(model);
  const area = areaId === undefined ? undefined : insights.areas.find((candidate) => candidate.id === areaId);
  const figures = area ?? insights.overall;
  if (figures.requests === 0) return undefined;
  return {
    heading: model.ui.text('insights.summaryHeading'),
    figures: keyFigures(figures, model.ui),
    more: area
      ? { label: model.ui.text('insights.areaMore', { area: area.label }), href: model.links.areaInsights(area.id) }
      : { label: model.ui.text('insights.summaryMore'), href: model.links.insights },
  };
}
