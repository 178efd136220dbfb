import type { APIRoute } from 'astro';
import { renderAtom } from '../../core/feeds/atom.ts';
import { getFeed } from '../../integration/runtime/feeds.ts';
import { textResponse } from '../../integration/runtime/responses.ts';

export const GET: APIRoute = async () => {
  const feed = await getFeed();
  return textResponse(renderAtom(feed), 'application/atom+xml');
};
