import type { MiddlewareHandler } from 'astro';
import { MARKER_ATTRIBUTE, resolveReferenceMarkers } from '../core/markdown/references.ts';
import { referenceResolver } from '../core/view/references.ts';
import { getSiteModel } from '../lib/model.ts';

/**
 * Fills `[[kind:id]]` references in every rendered page (and feed) with the
 * target's current title and status. Markdown HTML is cached between builds
 * keyed by each file's own content, so this cannot happen in the remark
 * plugin: it happens here, on every render, from the live site model.
 */
export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  if (response.body === null || (type !== '' && !/^text\/|xml|json/.test(type))) return response;
  const text = await response.text();
  const resolved = text.includes(MARKER_ATTRIBUTE) ? resolveReferenceMarkers(text, referenceResolver(await getSiteModel())) : text;
  return new Response(resolved, { status: response.status, statusText: response.statusText, headers: response.headers });
};
