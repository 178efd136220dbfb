import { computeInsights, type Insights, type ScopeInsights } from '../insights/figures.ts';
import type { DaySummary } from '../insights/percentiles.ts';
import type { FeedbackPublicStatus } from '../statuses.ts';
import { feedbackSummary, type FeedbackSummary } from './feedback-view.ts';
import { formatCount, formatMonth, formatNumber, formatShare } from './format.ts';
import type { Crumb } from './listings.ts';
import type { SiteModel } from './site-model.ts';
import type { Ui } from '../i18n/index.ts';

/**
 * The insights pages (/insights/ and /areas/<id>/insights/), the home page's
 * and area pages' summaries of them: every figure comes from
 * `computeInsights`, computed once per site model, the same object the JSON
 * API publishes. Every word the pages say is in `INSIGHTS_TEXT`, in one place.
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

export const INSIGHTS_TEXT = {
  heading: 'Insights',
  areaHeading: (area: string) => `Insights: ${area}`,
  blurb: 'How requests are answered: how many get an answer, how long shipping takes, and what customers ask for most.',
  areaBlurb: (area: string) => `How requests about ${area} are answered, how long shipping takes, and what customers ask for most.`,
  asOf: (date: string) => `Counted from this site’s content on every build, as of ${date}, the newest date in it. Nothing is tracked.`,
  noContent: 'There are no requests yet, so there is nothing to count.',
  /** One line of figures: "12 requests, 75% answered, 98 days from request to release (median)". */
  inBrief: (figures: ScopeInsights) =>
    `${formatCount(figures.requests, 'request')}, ${figures.answered.share === null ? 'none' : formatShare(figures.answered.share)} answered${
      figures.leadTimeDays.median === null ? '' : `, ${formatCount(figures.leadTimeDays.median, 'day')} from request to release (median)`
    }.`,
  figures: {
    label: 'Key figures',
    leadTime: 'from request to release, median',
    leadTimeDetail: (lead: DaySummary) =>
      lead.count === 0
        ? 'Nothing shipped yet.'
        : `75% within ${formatCount(lead.p75!, 'day')}, 90% within ${formatCount(lead.p90!, 'day')}; ${formatCount(lead.count, 'shipped request')}.`,
    answered: 'of requests answered',
    answeredDetail: (count: number, requests: number) =>
      `${formatNumber(count)} of ${formatCount(requests, 'request')} have a status beyond open.`,
    waiting: 'open for 30 days or more',
    waitingDetail: (after90: number, open: number) => `${formatNumber(after90)} for 90 days or more; ${formatNumber(open)} open in all.`,
    shipped: 'requests shipped',
    shippedDetail: (votes: number) => `Carrying ${formatCount(votes, 'vote')}, merged duplicates’ included.`,
  },
  statuses: {
    heading: 'Where requests stand',
    intro: (merged: number) =>
      `Any status but open is a public answer.${merged > 0 ? ` ${formatCount(merged, 'duplicate')} merged into other requests ${merged === 1 ? 'counts' : 'count'} with ${merged === 1 ? 'it' : 'them'}.` : ''}`,
    chart: 'Requests by public status',
    status: 'Status',
    requests: 'Requests',
    share: 'Share',
  },
  leadTime: {
    heading: 'From request to release',
    intro:
      'Days from the day a request was made to the release that shipped it, through its roadmap item or directly. Half of shipped requests took the median or less, three in four the 75th percentile or less, nine in ten the 90th.',
    byQuarter: 'Median days from request to release, by quarter of release',
    byArea: 'Median days from request to release, by area',
    quarter: 'Quarter',
    area: 'Area',
    shipped: 'Shipped',
    median: 'Median (days)',
    p75: '75th percentile',
    p90: '90th percentile',
  },
  answers: {
    heading: 'Answers by area',
    chart: 'Share of requests answered, by area',
    area: 'Area',
    requests: 'Requests',
    answered: 'Answered',
    share: 'Share',
    after30: 'Open 30+ days',
    after90: 'Open 90+ days',
  },
  shipped: {
    heading: 'Shipped per quarter',
    intro: 'Requests answered by the releases of each quarter, and the votes they carried (with their merged duplicates).',
    chart: 'Requests shipped per quarter',
    quarter: 'Quarter',
    releases: 'Releases',
    requests: 'Requests shipped',
    votes: 'Votes answered',
  },
  demand: {
    heading: 'Demand',
    chart: 'New requests per month',
    month: 'Month',
    requests: 'New requests',
  },
  wanted: {
    heading: 'Most wanted, not planned yet',
    intro: 'Open requests and those under review, most votes first.',
    empty: 'Every request has been planned, shipped or answered.',
    all: 'All open requests',
  },
  areas: {
    crumb: 'Areas',
    heading: 'By area',
    intro: 'The same figures for each part of the product.',
    more: 'More insights',
    site: 'The whole site',
  },
  recent: (shown: number, unit: 'quarters' | 'months') => `The last ${shown} ${unit}; the JSON API lists every one.`,
  tableToggle: 'Show the figures as a table',
  noData: 'Nothing to show yet.',
  none: '–',
  definitions: {
    heading: 'How these figures are counted',
    items: [
      ['Requests', 'Every public request. A duplicate merged into another request is not counted again: its votes count on that request.'],
      [
        'Lead time',
        'Whole calendar days from a request’s submission to the date of the release that shipped it, through its roadmap item or the release’s list of requests it closes; 0 when the release came first. Percentiles interpolate between neighbouring values, as spreadsheets and NumPy do, to one decimal place.',
      ],
      ['Answered', 'A request whose public status is anything but open: under review, planned, in progress, shipped or declined.'],
      ['Quarters and months', 'A shipment counts in the quarter of its release; a request in the month it was made.'],
    ] as [string, string][],
    api: 'The same figures as JSON',
    schema: 'its JSON Schema',
  },
  home: {
    heading: 'How requests are answered',
    more: 'See insights',
  },
  area: {
    more: (area: string) => `${area} insights`,
  },
  quarter: (quarter: string) => `Q${quarter.slice(6)} ${quarter.slice(0, 4)}`,
} as const;

