import { escapeMarkup } from '../html/escape.ts';
import type { FeedbackPublicStatus } from '../lifecycle/derive.ts';
import { compareStrings } from '../problems.ts';
import type { RoadmapUpdate } from '../schema/roadmap.ts';
import { absoluteUrl } from '../urls.ts';
import { explainFeedback, explainRoadmap } from '../view/explain.ts';
import type { Inline } from '../view/inline.ts';
import type { SiteModel } from '../view/site-model.ts';
import type { AtomDocument, AtomEntry } from './atom.ts';

/**
 * Atom feeds of what moves on the roadmap: the public history of the roadmap
 * items (their `updates`, with notes and reasons), what releases ship, and,
 * per request, that request's own way round the loop. Every entry is dated by
 * the content (an update's date, a release's date, the day a request was
 * made), so two builds of the same content write the same bytes.
 */

/** The feeds' own words, in the site's language. */
function feedText(model: SiteModel) {
  const { ui } = model;
  return {
    activityTitle: ui.text('activity.title'),
    activitySubtitle: ui.text('activity.subtitle'),
    areaSubtitle: (area: string) => ui.text('activity.areaSubtitle', { area }),
    requestSubtitle: ui.text('activity.requestSubtitle'),
    update: ui.text('activity.update'),
    updateLabel: ui.text('activity.updateLabel'),
    requested: ui.text('activity.requested'),
    requestedBy: (author: string | undefined, date: string) =>
      author ? ui.text('activity.requestedBy', { author, date }) : ui.text('activity.requestedOn', { date }),
    shippedIn: (release: string) => ui.text('activity.shippedIn', { words: ui.words('shipped'), release }),
    answers: (count: number) => ui.text('activity.answers', { count: ui.count('count.requests', count) }),
  };
}

/** One thing that happened, as a feed entry in the making. */
interface ActivityEvent {
  /** Absolute and permanent. */
  id: string;
  date: string;
  title: string;
  /** The page the entry links to, under the base path. */
  href: string;
  text: Inline;
  /** Areas it belongs to, for the per-area feeds. */
  areas: readonly string[];
  category: { term: string; label: string };
  /** Among events of one day, the later step of the loop comes first. */
  rank: number;
}

const RANK = { status: 0, shipped: 1, update: 2, requested: 3 } as const;

const timestamp = (isoDay: string) => `${isoDay}T00:00:00Z`;
// A feed with nothing in it yet still needs a deterministic `updated`.
const NOTHING_YET = '1970-01-01';

const newestFirst = (a: ActivityEvent, b: ActivityEvent) => compareStrings(b.date, a.date) || a.rank - b.rank || compareStrings(a.id, b.id);

/** The site-wide activity feed's title, the same in the feed and in the links that announce it. */
export function activityFeedTitle(model: SiteModel, areaId?: string): string {
  const area = areaId === undefined ? undefined : model.areas.get(areaId);
  return `${area ? `${area.label} · ` : ''}${feedText(model).activityTitle} · ${model.config.title}`;
}

/** The title of a request's own feed. */
export function requestFeedTitle(model: SiteModel, id: string): string {
  return `${model.feedback.get(id)!.data.title} · ${model.config.title}`;
}

/** Roadmap activity for the whole site, or for one declared area: the newest `feeds.items` events. */
export function activityFeed(model: SiteModel, areaId?: string): AtomDocument {
  const { links } = model;
  const area = areaId === undefined ? undefined : model.areas.get(areaId);
  if (areaId !== undefined && !area) throw new Error(`no area "${areaId}" is declared in the site configuration`);
  const all = roadmapEvents(model);
  const events: ActivityEvent[] = [];
  for (const event of all) {
    if (events.length >= model.config.feeds.items) break;
    if (areaId === undefined || event.areas.includes(areaId)) events.push(event);
  }
  return atomDocument(model, {
    url: links.roadmapActivity(areaId),
    title: activityFeedTitle(model, areaId),
    subtitle: area ? (area.description ?? feedText(model).areaSubtitle(area.label)) : feedText(model).activitySubtitle,
    page: area ? links.roadmapAreaBoard(area.id) : links.roadmapBoard,
    events,
  });
}

/** The areas with an activity feed of their own: those with changelog feeds (`feeds.perArea`). */
export function activityFeedAreas(model: SiteModel): string[] {
  return model.config.feeds.perArea ? [...model.areas.keys()] : [];
}

