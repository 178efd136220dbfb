import type { APIRoute, GetStaticPaths } from 'astro';
import { renderAtom } from '../../../core/feeds/atom.ts';
import { areaFeedPaths, getFeed } from '../../../integration/runtime/feeds.ts';
import { textResponse } from '../../../integration/runtime/responses.ts';

export const getStaticPaths = areaFeedPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const feed = await getFeed(params.id);
  return textResponse(renderAtom(feed), 'application/atom+xml');
};