const T = INSIGHTS_TEXT;

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

const days = (value: number | null) => (value === null ? T.none : formatNumber(value));

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
    scale: { label: formatNumber(scale), lines: [50, 100] },
    showValues: values.length <= 8,
  };
}

function statusChart(figures: ScopeInsights, ui: Ui): ChartView {
  const scale = niceScale(Math.max(0, ...STATUS_ORDER.map((status) => figures.statuses[status])));
  const share = (count: number) => (figures.requests === 0 ? T.none : formatShare(count / figures.requests));
  return {
    id: 'chart-statuses',
    kind: 'bars',
    title: T.statuses.chart,
    summary: `${formatCount(figures.requests, 'request')}: ${STATUS_ORDER.map((status) => `${figures.statuses[status]} ${ui.status(status).toLowerCase()}`).join(', ')}.`,
    bars: STATUS_ORDER.map((status) => ({
      label: ui.status(status),
      value: formatNumber(figures.statuses[status]),
      percent: percentOf(figures.statuses[status], scale),
    })),
    showValues: true,
    empty: figures.requests === 0 ? T.noData : undefined,
    table: {
      id: 'table-statuses',
      caption: T.statuses.chart,
      columns: [
        { label: T.statuses.status, numeric: false },
        { label: T.statuses.requests, numeric: true },
        { label: T.statuses.share, numeric: true },
      ],
      rows: STATUS_ORDER.map((status) => ({
        header: ui.status(status),
        cells: [formatNumber(figures.statuses[status]), share(figures.statuses[status])],
      })),
    },
  };
}

function leadTimeByQuarter(figures: ScopeInsights): ChartView {
  const shown = figures.quarters.slice(-CHART_QUARTERS);
  const withMedian = shown.filter((quarter) => quarter.leadTimeDays.median !== null);
  return {
    id: 'chart-lead-time-quarters',
    kind: 'columns',
    title: T.leadTime.byQuarter,
    summary:
      withMedian.length === 0
        ? T.noData
        : `${withMedian.map((quarter) => `${T.quarter(quarter.quarter)}: ${formatCount(quarter.leadTimeDays.median!, 'day')}`).join('; ')}.`,
    ...columns(
      shown.map((quarter) => ({
        label: T.quarter(quarter.quarter),
        axis: T.quarter(quarter.quarter),
        value: quarter.leadTimeDays.median,
        text: days(quarter.leadTimeDays.median),
      })),
    ),
    empty: withMedian.length === 0 ? T.noData : undefined,
    note: figures.quarters.length > CHART_QUARTERS ? T.recent(CHART_QUARTERS, 'quarters') : undefined,
    table: {
      id: 'table-lead-time-quarters',
      caption: T.leadTime.byQuarter,
      columns: [
        { label: T.leadTime.quarter, numeric: false },
        { label: T.leadTime.shipped, numeric: true },
        { label: T.leadTime.median, numeric: true },
        { label: T.leadTime.p75, numeric: true },
        { label: T.leadTime.p90, numeric: true },
      ],
      rows: shown.map((quarter) => ({
        header: T.quarter(quarter.quarter),
        cells: [
          formatNumber(quarter.leadTimeDays.count),
          days(quarter.leadTimeDays.median),
          days(quarter.leadTimeDays.p75),
          days(quarter.leadTimeDays.p90),
        ],
      })),
    },
  };
}

