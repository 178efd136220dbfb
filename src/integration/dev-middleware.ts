import type { MiddlewareHandler } from 'astro';
import { formatHtmlPanel } from '../core/validate/format-html.ts';
import { devState } from './dev-state.ts';

/** In `astro dev` only: pages carry a panel listing the content's problems, until they are fixed. */
export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  const { problems } = devState();
  if (problems.length === 0 || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const html = await response.text();
  const panel = formatHtmlPanel(problems);
  const withPanel = html.includes('</body>') ? html.replace('</body>', `${panel}</body>`) : html + panel;
  return new Response(withPanel, { status: response.status, statusText: response.statusText, headers: response.headers });
};
