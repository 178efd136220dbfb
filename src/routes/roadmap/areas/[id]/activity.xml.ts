import type { APIRoute, GetStaticPaths } from 'astro';
import { writeAtom } from '../../../../core/feeds/atom.ts';
import { activityFeedPaths, getActivityFeed } from '../../../../integration/runtime/feeds.ts';
import { textResponse } from '../../../../integration/runtime/responses.ts';

export const getStaticPaths = activityFeedPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => textResponse(writeAtom(await getActivityFeed(params.id)), 'application/atom+xml');