function leadTimeByArea(model: SiteModel, insights: Insights): ChartView {
  const scale = niceScale(Math.max(0, ...insights.areas.map((area) => area.leadTimeDays.median ?? 0)));
  const measured = insights.areas.filter((area) => area.leadTimeDays.median !== null);
  return {
    id: 'chart-lead-time-areas',
    kind: 'bars',
    title: T.leadTime.byArea,
    summary:
      measured.length === 0
        ? T.noData
        : `${measured.map((area) => `${area.label}: ${formatCount(area.leadTimeDays.median!, 'day')}`).join('; ')}.`,
    bars: insights.areas.map((area) => ({
      label: clip(area.label),
      value: days(area.leadTimeDays.median),
      percent: percentOf(area.leadTimeDays.median, scale),
    })),
    showValues: true,
    empty: measured.length === 0 ? T.noData : undefined,
    table: {
      id: 'table-lead-time-areas',
      caption: T.leadTime.byArea,
      columns: [
        { label: T.leadTime.area, numeric: false },
        { label: T.leadTime.shipped, numeric: true },
        { label: T.leadTime.median, numeric: true },
        { label: T.leadTime.p75, numeric: true },
        { label: T.leadTime.p90, numeric: true },
      ],
      rows: insights.areas.map((area) => ({
        header: area.label,
        href: model.links.areaInsights(area.id),
        cells: [
          formatNumber(area.leadTimeDays.count),
          days(area.leadTimeDays.median),
          days(area.leadTimeDays.p75),
          days(area.leadTimeDays.p90),
        ],
      })),
    },
  };
}

function answersByArea(model: SiteModel, insights: Insights): ChartView {
  const withRequests = insights.areas.filter((area) => area.answered.share !== null);
  return {
    id: 'chart-answers-areas',
    kind: 'bars',
    title: T.answers.chart,
    summary:
      withRequests.length === 0
        ? T.noData
        : `${withRequests.map((area) => `${area.label}: ${formatShare(area.answered.share!)}`).join('; ')}.`,
    bars: insights.areas.map((area) => ({
      label: clip(area.label),
      value: area.answered.share === null ? T.none : formatShare(area.answered.share),
      percent: area.answered.share === null ? null : Math.round(area.answered.share * 1000) / 10,
    })),
    showValues: true,
    empty: withRequests.length === 0 ? T.noData : undefined,
    table: {
      id: 'table-answers-areas',
      caption: T.answers.chart,
      columns: [
        { label: T.answers.area, numeric: false },
        { label: T.answers.requests, numeric: true },
        { label: T.answers.answered, numeric: true },
        { label: T.answers.share, numeric: true },
        { label: T.answers.after30, numeric: true },
        { label: T.answers.after90, numeric: true },
      ],
      rows: insights.areas.map((area) => ({
        header: area.label,
        href: model.links.areaInsights(area.id),
        cells: [
          formatNumber(area.requests),
          formatNumber(area.answered.count),
          area.answered.share === null ? T.none : formatShare(area.answered.share),
          formatNumber(area.answered.unansweredAfter30Days),
          formatNumber(area.answered.unansweredAfter90Days),
        ],
      })),
    },
  };
}

function shippedByQuarter(figures: ScopeInsights): ChartView {
  const shown = figures.quarters.slice(-CHART_QUARTERS);
  const total = shown.reduce((sum, quarter) => sum + quarter.requestsShipped, 0);
  return {
    id: 'chart-shipped-quarters',
    kind: 'columns',
    title: T.shipped.chart,
    summary:
      shown.length === 0 ? T.noData : `${shown.map((quarter) => `${T.quarter(quarter.quarter)}: ${quarter.requestsShipped}`).join('; ')}.`,
    ...columns(
      shown.map((quarter) => ({
        label: T.quarter(quarter.quarter),
        axis: T.quarter(quarter.quarter),
        value: quarter.requestsShipped,
        text: formatNumber(quarter.requestsShipped),
      })),
    ),
    empty: total === 0 ? T.noData : undefined,
    note: figures.quarters.length > CHART_QUARTERS ? T.recent(CHART_QUARTERS, 'quarters') : undefined,
    table: {
      id: 'table-shipped-quarters',
      caption: T.shipped.chart,
      columns: [
        { label: T.shipped.quarter, numeric: false },
        { label: T.shipped.releases, numeric: true },
        { label: T.shipped.requests, numeric: true },
        { label: T.shipped.votes, numeric: true },
      ],
      rows: shown.map((quarter) => ({
        header: T.quarter(quarter.quarter),
        cells: [formatNumber(quarter.releases), formatNumber(quarter.requestsShipped), formatNumber(quarter.votesAnswered)],
      })),
    },
  };
}

