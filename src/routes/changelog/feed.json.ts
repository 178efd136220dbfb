import type { APIRoute } from 'astro';
import { renderJsonFeed } from '../../core/feeds/json-feed.ts';
import { getFeed } from '../../integration/runtime/feeds.ts';
import { textResponse } from '../../integration/runtime/responses.ts';

export const GET: APIRoute = async () => {
  const feed = await getFeed();
  return textResponse(renderJsonFeed(feed), 'application/feed+json');
};
