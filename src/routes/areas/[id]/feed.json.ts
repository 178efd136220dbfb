import type { APIRoute, GetStaticPaths } from 'astro';
import { renderJsonFeed } from '../../../core/feeds/json-feed.ts';
import { areaFeedPaths, getFeed } from '../../../integration/runtime/feeds.ts';
import { textResponse } from '../../../integration/runtime/responses.ts';

export const getStaticPaths = areaFeedPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const feed = await getFeed(params.id);
  return textResponse(renderJsonFeed(feed), 'application/feed+json');
};