/**
 * One request's history: when it was asked, every update of the roadmap item
 * that answers it, the release that shipped it, and where it stands now. Its
 * size depends on that request alone, so thousands of them cost linear time.
 */
export function requestFeed(model: SiteModel, id: string): AtomDocument {
  const entry = model.feedback.get(id);
  if (!entry) throw new Error(`no request "${id}"`);
  const state = model.lifecycle.feedback.get(id)!;
  const { links } = model;
  const absolute = (path: string) => absoluteUrl(model.config.url, path);
  const page = absolute(links.feedback(id));
  const events: ActivityEvent[] = [
    {
      id: `${page}#requested`,
      date: entry.data.submitted,
      title: `${entry.data.title}: ${feedText(model).requested}`,
      href: links.feedback(id),
      text: [{ text: feedText(model).requestedBy(entry.data.author, model.date(entry.data.submitted)) }],
      areas: entry.data.areas,
      category: statusCategory(model, 'open'),
      rank: RANK.requested,
    },
  ];
  // A merged request goes round the loop with the request it was merged into, as its page does.
  const itemId = state.roadmap;
  if (itemId !== undefined) events.push(...itemUpdateEvents(model, itemId));
  if (state.shipped) {
    const answered = state.explanation.status === 'merged' ? state.explanation.canonical : id;
    events.push(
      itemId !== undefined && model.lifecycle.roadmap.get(itemId)?.shipped
        ? itemShipmentEvent(model, itemId)
        : requestShipmentEvent(model, answered),
    );
  }
  if (!shownByEvents(model, state.status, itemId)) {
    // A status no dated event stands for (declined by hand, under review, merged, an item moved
    // without an update): one entry for it, new to feed readers whenever the status changes,
    // dated by the newest day the request's history knows.
    let latest = entry.data.submitted;
    for (const event of events) if (compareStrings(event.date, latest) > 0) latest = event.date;
    events.push({
      id: `${page}#status-${state.status}`,
      date: latest,
      title: `${entry.data.title}: ${model.ui.status(state.status).toLowerCase()}`,
      href: links.feedback(id),
      text: explainFeedback(model, state.explanation),
      areas: entry.data.areas,
      category: statusCategory(model, state.status),
      rank: RANK.status,
    });
  }
  events.sort(newestFirst);
  return atomDocument(model, {
    url: links.feedbackFeed(id),
    title: requestFeedTitle(model, id),
    subtitle: feedText(model).requestSubtitle,
    page: links.feedback(id),
    events: events.slice(0, model.config.feeds.items),
  });
}

/** Whether the request's dated events already say where it stands. */
function shownByEvents(model: SiteModel, status: FeedbackPublicStatus, itemId: string | undefined): boolean {
  if (status === 'open' || status === 'shipped') return true;
  if (itemId === undefined || status === 'merged') return false;
  const item = model.roadmap.get(itemId);
  const itemState = model.lifecycle.roadmap.get(itemId);
  if (!item || !itemState) return false;
  const lastMove = item.data.updates.findLast((update) => update.status !== undefined);
  return lastMove?.status === itemState.status;
}

/** Every event of the roadmap, newest first, worked out once per site model and shared by the area feeds. */
const eventCache = new WeakMap<SiteModel, ActivityEvent[]>();

function roadmapEvents(model: SiteModel): ActivityEvent[] {
  let events = eventCache.get(model);
  if (events) return events;
  events = [];
  for (const id of model.roadmap.keys()) {
    events.push(...itemUpdateEvents(model, id));
    if (model.lifecycle.roadmap.get(id)?.shipped) events.push(itemShipmentEvent(model, id));
  }
  for (const release of model.lifecycle.releases.values()) {
    for (const requestId of release.closes) events.push(requestShipmentEvent(model, requestId));
  }
  events.sort(newestFirst);
  eventCache.set(model, events);
  return events;
}

const itemUpdateCache = new WeakMap<SiteModel, Map<string, ActivityEvent[]>>();

