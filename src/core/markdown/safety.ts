import type { Element, Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import type { Plugin } from 'unified';
import { MARKER_PROPERTY, MARKER_VALUE } from './references.ts';

// unified types plugins per tree; these run on hast trees.
type RehypePluginList = (Plugin<any[], any> | [Plugin<any[], any>, unknown])[];

/**
 * What raw HTML in a Markdown body may keep. Bodies quote customers, so this
 * is GitHub's allowlist (no script, no event handlers, no style, no iframes)
 * with links limited to http, https and mailto: `javascript:` and `data:`
 * URLs are dropped while the link text stays.
 */
export const sanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    // The marker of `[[kind:id]]` references (see references.ts); only a well-formed value survives.
    a: [...(defaultSchema.attributes?.a ?? []), [MARKER_PROPERTY, MARKER_VALUE]],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
  },
};

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

/** Marks links that leave the site so they cannot reach back into it. */
export function rehypeExternalLinks() {
  return (tree: Root) => {
    const visit = (node: Root | RootContent) => {
      if (node.type === 'element') markLink(node);
      if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(tree);
  };
}

/**
 * Gives an image pasted without a description an empty `alt`, so screen
 * readers skip it instead of reading its file name, and pages stay valid.
 */
export function rehypeImageAlt() {
  return (tree: Root) => {
    const visit = (node: Root | RootContent) => {
      if (node.type === 'element' && node.tagName === 'img' && typeof node.properties.alt !== 'string') {
        node.properties.alt = '';
      }
      if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(tree);
  };
}

function markLink(element: Element) {
  if (element.tagName !== 'a') return;
  const href = element.properties.href;
  if (typeof href !== 'string' || !EXTERNAL.test(href)) return;
  const rel = new Set(Array.isArray(element.properties.rel) ? element.properties.rel.map(String) : []);
  rel.add('noopener');
  rel.add('noreferrer');
  element.properties.rel = [...rel];
}

/**
 * rehype plugins for Markdown written by or quoting customers. Raw HTML is
 * parsed first (Astro only does so after user plugins run), so the sanitizer
 * sees real elements rather than opaque strings.
 */
export const safeMarkdownRehypePlugins: RehypePluginList = [
  rehypeRaw,
  [rehypeSanitize, sanitizeSchema],
  rehypeExternalLinks,
  rehypeImageAlt,
];

/** MDX is written by maintainers and cannot hold raw HTML strings: only links are marked. */
export const mdxRehypePlugins: RehypePluginList = [rehypeExternalLinks];
