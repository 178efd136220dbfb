import type { APIRoute } from 'astro';
import { renderAtom } from '../../core/feeds/atom.ts';
import { getFeed } from '../../lib/feeds.ts';
import { textResponse } from '../../lib/responses.ts';

export const GET: APIRoute = async () => {
  const feed = await getFeed();
  return textResponse(renderAtom(feed), 'application/atom+xml');
};
