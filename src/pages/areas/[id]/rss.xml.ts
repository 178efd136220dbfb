import type { APIRoute, GetStaticPaths } from 'astro';
import { renderRss } from '../../../core/feeds/rss.ts';
import { areaFeedPaths, getFeed } from '../../../lib/feeds.ts';
import { textResponse } from '../../../lib/responses.ts';

export const getStaticPaths = areaFeedPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const feed = await getFeed(params.id);
  return textResponse(await renderRss(feed), 'application/rss+xml');
};
