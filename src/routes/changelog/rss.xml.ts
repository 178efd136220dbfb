import type { APIRoute } from 'astro';
import { renderRss } from '../../core/feeds/rss.ts';
import { getFeed } from '../../integration/runtime/feeds.ts';
import { textResponse } from '../../integration/runtime/responses.ts';

export const GET: APIRoute = async () => {
  const feed = await getFeed();
  return textResponse(await renderRss(feed), 'application/rss+xml');
};
