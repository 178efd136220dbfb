import type { Element, Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { HastPluginDefinition, HastVisitorContext, MdxJsxFlowElementHast, MdxJsxTextElementHast, PluginFactoryContext } from 'satteri';

/**
 * What raw HTML in a Markdown body may keep. Bodies quote customers, so this
 * is GitHub's allowlist (no script, no event handlers, no style, no iframes)
 * with links limited to http, https and mailto: `javascript:` and `data:`
 * URLs are dropped while the link text stays.
 */
const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Dropped with their contents: a style sheet's text is not prose.
  strip: ['script', 'style'],
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
  },
};

/** A stand-in for the site's own address: what resolves to another host leaves the site. */
const SITE_BASE = new URL('https://site.invalid/base/page/');

/**
 * Whether a link leaves the site, read the way browsers read it (WHATWG URL):
 * `/\\evil.example/a`, ` //evil.example/c` and `https:/\\evil.example/d` all lead
 * to another host, though none starts with `//` or `https://`.
 */
export function isExternalLink(url: string): boolean {
  let resolved: URL;
  try {
    resolved = new URL(url, SITE_BASE);
  } catch {
    return true;
  }
  return (resolved.protocol === 'http:' || resolved.protocol === 'https:') && resolved.host !== SITE_BASE.host;
}
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Whether a URL written in Markdown may stay on an attribute: relative URLs,
 * fragments and the schema's protocols. Browsers ignore ASCII whitespace and
 * control characters inside a scheme (`java\tscript:`), so those are removed
 * before the scheme is read.
 */
function isSafeUrl(url: string, attribute: 'href' | 'src'): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore these in a URL, so they are dropped before reading it
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = SCHEME.exec(compact)?.[1];
  if (scheme === undefined) return !compact.startsWith('\\');
  const allowed = sanitizeSchema.protocols?.[attribute] ?? [];
  return allowed.includes(scheme.toLowerCase());
}

/**
 * Sätteri hast plugin for Markdown written by or quoting customers.
 *
 * A body that holds raw HTML (any `<`) is sanitized whole with
 * hast-util-sanitize and the schema above; Sätteri's `rawHtml` feature has
 * already parsed that HTML into elements, so the sanitizer sees real tags.
 * A body without `<` can only produce the elements Markdown itself makes,
 * whose one risk is a link or image address such as `javascript:`: those are
 * checked element by element, which keeps the common case cheap (BENCHMARKS.md
 * has what sanitizing every body would cost).
 *
 * Then, for every body: links that leave the site (as a browser resolves
 * them) get `rel="noopener noreferrer"`, and images without a description an
 * empty `alt` so screen readers skip them and pages stay valid.
 *
 * What this covers: Markdown (`.md`) bodies, whole. What it does not: MDX
 * (`.mdx` releases) is code. Its imports and expressions run when the site is
 * built, with the builder's rights, and its JSX (event handlers such as
 * `onError`, components, `{...}`) reaches the page unsanitized; only the
 * literal addresses of its `<a>` and `<img>` tags are checked here, as a guard
 * against mistakes, not against an author. MDX must come from trusted people:
 * a site that accepts outside pull requests sets `allowMdx: false`.
 */
export function safetyPlugin(context: PluginFactoryContext): HastPluginDefinition {
  // MDX releases are trusted code (see above); their HTML is JSX, not customer text.
  const sanitizeWhole = context.sourceFormat === 'markdown' && context.source.includes('<');
  return {
    name: 'roadlog-safety',
    before: sanitizeWhole
      ? (root, ctx) => {
          ctx.replaceNode(root, onePrefix(sanitize(root as Root, sanitizeSchema) as Root));
        }
      : undefined,
    // Left over only if raw HTML was not parsed: never written out as it stands.
    raw: (node, ctx) => {
      ctx.removeNode(node);
    },
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const element = node as Element;
        const attribute = element.tagName === 'a' ? 'href' : 'src';
        const url = element.properties[attribute];
        if (typeof url === 'string' && !isSafeUrl(url, attribute)) ctx.setProperty(node, attribute, null);
        if (element.tagName === 'img') {
          if (typeof element.properties.alt !== 'string') ctx.setProperty(node, 'alt', '');
          return;
        }
        if (typeof url === 'string' && isExternalLink(url)) {
          const rel = new Set(Array.isArray(element.properties.rel) ? element.properties.rel.map(String) : []);
          rel.add('noopener');
          rel.add('noreferrer');
          ctx.setProperty(node, 'rel', [...rel]);
        }
      },
    },
    mdxJsxFlowElement: { filter: ['a', 'img'], visit: checkJsxAddress },
    mdxJsxTextElement: { filter: ['a', 'img'], visit: checkJsxAddress },
  };
}

const CLOBBER_PREFIX = sanitizeSchema.clobberPrefix ?? '';
const CLOBBERED = ['id', 'name'] as const;

/**
 * Sätteri already prefixes the ids of footnotes (`user-content-fn-1`), and the
 * sanitizer prefixes every id and name again, which would break the links to
 * them: ids it prefixed twice keep the prefix once. (The sanitizer's tree is
 * its own copy, so it can be changed in place.)
 */
function onePrefix(root: Root): Root {
  const twice = CLOBBER_PREFIX + CLOBBER_PREFIX;
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      for (const key of CLOBBERED) {
        const value = child.properties[key];
        if (CLOBBER_PREFIX && typeof value === 'string' && value.startsWith(twice))
          child.properties[key] = value.slice(CLOBBER_PREFIX.length);
      }
      visit(child);
    }
  };
  visit(root);
  return root;
}

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** `<a href>` and `<img src>` written as JSX in MDX: an unsafe literal address is dropped, an external link marked. */
function checkJsxAddress(node: Readonly<JsxElement>, ctx: HastVisitorContext): void {
  const attribute = node.name === 'a' ? 'href' : 'src';
  const literal = (name: string) =>
    node.attributes.find(
      (item): item is Extract<typeof item, { type: 'mdxJsxAttribute' }> => item.type === 'mdxJsxAttribute' && item.name === name,
    );
  const url = literal(attribute)?.value;
  const unsafe = typeof url === 'string' && !isSafeUrl(url, attribute);
  const external = !unsafe && attribute === 'href' && typeof url === 'string' && isExternalLink(url) && literal('rel') === undefined;
  if (!unsafe && !external) return;
  const attributes = node.attributes.filter((item) => !(unsafe && item.type === 'mdxJsxAttribute' && item.name === attribute));
  if (external) attributes.push({ type: 'mdxJsxAttribute', name: 'rel', value: 'noopener noreferrer' });
  // A copy with the same children: the visitor API sets element properties, not JSX attributes.
  ctx.replaceNode(node, { ...node, attributes, children: [...node.children] } as JsxElement);
}
