import { MARKER_ATTRIBUTE, REFERENCES_HEADER } from '../../core/markdown/references.ts';

/**
 * Asks the references middleware to fill in this page's `[[kind:id]]` links.
 * Markdown bodies arrive rendered, so only those with a marker need it; MDX
 * renders later, so it is always asked.
 */
export function flagReferences(headers: Headers, entry: { rendered?: { html: string } | undefined }): void {
  if (!entry.rendered || entry.rendered.html.includes(MARKER_ATTRIBUTE)) headers.set(REFERENCES_HEADER, '1');
}
