import type { APIRoute } from 'astro';
import { renderRss } from '../../core/feeds/rss.ts';
import { getFeed } from '../../lib/feeds.ts';
import { textResponse } from '../../lib/responses.ts';

export const GET: APIRoute = async () => {
  const feed = await getFeed();
  return textResponse(await renderRss(feed), 'application/rss+xml');
};
