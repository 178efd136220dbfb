import type { MiddlewareHandler } from 'astro';
import { MARKER_ATTRIBUTE, REFERENCES_HEADER, resolveReferenceMarkers } from '../core/markdown/references.ts';
import { referenceResolver } from '../core/view/references.ts';
import { getSiteModel } from './runtime/model.ts';

/**
 * Fills `[[kind:id]]` references in entry pages with the target's current
 * title and status (feeds and the API resolve their own, in release-html.ts). Markdown HTML is cached between builds
 * keyed by each file's own content, so this cannot happen in the references
 * plugin: it happens here, on every render, from the live site model.
 */
export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  // Only entry pages render bodies, and they say when theirs may hold references:
  // reading every other page as text would cost seconds at 10,000 pages.
  if (response.body === null || !response.headers.has(REFERENCES_HEADER)) return response;
  const headers = new Headers(response.headers);
  headers.delete(REFERENCES_HEADER);
  const text = await response.text();
  const resolved = text.includes(MARKER_ATTRIBUTE) ? resolveReferenceMarkers(text, referenceResolver(await getSiteModel())) : text;
  return new Response(resolved, { status: response.status, statusText: response.statusText, headers });
};