/** The public history of an item: each update with its note (a cancelled item's last note is its reason). */
function itemUpdateEvents(model: SiteModel, itemId: string): ActivityEvent[] {
  let byItem = itemUpdateCache.get(model);
  if (!byItem) itemUpdateCache.set(model, (byItem = new Map()));
  let events = byItem.get(itemId);
  if (events) return events;
  const item = model.roadmap.get(itemId)!;
  const page = absoluteUrl(model.config.url, model.links.roadmapItem(itemId));
  const sameDay = new Map<string, number>();
  events = item.data.updates.map((update: RoadmapUpdate) => {
    // Ids by day, so an update added later never renames the ones before it.
    const count = (sameDay.get(update.date) ?? 0) + 1;
    sameDay.set(update.date, count);
    const status = update.status === 'shipped' ? undefined : update.status;
    return {
      id: `${page}#update-${update.date}${count > 1 ? `-${count}` : ''}`,
      date: update.date,
      title: `${item.data.title}: ${status ? model.ui.words(status) : feedText(model).update}`,
      href: model.links.roadmapItem(itemId),
      text: [{ text: update.note }],
      areas: item.data.areas,
      category: status ? { term: status, label: model.ui.status(status) } : { term: 'update', label: feedText(model).updateLabel },
      rank: RANK.update,
    };
  });
  byItem.set(itemId, events);
  return events;
}

function releaseName(model: SiteModel, releaseId: string, version: string | undefined): string {
  return version ?? model.releases.get(releaseId)?.data.title ?? releaseId;
}

function itemShipmentEvent(model: SiteModel, itemId: string): ActivityEvent {
  const item = model.roadmap.get(itemId)!;
  const state = model.lifecycle.roadmap.get(itemId)!;
  const shipment = state.shipped!;
  const requests = state.requests.length;
  return {
    id: `${absoluteUrl(model.config.url, model.links.roadmapItem(itemId))}#shipped`,
    date: shipment.date,
    title: `${item.data.title}: ${feedText(model).shippedIn(releaseName(model, shipment.release, shipment.version))}`,
    href: model.links.roadmapItem(itemId),
    text: [...explainRoadmap(model, itemId), ...(requests > 0 ? [{ text: ` ${feedText(model).answers(requests)}` }] : [])],
    areas: item.data.areas,
    category: { term: 'shipped', label: model.ui.status('shipped') },
    rank: RANK.shipped,
  };
}

/** A request a release answers directly (`closes`). */
function requestShipmentEvent(model: SiteModel, requestId: string): ActivityEvent {
  const entry = model.feedback.get(requestId)!;
  const state = model.lifecycle.feedback.get(requestId)!;
  const shipment = state.shipped!;
  return {
    id: `${absoluteUrl(model.config.url, model.links.feedback(requestId))}#shipped`,
    date: shipment.date,
    title: `${entry.data.title}: ${feedText(model).shippedIn(releaseName(model, shipment.release, shipment.version))}`,
    href: model.links.feedback(requestId),
    text: explainFeedback(model, state.explanation),
    areas: entry.data.areas,
    category: statusCategory(model, 'shipped'),
    rank: RANK.shipped,
  };
}

function statusCategory(model: SiteModel, status: FeedbackPublicStatus) {
  return { term: status, label: model.ui.status(status) };
}

interface DocumentOptions {
  url: string;
  title: string;
  subtitle: string;
  page: string;
  /** Newest first. */
  events: ActivityEvent[];
}

function atomDocument(model: SiteModel, options: DocumentOptions): AtomDocument {
  const absolute = (path: string) => absoluteUrl(model.config.url, path);
  return {
    id: absolute(options.url),
    language: model.config.language,
    title: options.title,
    subtitle: options.subtitle,
    updated: timestamp(options.events[0]?.date ?? NOTHING_YET),
    pageUrl: absolute(options.page),
    author: { name: model.config.title, url: absolute(model.links.home) },
    entries: options.events.map((event) => atomEntry(model, event)),
  };
}

function atomEntry(model: SiteModel, event: ActivityEvent): AtomEntry {
  const absolute = (path: string) => absoluteUrl(model.config.url, path);
  return {
    id: event.id,
    title: event.title,
    url: absolute(event.href),
    published: timestamp(event.date),
    updated: timestamp(event.date),
    categories: [
      event.category,
      ...event.areas.flatMap((id) => {
        const area = model.areas.get(id);
        return area ? [{ term: id, label: area.label }] : [];
      }),
    ],
    related: [],
    content: { type: 'html', value: `<p>${inlineHtml(event.text, absolute)}</p>` },
  };
}

/** A sentence with its links made absolute, for feed readers. */
function inlineHtml(parts: Inline, absolute: (path: string) => string): string {
  return parts
    .map((part) => (part.href ? `<a href="${escapeMarkup(absolute(part.href))}">${escapeMarkup(part.text)}</a>` : escapeMarkup(part.text)))
    .join('');
}
