import { markdownToMdast, type MdastNode } from 'satteri';
import { bodyPipeline } from './pipeline.ts';

/** Punctuation Markdown gives a meaning to, except what smart punctuation turns into typography (quotes, dashes, dots). */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+!|<>&~=:;,?@$%^/]/g;

const cache = new Map<string, string>();

/**
 * Plain text from frontmatter (a roadmap update's note, a declined request's
 * reason) typeset as bodies are: curly quotes, en and em dashes, ellipses, by
 * the body pipeline's own smart punctuation. Everything else is kept as
 * written: Markdown characters are escaped first, so a note never turns into
 * emphasis, a link or a list.
 */
export function typesetText(text: string): string {
  let typeset = cache.get(text);
  if (typeset === undefined) {
    const line = text.replace(/\s+/g, ' ').trim();
    const escaped = line
      .replace(MARKDOWN_PUNCTUATION, '\\$&')
      // A leading "- " or "1. " would start a list, "---" a rule.
      .replace(/^-/, '\\-')
      .replace(/^(\d+)\./, '$1\\.');
    const tree = markdownToMdast(escaped, { features: { smartPunctuation: bodyPipeline().features.smartPunctuation }, position: false });
    typeset = textOf(tree);
    // Should the parser ever drop text, keep the words as written.
    if (typeset.replace(/\W/g, '') !== line.replace(/\W/g, '')) typeset = line;
    cache.set(text, typeset);
  }
  return typeset;
}

function textOf(node: MdastNode): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node && Array.isArray(node.children) ? (node.children as MdastNode[]).map(textOf).join('') : '';
}
