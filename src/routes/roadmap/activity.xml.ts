import type { APIRoute } from 'astro';
import { writeAtom } from '../../core/feeds/atom.ts';
import { getActivityFeed } from '../../integration/runtime/feeds.ts';
import { textResponse } from '../../integration/runtime/responses.ts';

export const GET: APIRoute = async () => textResponse(writeAtom(await getActivityFeed()), 'application/atom+xml');
