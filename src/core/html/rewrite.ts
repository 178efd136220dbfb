import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** Attributes (as hast names them) whose value is one URL. */
const URL_PROPERTIES = ['href', 'src', 'poster', 'cite'] as const;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function walk(node: Root | RootContent, visit: (element: Element) => void) {
  if (node.type === 'element') visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

function resolve(value: string, pageUrl: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || HAS_SCHEME.test(trimmed)) return value;
  try {
    return new URL(trimmed, pageUrl).href;
  } catch {
    return value;
  }
}

/**
 * Rewrites relative links and image sources in rendered HTML against the page
 * it was rendered for, so the HTML still works where it is read elsewhere: in
 * a feed reader, an email, another site. A link resolves exactly as the
 * browser resolves it on the page itself.
 */
export function absolutizeHtml(html: string, pageUrl: string): string {
  const tree = fromHtml(html, { fragment: true });
  walk(tree, (element) => {
    for (const name of URL_PROPERTIES) {
      const value = element.properties[name];
      if (typeof value === 'string') element.properties[name] = resolve(value, pageUrl);
    }
    const srcSet = element.properties.srcSet;
    if (typeof srcSet === 'string') {
      // "small.png 1x, large.png 2x": each candidate is a URL and an optional descriptor.
      element.properties.srcSet = srcSet
        .split(',')
        .map((candidate) => {
          const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
          return [resolve(url, pageUrl), ...descriptor].join(' ');
        })
        .join(', ');
    }
  });
  return toHtml(tree);
}

function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map(textOf).join('');
  return '';
}

function firstWithText(tree: Root, tagName: string): Element | undefined {
  let found: Element | undefined;
  walk(tree, (element) => {
    if (!found && element.tagName === tagName && textOf(element).trim() !== '') found = element;
  });
  return found;
}

/**
 * A plain-text summary of rendered HTML: its first paragraph (or, for notes
 * that are only lists, the first list item), cut at a word boundary when
 * longer than `limit` characters.
 */
export function summarize(html: string, limit = 280): string {
  const tree = fromHtml(html, { fragment: true });
  const first = firstWithText(tree, 'p') ?? firstWithText(tree, 'li');
  const text = (first ? textOf(first) : '').replace(/\s+/g, ' ').trim();
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
