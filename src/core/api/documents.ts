import { releaseSummary, type ReleaseHtml } from '../feeds/feed.ts';
import type { Shipment } from '../lifecycle/derive.ts';
import { compareStrings } from '../problems.ts';
import { explainFeedback } from '../view/explain.ts';
import { inlineText } from '../view/inline.ts';
import type { ScopeInsights } from '../insights/figures.ts';
import { siteInsights } from '../view/insights-view.ts';
import { CHANGE_TYPES } from '../statuses.ts';
import { absoluteUrl } from '../urls.ts';
import type { SiteModel } from '../view/site-model.ts';
import {
  API_VERSION,
  type ApiKind,
  type ChangelogDocument,
  type FeedbackDocument,
  type InsightsDocument,
  type RoadmapDocument,
} from './schemas.ts';

type Link = { id: string; title: string; url: string };

/** Absolute URLs and links between entries, for one site. */
function linker(model: SiteModel) {
  const absolute = (path: string) => absoluteUrl(model.config.url, path);
  return {
    absolute,
    request: (id: string): Link => ({ id, title: model.feedback.get(id)!.data.title, url: absolute(model.links.feedback(id)) }),
    item: (id: string): Link => ({ id, title: model.roadmap.get(id)!.data.title, url: absolute(model.links.roadmapItem(id)) }),
    release: (id: string): Link => ({ id, title: model.releases.get(id)!.data.title, url: absolute(model.links.release(id)) }),
  };
}

function header<K extends ApiKind>(model: SiteModel, kind: K, page: string) {
  const { absolute } = linker(model);
  const { config, links } = model;
  return {
    $schema: absolute(links.apiSchemas[kind]),
    version: API_VERSION,
    kind,
    site: { title: config.title, description: config.description, url: absolute(links.home), language: config.language },
    page: absolute(page),
    areas: config.areas.map((area) => ({
      id: area.id,
      label: area.label,
      description: area.description ?? null,
      url: absolute(links.area(area.id)),
    })),
  };
}

function shipmentRecord(model: SiteModel, shipment: Shipment | undefined) {
  if (!shipment) return null;
  return { release: linker(model).release(shipment.release), version: shipment.version ?? null, date: shipment.date };
}

const byId = <T>(entries: Map<string, T>) => [...entries.keys()].sort(compareStrings);

export function roadmapDocument(model: SiteModel): RoadmapDocument {
  const link = linker(model);
  return {
    ...header(model, 'roadmap', model.links.roadmapBoard),
    items: byId(model.roadmap).map((id) => {
      const { data } = model.roadmap.get(id)!;
      const state = model.lifecycle.roadmap.get(id)!;
      return {
        id,
        url: link.item(id).url,
        title: data.title,
        status: state.status,
        label: model.ui.status(state.status),
        areas: data.areas,
        target: state.status === 'shipped' ? null : (data.target ?? null),
        votes: state.votes,
        requests: state.requests.map((requestId) => ({
          ...link.request(requestId),
          votes: model.lifecycle.feedback.get(requestId)!.totalVotes,
        })),
        shipped: shipmentRecord(model, state.shipped),
        reason: state.reason ?? null,
        updates: data.updates.map((update) => ({ date: update.date, status: update.status ?? null, note: update.note })),
      };
    }),
  };
}

