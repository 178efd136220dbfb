import type { APIRoute } from 'astro';
import { widgetScript } from '../core/widget.ts';
import source from '../widget/whats-new.js?raw';
import { getSiteModel } from '../integration/runtime/model.ts';
import { textResponse } from '../integration/runtime/responses.ts';

/** The what's-new widget: one dependency-free classic script, in the site's language. */
export const GET: APIRoute = async () => textResponse(widgetScript(source, (await getSiteModel()).ui), 'text/javascript');
