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
