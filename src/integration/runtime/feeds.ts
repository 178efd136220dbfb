import { activityFeed, activityFeedAreas, requestFeed } from '../../core/feeds/activity.ts';
import type { AtomDocument } from '../../core/feeds/atom.ts';
import { areaFeed, feedAreas, siteFeed, type Feed } from '../../core/feeds/feed.ts';
import { getReleaseHtml } from './release-html.ts';
import { getSiteModel } from './model.ts';
import { pageKey } from './page-keys.ts';

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

/** One static path per area that has an activity feed of its own, keyed on the feed it serves. */
export async function activityFeedPaths() {
  const model = await getSiteModel();
  return activityFeedAreas(model).map((id) => {
    const feed = activityFeed(model, id);
    return { params: { id }, props: { feed }, cacheKey: pageKey(model, feed) };
  });
}

/** One static path per request, merged ones included (each has a page, so each has a feed), keyed on its feed. */
export async function requestFeedPaths() {
  const model = await getSiteModel();
  return [...model.feedback.keys()].map((id) => {
    const feed = requestFeed(model, id);
    return { params: { id }, props: { feed }, cacheKey: pageKey(model, feed) };
  });
}
