import { excerptParts } from './excerpt.ts';
import type { Hit } from './pagefind.ts';
import { count } from './text.ts';

const TONES = new Set(['gray', 'blue', 'indigo', 'amber', 'green', 'red', 'purple']);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Pagefind's excerpt is page text, escaped, with matched words wrapped in
 * `<mark>`; it can come from customers. Build it as text nodes and <mark>
 * elements, never as HTML.
 */
function excerpt(text: string): HTMLElement {
  const paragraph = element('p', 'search-hit-excerpt');
  for (const part of excerptParts(text)) {
    paragraph.append(part.marked ? element('mark', '', part.text) : document.createTextNode(part.text));
  }
  return paragraph;
}

/** One result: the title as a link, then its kind and status, then a short excerpt. */
export function hitItem(hit: Hit): HTMLLIElement {
  const item = element('li', 'search-hit');
  const link = element('a', 'search-hit-link', hit.title);
  link.href = hit.url;
  const meta = element('p', 'search-hit-meta');
  if (hit.kind) meta.append(element('span', 'search-hit-kind', hit.kind));
  if (hit.status) {
    meta.append(' ', element('span', `badge tone-${TONES.has(hit.tone) ? hit.tone : 'gray'}`, hit.status));
  }
  item.append(link, meta);
  if (hit.excerpt.trim()) item.append(excerpt(hit.excerpt));
  return item;
}

/** "3 results for “export”", for the live region and the visible count. */
export function countText(total: number, text: string): string {
  return text.trim() ? count('search.count', total, { query: text.trim() }) : count('count.results', total);
}
