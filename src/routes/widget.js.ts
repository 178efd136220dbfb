import type { APIRoute } from 'astro';
import source from '../widget/whats-new.js?raw';
import { textResponse } from '../integration/runtime/responses.ts';

/** The what's-new widget, served as written: one dependency-free classic script. */
export const GET: APIRoute = () => textResponse(source, 'text/javascript');
