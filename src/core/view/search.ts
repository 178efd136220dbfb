import type { Kind } from '../collections.ts';
import type { SiteModel } from './site-model.ts';
import { FEEDBACK_PUBLIC_STATUSES, ROADMAP_PUBLIC_STATUSES } from '../statuses.ts';
import { FEEDBACK_STATUS_TONES, ROADMAP_STATUS_TONES, type Tone } from './status.ts';

/**
 * What search knows about an entry page beyond its words: Pagefind filters,
 * metadata and sort keys. The values are ids (stable in URLs); the labels
 * are what results show.
 */

export const SEARCH_KINDS = ['request', 'roadmap', 'release'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The Pagefind bundle, written by the build below the site's root (so below its base path). */
export const SEARCH_BUNDLE_DIR = 'pagefind';
export const SEARCH_BUNDLE_PATH = `${SEARCH_BUNDLE_DIR}/pagefind.js`;

/** The search page's URL parameters: `/search/?q=export&kind=request&status=shipped&area=exports&sort=votes`. */
export const SEARCH_PARAMS = { query: 'q', kind: 'kind', status: 'status', area: 'area', sort: 'sort' } as const;

/** Sorts besides relevance, each a Pagefind sort key every indexed page carries, newest or most first. */
export const SEARCH_SORTS = { votes: 'filter.mostVotes', date: 'filter.newest' } as const;
export type SearchSort = keyof typeof SEARCH_SORTS;

/** A release is what shipped: it files under the same status as shipped requests and items. */
const RELEASE_STATUS = 'shipped';

/** Sorts by a key that is a string everywhere: ten digits keep votes in numeric order. */
const VOTE_DIGITS = 10;
/** A roadmap item with no dated event yet sorts after everything dated. */
const UNDATED = '0000-01-01';

export interface SearchRecord {
  kind: SearchKind;
  kindLabel: string;
  /** The public status, derived by the lifecycle. */
  status: string;
  statusLabel: string;
  tone: Tone;
  /** Area ids. */
  areas: string[];
  /** Sort keys: every indexed page carries both, or Pagefind drops it from sorted results. */
  sort: Record<SearchSort, string>;
}

export function padVotes(votes: number): string {
  return String(Math.max(0, Math.trunc(votes))).padStart(VOTE_DIGITS, '0');
}

/** The search record of one entry page. */
export function searchRecord(model: SiteModel, kind: Kind, id: string): SearchRecord {
  if (kind === 'feedback') {
    const entry = model.feedback.get(id)!;
    const state = model.lifecycle.feedback.get(id)!;
    return {
      kind: 'request',
      kindLabel: model.ui.text('search.kind.request'),
      status: state.status,
      statusLabel: model.ui.status(state.status),
      tone: FEEDBACK_STATUS_TONES[state.status],
      areas: [...entry.data.areas],
      sort: { votes: padVotes(state.totalVotes), date: entry.data.submitted },
    };
  }
  if (kind === 'roadmap') {
    const entry = model.roadmap.get(id)!;
    const state = model.lifecycle.roadmap.get(id)!;
    // The last thing that happened to the item: an update, its release, or a request linked to it.
    const dates = [
      ...entry.data.updates.map((update) => update.date),
      ...(state.shipped ? [state.shipped.date] : []),
      ...state.requests.map((request) => model.feedback.get(request)!.data.submitted),
    ];
    return {
      kind: 'roadmap',
      kindLabel: model.ui.text('search.kind.roadmap'),
      status: state.status,
      statusLabel: model.ui.status(state.status),
      tone: ROADMAP_STATUS_TONES[state.status],
      areas: [...entry.data.areas],
      sort: { votes: padVotes(state.votes), date: dates.sort().at(-1) ?? UNDATED },
    };
  }
  const entry = model.releases.get(id)!;
  const state = model.lifecycle.releases.get(id)!;
  const votes = state.answers.reduce((sum, request) => sum + model.lifecycle.feedback.get(request)!.totalVotes, 0);
  return {
    kind: 'release',
    kindLabel: model.ui.text('search.kind.release'),
    status: RELEASE_STATUS,
    statusLabel: model.ui.status('released'),
    tone: FEEDBACK_STATUS_TONES.shipped,
    areas: [...entry.data.areas],
    sort: { votes: padVotes(votes), date: entry.data.date },
  };
}

export interface SearchOption {
  value: string;
  label: string;
}

/** The choices of the search page's filters: only values some entry has, so no filter leads nowhere. */
export interface SearchFacets {
  kinds: SearchOption[];
  /** Request statuses, then roadmap statuses; `shipped` (shared by requests, items and releases) once. */
  statuses: SearchOption[];
  areas: SearchOption[];
  sorts: SearchOption[];
}

export function searchFacets(model: SiteModel): SearchFacets {
  const records = [
    ...[...model.feedback.keys()].map((id) => searchRecord(model, 'feedback', id)),
    ...[...model.roadmap.keys()].map((id) => searchRecord(model, 'roadmap', id)),
    ...[...model.releases.keys()].map((id) => searchRecord(model, 'changelog', id)),
  ];
  const kinds = new Set(records.map((record) => record.kind));
  const statuses = new Set(records.map((record) => record.status));
  const areas = new Set(records.flatMap((record) => record.areas));
  const { ui } = model;
  return {
    kinds: SEARCH_KINDS.filter((kind) => kinds.has(kind)).map((kind) => ({ value: kind, label: ui.text(`search.kind.${kind}`) })),
    statuses: [...new Set([...FEEDBACK_PUBLIC_STATUSES, ...ROADMAP_PUBLIC_STATUSES])]
      .filter((status) => statuses.has(status))
      .map((status) => ({ value: status, label: ui.status(status) })),
    areas: [...model.areas.values()].filter((area) => areas.has(area.id)).map((area) => ({ value: area.id, label: area.label })),
    sorts: Object.entries(SEARCH_SORTS).map(([value, key]) => ({ value, label: ui.text(key) })),
  };
}
