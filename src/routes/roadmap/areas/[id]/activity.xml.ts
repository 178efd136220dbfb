import type { APIRoute, GetStaticPaths } from 'astro';
import { writeAtom } from '../../../../core/feeds/atom.ts';
import type { AtomDocument } from '../../../../core/feeds/atom.ts';
import { activityFeedPaths } from '../../../../integration/runtime/feeds.ts';
import { textResponse } from '../../../../integration/runtime/responses.ts';

export const getStaticPaths = activityFeedPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => textResponse(writeAtom((props as { feed: AtomDocument }).feed), 'application/atom+xml');
