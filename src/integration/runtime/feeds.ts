import { activityFeed, activityFeedAreas, requestFeed } from '../../core/feeds/activity.ts';
import type { AtomDocument } from '../../core/feeds/atom.ts';
import { areaFeed, feedAreas, siteFeed, type Feed } from '../../core/feeds/feed.ts';
import { getReleaseHtml } from './release-html.ts';
import { getSiteModel } from './model.ts';

/** The changelog feed of the site, or of one area. */
export async function getFeed(area?: string): Promise<Feed> {
  const [model, html] = await Promise.all([getSiteModel(), getReleaseHtml()]);
  return area === undefined ? siteFeed(model, html) : areaFeed(model, html, area);
}

/** One static path per area that has feeds of its own. */
export async function areaFeedPaths() {
  return feedAreas(await getSiteModel()).map((id) => ({ params: { id } }));
}

/** The roadmap activity feed of the site, or of one area. */
export async function getActivityFeed(area?: string): Promise<AtomDocument> {
  return activityFeed(await getSiteModel(), area);
}

/** One static path per area that has an activity feed of its own. */
export async function activityFeedPaths() {
  return activityFeedAreas(await getSiteModel()).map((id) => ({ params: { id } }));
}

/** One request's own feed. */
export async function getRequestFeed(id: string): Promise<AtomDocument> {
  return requestFeed(await getSiteModel(), id);
}

/** One static path per request, merged ones included: each has a page, so each has a feed. */
export async function requestFeedPaths() {
  return [...(await getSiteModel()).feedback.keys()].map((id) => ({ params: { id } }));
}
