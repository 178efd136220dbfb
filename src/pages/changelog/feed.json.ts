import type { APIRoute } from 'astro';
import { renderJsonFeed } from '../../core/feeds/json-feed.ts';
import { getFeed } from '../../lib/feeds.ts';
import { textResponse } from '../../lib/responses.ts';

export const GET: APIRoute = async () => {
  const feed = await getFeed();
  return textResponse(renderJsonFeed(feed), 'application/feed+json');
};
