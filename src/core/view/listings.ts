import { FEEDBACK_PUBLIC_STATUSES, type FeedbackPublicStatus, type RoadmapPublicStatus } from '../statuses.ts';
import type { FeedbackSummary } from './feedback-view.ts';
import { feedbackList, releaseList, roadmapItems, ROADMAP_LISTS } from './lists.ts';
import { listPaths, type FeedbackListing, type FeedbackSort } from '../urls.ts';
import { paginate, pagination, type Pagination } from './pagination.ts';
import type { ReleaseSummary } from './release-view.ts';
import type { RoadmapCard } from './roadmap-view.ts';
import type { SiteModel } from './site-model.ts';

/** One choice of a filter bar: a link, so filtering works without JavaScript. */
export interface FilterOption {
  label: string;
  href: string;
  current: boolean;
  count?: number;
}

export interface FilterGroup {
  label: string;
  /** Names the group for screen readers: "Filter requests by status". */
  name: string;
  options: FilterOption[];
}

export interface Crumb {
  label: string;
  href: string;
}

/** One page of a list, with everything its page renders. */
export interface ListingPage<T> {
  /** The route parameter: the path below the section (`status/planned/page/2`), empty for the section's own list. */
  param: string | undefined;
  url: string;
  /** The area the list is filtered to, if any. */
  area?: string;
  /** The document title: the heading, plus the sort and page number when they are not the defaults. */
  title: string;
  heading: string;
  blurb: string;
  description: string;
  crumbs: Crumb[];
  filters: FilterGroup[];
  items: T[];
  pagination: Pagination;
  /** What an empty list says. */
  empty: string;
  /** What the list holds, for pagination: "Page 2 of 5 · 134 requests". */
  noun: string;
}

/** A filter bar's group, named for screen readers from what it filters. */
function group(model: SiteModel, kind: 'sort' | 'status' | 'area', subject: string, options: FilterOption[]): FilterGroup {
  const { ui } = model;
  const label = ui.text(`filter.${kind}`);
  const name = kind === 'sort' ? ui.text('filter.sortLabel', { subject }) : ui.text('filter.byLabel', { subject, group: label });
  return { label, name, options };
}

/** Statuses customers can filter requests by: merged requests live on the request they were merged into. */
export const FEEDBACK_FILTER_STATUSES = FEEDBACK_PUBLIC_STATUSES.filter(
  (status): status is Exclude<FeedbackPublicStatus, 'merged'> => status !== 'merged',
);

const toParam = (path: string) => path.replace(/\/$/, '') || undefined;

function pageTitle(model: SiteModel, heading: string, extras: (string | false)[], page: number): string {
  return [heading, ...extras.filter(Boolean), page > 1 ? model.ui.text('list.page', { number: page }) : false].filter(Boolean).join(', ');
}

function countBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of keys(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * Every page of every feedback list: all requests, each status, each area
 * and each area's statuses ("planned requests in Maps"), each sorted by
 * votes and by recency, paginated. Every filter is a link, so filtering
 * works without JavaScript; a chip keeps the other filter and the sort.
 */
export function feedbackListings(model: SiteModel): ListingPage<FeedbackSummary>[] {
  const { links, ui } = model;
  const noun = ui.text('noun.requests');
  const areas = [undefined, ...model.areas.keys()];
  const statuses = [undefined, ...FEEDBACK_FILTER_STATUSES];
  // Counts for the chips: of each status within each area (undefined: everywhere).
  const countKey = (area?: string, status?: string) => `${area ?? ''}|${status ?? ''}`;
  const counts = countBy(feedbackList(model), (entry) =>
    [undefined, ...entry.areas.map((item) => item.id)].flatMap((area) => [countKey(area), countKey(area, entry.status)]),
  );
  const count = (area?: string, status?: string) => counts.get(countKey(area, status)) ?? 0;

  const pages: ListingPage<FeedbackSummary>[] = [];
  for (const areaId of areas) {
    for (const status of statuses) {
      const filter: FeedbackListing = { area: areaId, status };
      const area = areaId ? model.areas.get(areaId) : undefined;
      const text = status ? ui.feedbackList(status) : undefined;
      const heading =
        text && area
          ? ui.text('list.inArea', { heading: text.heading, area: area.label })
          : (text?.heading ?? (area ? ui.text('list.requestsInArea', { area: area.label }) : ui.text('list.feedback')));
      const blurb = text?.blurb ?? area?.description ?? ui.text('list.feedbackBlurb');
      const crumbs: Crumb[] = [];
      if (status || areaId) crumbs.push({ label: ui.text('list.feedback'), href: links.feedbackList });
      if (status && area)
        crumbs.push({ label: ui.text('list.requestsInArea', { area: area.label }), href: links.feedbackListing({ area: areaId }) });
      for (const sort of ['votes', 'recent'] as FeedbackSort[]) {
        const listing: FeedbackListing = { ...filter, sort };
        const items = feedbackList(model, listing);
        const filters: FilterGroup[] = [
          group(
            model,
            'sort',
            noun,
            (['votes', 'recent'] as FeedbackSort[]).map((option) => ({
              label: ui.text(option === 'votes' ? 'filter.mostVotes' : 'filter.newest'),
              href: links.feedbackListing({ ...filter, sort: option }),
              current: option === sort,
            })),
          ),
          group(
            model,
            'status',
            noun,
            statuses.map((option) => ({
              label: option ? ui.status(option) : ui.text('filter.all'),
              href: links.feedbackListing({ area: areaId, status: option, sort }),
              current: option === status,
              count: count(areaId, option),
            })),
          ),
        ];
        if (model.areas.size > 0) {
          filters.push(
            group(
              model,
              'area',
              noun,
              areas.map((option) => ({
                label: option ? model.areas.get(option)!.label : ui.text('filter.allAreas'),
                href: links.feedbackListing({ area: option, status, sort }),
                current: option === areaId,
                count: count(option, status),
              })),
            ),
          );
        }
        for (const page of paginate(items, model.config.lists.pageSize)) {
          const path = listPaths.feedback(listing, page.number);
          pages.push({
            param: toParam(path),
            url: links.feedbackListing(listing, page.number),
            area: areaId,
            title: pageTitle(model, heading, [sort === 'recent' && ui.text('list.newestFirst')], page.number),
            heading,
            blurb,
            description: ui.text(sort === 'recent' ? 'list.feedbackDescription' : 'list.feedbackDescriptionVotes', {
              heading,
              count: ui.count('count.requests', items.length),
              blurb,
            }),
            crumbs,
            filters,
            items: page.items,
            pagination: pagination(page, (n) => links.feedbackListing(listing, n)),
            empty: ui.text(status || areaId ? 'list.noRequestsHere' : 'list.noRequests'),
            noun,
          });
        }
      }
    }
  }
  return pages;
}

/** The lists behind the board's columns, for the whole site and for each area. */
export function roadmapListings(model: SiteModel): ListingPage<RoadmapCard>[] {
  const { links, ui } = model;
  const noun = ui.text('noun.items');
  const pages: ListingPage<RoadmapCard>[] = [];
  for (const area of [undefined, ...model.areas.values()]) {
    const counts = new Map(ROADMAP_LISTS.map((status) => [status, roadmapItems(model, { status, area: area?.id }).length]));
    const statusFilter = (current: RoadmapPublicStatus): FilterGroup =>
      group(
        model,
        'status',
        noun,
        ROADMAP_LISTS.map((status) => ({
          label: ui.column(status).heading,
          href: links.roadmapColumn(status, area?.id),
          current: status === current,
          count: counts.get(status) ?? 0,
        })),
      );
    for (const status of ROADMAP_LISTS) {
      const items = roadmapItems(model, { status, area: area?.id });
      const text = ui.column(status);
      const heading = area ? ui.text('list.inArea', { heading: text.heading, area: area.label }) : text.heading;
      const crumbs = [{ label: ui.text('nav.roadmap'), href: links.roadmapBoard }];
      if (area) crumbs.push({ label: area.label, href: links.roadmapAreaBoard(area.id) });
      for (const page of paginate(items, model.config.lists.pageSize)) {
        pages.push({
          param: toParam(listPaths.roadmapColumn(status, area?.id, page.number)),
          url: links.roadmapColumn(status, area?.id, page.number),
          area: area?.id,
          title: pageTitle(model, ui.text('list.roadmapHeading', { heading }), [], page.number),
          heading,
          blurb: text.blurb,
          description: ui.text('list.description', { heading, count: ui.count('count.items', items.length), blurb: text.blurb }),
          crumbs,
          filters: [statusFilter(status)],
          items: page.items,
          pagination: pagination(page, (n) => links.roadmapColumn(status, area?.id, n)),
          empty: ui.text('list.nothingHere'),
          noun,
        });
      }
    }
  }
  return pages;
}

/** The changelog, newest first, for the whole site and for each area. */
export function changelogListings(model: SiteModel): ListingPage<ReleaseSummary>[] {
  const { links, ui } = model;
  const noun = ui.text('noun.releases');
  const all = releaseList(model);
  const areaCounts = countBy(all, (release) => release.areas.map((area) => area.id));
  const pages: ListingPage<ReleaseSummary>[] = [];
  for (const area of [undefined, ...model.areas.values()]) {
    const items = area ? releaseList(model, { area: area.id }) : all;
    const heading = area ? ui.text('list.changelogArea', { area: area.label }) : ui.text('list.changelog');
    const blurb = area ? ui.text('list.changelogAreaBlurb', { area: area.label }) : ui.text('list.changelogBlurb');
    const filters: FilterGroup[] =
      model.areas.size === 0
        ? []
        : [
            {
              label: ui.text('filter.area'),
              name: ui.text('filter.byLabel', { subject: noun, group: ui.text('filter.area') }),
              options: [
                { label: ui.text('filter.all'), href: links.changelogList, current: !area, count: all.length },
                ...[...model.areas.values()].map((option) => ({
                  label: option.label,
                  href: links.changelogListing(option.id),
                  current: option.id === area?.id,
                  count: areaCounts.get(option.id) ?? 0,
                })),
              ],
            },
          ];
    for (const page of paginate(items, model.config.lists.pageSize)) {
      pages.push({
        param: toParam(listPaths.changelog(area?.id, page.number)),
        url: links.changelogListing(area?.id, page.number),
        area: area?.id,
        title: pageTitle(model, heading, [], page.number),
        heading,
        blurb,
        description: ui.text('list.description', { heading, count: ui.count('count.releases', items.length), blurb }),
        crumbs: area ? [{ label: ui.text('list.changelog'), href: links.changelogList }] : [],
        filters,
        items: page.items,
        pagination: pagination(page, (n) => links.changelogListing(area?.id, n)),
        empty: ui.text('list.noReleases'),
        noun,
      });
    }
  }
  return pages;
}