function demandByMonth(figures: ScopeInsights, language: string): ChartView {
  const shown = figures.months.slice(-CHART_MONTHS);
  const total = shown.reduce((sum, month) => sum + month.requests, 0);
  return {
    id: 'chart-months',
    kind: 'columns',
    title: T.demand.chart,
    summary:
      shown.length === 0 ? T.noData : `${shown.map((month) => `${formatMonth(month.month, language)}: ${month.requests}`).join('; ')}.`,
    ...columns(
      shown.map((month) => ({
        label: formatMonth(month.month, language),
        axis: formatMonth(month.month, language, 'short'),
        value: month.requests,
        text: formatNumber(month.requests),
      })),
    ),
    empty: total === 0 ? T.noData : undefined,
    note: figures.months.length > CHART_MONTHS ? T.recent(CHART_MONTHS, 'months') : undefined,
    table: {
      id: 'table-months',
      caption: T.demand.chart,
      columns: [
        { label: T.demand.month, numeric: false },
        { label: T.demand.requests, numeric: true },
      ],
      rows: shown.map((month) => ({ header: formatMonth(month.month, language), cells: [formatNumber(month.requests)] })),
    },
  };
}

export function keyFigures(figures: ScopeInsights, ui: Ui): KeyFigure[] {
  const lead = figures.leadTimeDays;
  const votes = figures.quarters.reduce((sum, quarter) => sum + quarter.votesAnswered, 0);
  const none = ui.text('insights.none');
  const share = new Intl.NumberFormat(ui.language, { style: 'percent', maximumFractionDigits: 0 });
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
      value: figures.answered.share === null ? none : share.format(figures.answered.share),
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
  const language = config.language;
  const wanted = figures.mostWanted.map((request) => feedbackSummary(model, request.id));

  const sections: InsightsSection[] = [
    {
      id: 'statuses',
      heading: T.statuses.heading,
      intro: T.statuses.intro(figures.statuses.merged),
      charts: [statusChart(figures, model.ui)],
    },
    {
      id: 'lead-time',
      heading: T.leadTime.heading,
      intro: T.leadTime.intro,
      charts: [leadTimeByQuarter(figures), ...(area ? [] : [leadTimeByArea(model, insights)])],
    },
    ...(area || insights.areas.length === 0
      ? []
      : [{ id: 'answers', heading: T.answers.heading, charts: [answersByArea(model, insights)] }]),
    { id: 'shipped', heading: T.shipped.heading, intro: T.shipped.intro, charts: [shippedByQuarter(figures)] },
    { id: 'demand', heading: T.demand.heading, charts: [demandByMonth(figures, language)] },
  ];

  const heading = area ? T.areaHeading(area.label) : T.heading;
  return {
    url: area ? links.areaInsights(area.id) : links.insights,
    title: heading,
    heading,
    blurb: area ? T.areaBlurb(area.label) : T.blurb,
    description: `${area ? area.label : config.title}: ${T.inBrief(figures)}`,
    crumbs: area
      ? [
          { label: T.areas.crumb, href: links.areas },
          { label: area.label, href: links.area(area.id) },
        ]
      : [],
    asOf: insights.asOf === null ? undefined : T.asOf(model.date(insights.asOf)),
    hasRequests: figures.requests > 0 || figures.statuses.merged > 0,
    empty: T.noContent,
    figures: keyFigures(figures, model.ui),
    sections,
    wanted: {
      heading: T.wanted.heading,
      intro: T.wanted.intro,
      empty: T.wanted.empty,
      items: wanted,
      more: { label: T.wanted.all, href: links.feedbackListing({ status: 'open', area: area?.id }) },
    },
    related: {
      heading: area ? T.areas.more : T.areas.heading,
      intro: area ? undefined : T.areas.intro,
      links: [
        ...(area ? [{ label: T.areas.site, href: links.insights, detail: T.inBrief(insights.overall) }] : []),
        ...insights.areas
          .filter((entry) => entry.id !== area?.id)
          .map((entry) => ({ label: entry.label, href: links.areaInsights(entry.id), detail: T.inBrief(entry) })),
      ],
    },
    definitions: { heading: T.definitions.heading, items: T.definitions.items },
    api: { label: T.definitions.api, href: links.api.insights, schemaLabel: T.definitions.schema, schemaHref: links.apiSchemas.insights },
    text: { tableToggle: T.tableToggle, figuresLabel: T.figures.label },
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
