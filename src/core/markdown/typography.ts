import type { Nodes, Root } from 'mdast';

/**
 * Typographic punctuation for Markdown bodies: curly quotes and apostrophes,
 * `--` as an en dash, `---` as an em dash, `...` as an ellipsis.
 *
 * It replaces Astro's smartypants step (remark-smartypants), which runs a
 * natural-language parser over every paragraph and took about 40% of all
 * Markdown rendering time at 10,000 entries. Quotes here are decided by the
 * character before them, carried across inline nodes of one block, so
 * `"**bold**"` still opens and closes correctly. Code, inline code, raw HTML
 * and URLs written as link text are left exactly as written.
 */
export function remarkTypography() {
  return (tree: Root) => {
    const state = { previous: '' };
    walk(tree, state);
  };
}

/** Inline nodes continue the sentence around them; anything else starts a new one. */
const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'inlineCode',
  'html',
  'break',
  'image',
  'imageReference',
  'footnoteReference',
  'mdxJsxTextElement',
  'mdxTextExpression',
]);

/** Nodes whose text must stay as written; they read as a word to the quotes around them. */
const VERBATIM = new Set(['inlineCode', 'code', 'html', 'mdxTextExpression', 'mdxFlowExpression', 'math', 'inlineMath', 'yaml', 'toml']);

function walk(node: Nodes, state: { previous: string }): void {
  if (!PHRASING.has(node.type)) state.previous = '';
  if (VERBATIM.has(node.type)) {
    state.previous = 'x';
    return;
  }
  if (node.type === 'break') {
    state.previous = '\n';
    return;
  }
  if (node.type === 'text') {
    node.value = educate(node.value, state.previous);
    if (node.value !== '') state.previous = node.value.at(-1)!;
    return;
  }
  if (node.type === 'link' && isBareUrl(node)) {
    state.previous = 'x';
    return;
  }
  if ('children' in node) {
    for (const child of node.children) walk(child as Nodes, state);
    if (!PHRASING.has(node.type)) state.previous = '';
  }
}

/** An autolinked or bracketed URL shows the address itself, which must not change. */
function isBareUrl(link: { url: string; children: Nodes[] }): boolean {
  const [only] = link.children;
  return link.children.length === 1 && only?.type === 'text' && (link.url === only.value || link.url.endsWith(only.value) || link.url === `mailto:${only.value}`);
}

const OPENS_AFTER = /[\s([{\u2018\u201c\u2013\u2014/-]/;
const WORD = /[\p{L}\p{N}]/u;

/** Rewrites straight punctuation in one run of text, given the character that came before it. */
export function educate(text: string, before = ''): string {
  if (!/["'.-]/.test(text)) return text;
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    const previous = index === 0 ? before : out.at(-1)!;
    const opensHere = previous === '' || OPENS_AFTER.test(previous);
    if (char === '-' && text[index + 1] === '-') {
      if (text[index + 2] === '-') {
        out += '\u2014';
        index += 2;
      } else {
        out += '\u2013';
        index += 1;
      }
    } else if (char === '.' && text.startsWith('...', index)) {
      out += '\u2026';
      index += 2;
    } else if (char === '"') {
      out += opensHere ? '\u201c' : '\u201d';
    } else if (char === "'") {
      // An apostrophe before a decade ('90s) or inside a word (don't) is a closing mark.
      const decade = /^\d\ds/.test(text.slice(index + 1, index + 4));
      out += opensHere && !decade && WORD.test(text[index + 1] ?? '') ? '\u2018' : '\u2019';
    } else {
      out += char;
    }
  }
  return out;
}
