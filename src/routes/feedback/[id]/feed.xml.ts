import type { APIRoute, GetStaticPaths } from 'astro';
import { writeAtom } from '../../../core/feeds/atom.ts';
import { getRequestFeed, requestFeedPaths } from '../../../integration/runtime/feeds.ts';
import { textResponse } from '../../../integration/runtime/responses.ts';

export const getStaticPaths = requestFeedPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => textResponse(writeAtom(await getRequestFeed(params.id!)), 'application/atom+xml');
