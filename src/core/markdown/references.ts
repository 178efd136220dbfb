import type { Element, Parents, Root, Text } from 'hast';
import type { HastPluginDefinition, HastVisitorContext, PluginFactoryContext } from 'satteri';
import { KINDS, type Kind } from '../collections.ts';
import { isValidId } from '../ids.ts';
import { createLinks } from '../urls.ts';
import { proseLines } from './prose-lines.ts';

/**
 * Cross-references between entries: `[[feedback:csv-export]]`,
 * `[[roadmap:selective-sync]]`, `[[changelog:v3-5-0]]`. Double brackets and a
 * kind cannot be mistaken for prose, Markdown links or GitHub's #123.
 */
export const REFERENCE_PATTERN = /\[\[([A-Za-z]+):([^\]\s[]*)\]\]/g;

/** Marks the links the references plugin writes, so pages can fill in live titles and statuses. */
export const MARKER_ATTRIBUTE = 'data-roadlog-ref';
/**
 * Set by a page whose body may hold reference markers: the middleware reads only
 * those responses, not every page of the site.
 */
export const REFERENCES_HEADER = 'x-roadlog-references';

export interface BodyReference {
  raw: string;
  /** As written; not necessarily a known kind. */
  kind: string;
  id: string;
  /** 1-based, within the body. */
  line: number;
  column: number;
}

export function isReferenceKind(kind: string): kind is Kind {
  return (KINDS as readonly string[]).includes(kind);
}

/**
 * Finds the references in a Markdown body, outside code (fenced blocks and
 * inline code spans, where the references plugin leaves text alone). Cheap for
 * the common body without `[[`, which validation of large sites relies on.
 */
export function findReferences(body: string): BodyReference[] {
  if (!body.includes('[[')) return [];
  const found: BodyReference[] = [];
  for (const { line, text } of proseLines(body, '[[')) {
    for (const match of text.matchAll(REFERENCE_PATTERN)) {
      found.push({ raw: match[0], kind: match[1]!, id: match[2]!, line, column: match.index + 1 });
    }
  }
  return found;
}

export interface ReferencePluginOptions {
  /** The site's base path, read when a file is rendered (the integration sets it from site.yaml). */
  base?: () => string;
}

/** Elements whose text is never a reference: code is shown as written, and a link cannot hold a link. */
const NOT_IN = new Set(['code', 'pre', 'a', 'script', 'style']);

/**
 * Sätteri hast plugin: turns each `[[kind:id]]` in text into a link to the
 * entry, marked with `data-roadlog-ref`. The link text is a placeholder:
 * Astro caches rendered Markdown by each file's own content, so titles and
 * statuses of other entries are filled in when pages render
 * (`resolveReferenceMarkers`), never frozen into the cache. It runs after the
 * sanitizer, so a marker written by hand in raw HTML never survives to look
 * like one of ours.
 */
export function referencesPlugin(options: ReferencePluginOptions = {}) {
  return (context: PluginFactoryContext): HastPluginDefinition | null => {
    // Most bodies have no reference: leave the plugin out, so their text never crosses to JavaScript.
    if (!context.source.includes('[[')) return null;
    const links = createLinks(options.base?.() ?? '/');
    const href = (kind: Kind, id: string) => links.entry(kind, id);
    return {
      name: 'roadlog-references',
      text(node, ctx) {
        if (!node.value.includes('[[') || insideVerbatim(node, ctx)) return;
        const replaced = splitText(node.value, href);
        if (replaced) ctx.replaceNode(node, replaced);
      },
    };
  };
}

function insideVerbatim(node: Text, ctx: HastVisitorContext): boolean {
  let parent: Readonly<Parents> | undefined = ctx.parent(node);
  while (parent !== undefined && parent.type !== 'root') {
    if (parent.type === 'element' && NOT_IN.has(parent.tagName)) return true;
    parent = ctx.parent(parent as Readonly<Exclude<Parents, Root>>);
  }
  return false;
}

function splitText(value: string, href: (kind: Kind, id: string) => string): (Text | Element)[] | undefined {
  const parts: (Text | Element)[] = [];
  let last = 0;
  for (const match of value.matchAll(REFERENCE_PATTERN)) {
    const [raw, kind, id] = match as unknown as [string, string, string];
    if (!isReferenceKind(kind) || !isValidId(id)) continue;
    if (match.index > last) parts.push({ type: 'text', value: value.slice(last, match.index) });
    parts.push({
      type: 'element',
      tagName: 'a',
      properties: { href: href(kind, id), [MARKER_PROPERTY]: `${kind}:${id}` },
      children: [{ type: 'text', value: `${kind}:${id}` }],
    });
    last = match.index + raw.length;
  }
  if (parts.length === 0) return undefined;
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
  return parts;
}

/** `data-roadlog-ref` as hast names it. */
function toProperty(attribute: string): string {
  return attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

const MARKER_PROPERTY = toProperty(MARKER_ATTRIBUTE);

export interface ResolvedReference {
  href: string;
  title: string;
  /** Public status in words, such as "Planned" or "Released 5 May 2026". */
  status: string;
  /** Machine status for styling, such as "planned". */
  state: string;
}

// Exactly what the plugin writes, once rendered: nothing from content can widen the match.
const MARKER_ELEMENT = /<a href="[^"<>]*" data-roadlog-ref="((?:feedback|roadmap|changelog):[a-z0-9]+(?:-[a-z0-9]+)*)">[^<]*<\/a>/g;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Replaces each marked link in rendered HTML with a link that carries the
 * target's current title and public status. A reference to an entry that no
 * longer exists (possible in `astro dev` while a file has errors) is shown
 * as its text, without a link.
 */
export function resolveReferenceMarkers(html: string, resolve: (kind: Kind, id: string) => ResolvedReference | undefined): string {
  if (!html.includes(MARKER_ATTRIBUTE)) return html;
  return html.replace(MARKER_ELEMENT, (_element, value: string) => {
    const [kind, id] = value.split(':') as [Kind, string];
    const target = resolve(kind, id);
    if (!target) return `<span class="roadlog-ref roadlog-ref-missing">[[${value}]]</span>`;
    return (
      `<a href="${escapeHtml(target.href)}" class="roadlog-ref" data-status="${escapeHtml(target.state)}">${escapeHtml(target.title)}</a>` +
      `<span class="roadlog-ref-status"> (${escapeHtml(target.status)})</span>`
    );
  });
}
