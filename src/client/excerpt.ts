import { decodeEntities } from '../core/html/escape.ts';

/** A piece of an excerpt: plain text, or a matched word to highlight. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const EDGE_PUNCTUATION = /^([\p{P}\s]*)(.*?)([\p{P}\s]*)$/su;

/**
 * Pagefind's excerpt, escaped page text with matched words in `<mark>`, as
 * parts: punctuation around a match is left out of the highlight
 * ("**exports**." rather than "**exports.**"), and an excerpt that starts
 * inside a sentence says so with an ellipsis.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.marked === marked && !marked) last.text += text;
    else parts.push({ text, marked });
  };
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    const words = decodeEntities(piece);
    if (!marked) {
      push(words, false);
      continue;
    }
    const [, before = '', core = '', after = ''] = EDGE_PUNCTUATION.exec(words) ?? [];
    push(before, false);
    push(core, true);
    push(after, false);
  }
  const first = parts[0];
  // Text that opens with a lower-case letter was cut from inside a sentence.
  if (first && /^\p{Ll}/u.test(first.text.trimStart())) parts.unshift({ text: '… ', marked: false });
  return parts;
}
