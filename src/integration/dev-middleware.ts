import type { MiddlewareHandler } from 'astro';
import { formatHtmlPanel, formatHtmlProblemPage } from '../core/validate/format-html.ts';
import { devState } from './dev-state.ts';

/**
 * In `astro dev` only: pages carry a panel listing the content's problems,
 * until they are fixed, and the page of an entry that has no valid version
 * yet lists its problems instead of a 404 or made-up values.
 */
export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const { problems, brokenEntries } = devState();
  const broken = response.status === 404 ? brokenEntries[decodeURIComponent(context.url.pathname)] : undefined;
  if (broken) {
    return new Response(formatHtmlProblemPage(broken.file, broken.problems), {
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    });
  }
  if (problems.length === 0 || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const html = await response.text();
  const panel = formatHtmlPanel(problems);
  const withPanel = html.includes('</body>') ? html.replace('</body>', `${panel}</body>`) : html + panel;
  return new Response(withPanel, { status: response.status, statusText: response.statusText, headers: response.headers });
};