export function feedbackDocument(model: SiteModel): FeedbackDocument {
  const link = linker(model);
  return {
    ...header(model, 'feedback', model.links.feedbackList),
    items: byId(model.feedback).map((id) => {
      const { data } = model.feedback.get(id)!;
      const state = model.lifecycle.feedback.get(id)!;
      const explanation = state.explanation;
      const merged = explanation.status === 'merged' ? explanation : undefined;
      const reason = explanation.status === 'declined' ? explanation.reason : undefined;
      return {
        id,
        url: link.request(id).url,
        title: data.title,
        submitted: data.submitted,
        status: state.status,
        label: model.ui.status(state.status),
        explanation: inlineText(explainFeedback(model, explanation)),
        votes: state.votes,
        totalVotes: state.totalVotes,
        areas: data.areas,
        reason: reason ?? null,
        roadmap: state.roadmap ? link.item(state.roadmap) : null,
        shipped: shipmentRecord(model, state.shipped),
        duplicateOf: merged ? link.request(merged.into) : null,
        canonical: merged ? link.request(merged.canonical) : null,
        duplicates: state.duplicates.map(link.request),
        source: data.source === undefined ? null : asUri(data.source),
        author: data.author ?? null,
      };
    }),
  };
}

export function changelogDocument(model: SiteModel, html: ReleaseHtml): ChangelogDocument {
  const link = linker(model);
  const { links } = model;
  return {
    ...header(model, 'changelog', links.changelogList),
    feeds: { rss: link.absolute(links.feeds.rss), atom: link.absolute(links.feeds.atom), json: link.absolute(links.feeds.json) },
    changeLabels: Object.fromEntries(CHANGE_TYPES.map((type) => [type, model.ui.text(`change.${type}`)])) as Record<
      (typeof CHANGE_TYPES)[number],
      string
    >,
    items: model.releasesNewestFirst.map(({ id, data }) => {
      const state = model.lifecycle.releases.get(id)!;
      const notes = html.get(id);
      if (notes === undefined) throw new Error(`the rendered notes of release "${id}" are missing`);
      return {
        id,
        url: link.release(id).url,
        title: data.title,
        version: data.version ?? null,
        date: data.date,
        changes: data.changes,
        areas: data.areas,
        summary: releaseSummary(html, id),
        ships: state.ships.map(link.item),
        closes: state.closes.map(link.request),
        answers: state.answers.map((requestId) => ({
          ...link.request(requestId),
          votes: model.lifecycle.feedback.get(requestId)!.totalVotes,
        })),
      };
    }),
  };
}

/** The insights of /insights/, as computed for the pages: the same object, so page and API cannot disagree. */
export function insightsDocument(model: SiteModel): InsightsDocument {
  const link = linker(model);
  const { links } = model;
  const insights = siteInsights(model);
  const summary = (figures: ScopeInsights) => ({
    requests: figures.requests,
    shipped: figures.shipped,
    leadTimeDays: figures.leadTimeDays,
    answered: figures.answered,
    statuses: figures.statuses,
  });
  const series = (figures: ScopeInsights) => ({
    quarters: figures.quarters.map((quarter) => ({
      quarter: quarter.quarter,
      releases: quarter.releases,
      requestsShipped: quarter.requestsShipped,
      votesAnswered: quarter.votesAnswered,
      leadTimeDaysMedian: quarter.leadTimeDays.median,
      leadTimeDays: quarter.leadTimeDays,
    })),
    months: figures.months,
    mostWanted: figures.mostWanted.map((request) => ({ ...link.request(request.id), ...request })),
  });
  const { areas: _, ...head } = header(model, 'insights', links.insights);
  return {
    ...head,
    asOf: insights.asOf,
    overall: summary(insights.overall),
    areas: insights.areas.map((area) => ({
      id: area.id,
      label: area.label,
      url: link.absolute(links.areaInsights(area.id)),
      ...summary(area),
      ...series(area),
    })),
    // The site's series sit at the top of the document, beside `overall`; each area carries its own.
    ...series(insights.overall),
  };
}

/** An API document as published: pretty-printed, so diffs between deploys are readable. */
export function serializeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * An address as an RFC 3986 URI, which the schema's `format: uri` promises:
 * maintainers paste addresses with accents, spaces or `|`, which browsers
 * accept and URI parsers do not. Those characters are percent-encoded.
 */
function asUri(url: string): string {
  return new URL(url).href.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/g, (char) => encodeURIComponent(char));
}
