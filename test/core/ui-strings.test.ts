import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No English UI words outside the catalogues: every word a customer or a
 * screen reader meets in a page, component, layout, client script or the
 * widget comes from `src/core/i18n`. The scan looks at text between tags,
 * at the attributes that speak (aria-label, title, alt, placeholder, and
 * the props that become text), and at string literals in scripts that read
 * like English (a capitalised word followed by more words).
 */

const ROOT = join(import.meta.dirname, '../..');
const SCANNED = ['src/routes', 'src/components', 'src/layouts', 'src/client', 'src/widget'];

/** Text that is not UI, each with the reason. Keep it short. */
const ALLOWED: { file: string; text: string; reason: string }[] = [];

const SPEAKING_ATTRIBUTES = [
  'aria-label',
  'title',
  'alt',
  'placeholder',
  'label',
  'name',
  'heading',
  'blurb',
  'description',
  'noun',
  'subject',
];
const TEXT_PROPERTIES = ['label', 'heading', 'title', 'blurb', 'description', 'any', 'placeholder', 'empty', 'summary'];

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(astro|ts|js)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/**
 * The text a reader sees: what lies between a tag's end and the next tag,
 * inside `{cond && <p>…</p>}` expressions too, with `{…}` values taken out.
 * Pieces that are code (`a > b && <p>`) are not text.
 */
function textNodes(markup: string): string[] {
  return [...markup.matchAll(/>([^<>]*)</g)]
    .map((match) => match[1]!.replace(/\{[^{}]*\}/g, ' ').trim())
    .filter((text) => LETTERS.test(text) && !/&&|\|\||=>|\?\s|[(){}]|===|!==/.test(text));
}

const LETTERS = /\p{L}{2,}/u;
/** A string literal that reads like English UI: a capitalised word, then more words ("No results yet", "Page not found."). */
const PROSE = /^\s*\p{Lu}\p{Ll}+(?:[\s,’'.;:!?—()]+\p{L}+)+[\s.!?:…“”()]*$/u;

function scriptFindings(code: string): string[] {
  const found: string[] = [];
  const literal = /(['"`])((?:\\.|(?!\1)[^\\])*?)\1/gs;
  for (const match of code.matchAll(literal)) {
    const text = match[2]!;
    if (text.includes('${')) {
      // A template: the literal parts between expressions are what it says.
      for (const part of text.split(/\$\{[^}]*\}/)) if (PROSE.test(part)) found.push(part.trim());
    } else if (PROSE.test(text)) {
      found.push(text.trim());
    }
  }
  for (const match of code.matchAll(new RegExp(`\\b(?:${TEXT_PROPERTIES.join('|')})\\s*[:=]\\s*(['"])([^'"]*\\p{L}{2,}[^'"]*)\\1`, 'gu'))) {
    found.push(match[2]!);
  }
  return found;
}

function hardCodedStrings(file: string, source: string): string[] {
  if (!file.endsWith('.astro')) return scriptFindings(stripComments(source));
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source);
  const found = frontmatter ? scriptFindings(stripComments(frontmatter[1]!)) : [];
  let markup = frontmatter ? source.slice(frontmatter[0].length) : source;
  for (const script of markup.matchAll(/<script(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)) {
    found.push(...scriptFindings(stripComments(script[1]!)));
  }
  markup = markup
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ');
  for (const attribute of markup.matchAll(new RegExp(`\\s(${SPEAKING_ATTRIBUTES.join('|')})="([^"]*)"`, 'g'))) {
    const value = attribute[2]!;
    if (LETTERS.test(value) && (/\s/.test(value) || /^\p{Lu}/u.test(value))) found.push(value);
  }
  found.push(...textNodes(markup));
  return found;
}

function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');
}

describe('UI strings', () => {
  it('come from the catalogues: no English is hard-coded in pages, components, layouts, scripts or the widget', () => {
    const findings = SCANNED.flatMap(filesUnder).flatMap((file) =>
      hardCodedStrings(file, readFileSync(join(ROOT, file), 'utf8'))
        .filter((text) => !ALLOWED.some((allowed) => allowed.file === file && allowed.text === text))
        .map((text) => `${file}: ${text}`),
    );
    expect(findings).toEqual([]);
  });

  it('are caught when a page hard-codes one', () => {
    const page = `---\nconst crumbs = [{ label: 'Feedback', href: '/' }];\n---\n<Base title={t}>\n  <p class="muted">Nothing here yet.</p>\n  <nav aria-label="Pages"></nav>\n  {ok && <span>Shipped in {version}</span>}\n</Base>\n<script>\n  status.textContent = 'Search could not load.';\n</script>\n`;
    expect(hardCodedStrings('src/routes/x.astro', page)).toEqual([
      'Feedback',
      'Search could not load.',
      'Pages',
      'Nothing here yet.',
      'Shipped in',
    ]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a script with a template literal, as the scan reads it
    expect(hardCodedStrings('src/client/x.ts', 'say(`No results for “${text}”`);')).toEqual(['No results for “']);
    expect(hardCodedStrings('src/client/x.ts', "say('Search could not load. Press Enter to try again.');")).toEqual([
      'Search could not load. Press Enter to try again.',
    ]);
  });

  it('leave code alone: selectors, keys, ids and class names', () => {
    const code = "document.querySelector('input, textarea, select'); if (event.key === 'Escape') {}; el.className = 'search-hit';";
    expect(hardCodedStrings('src/client/x.ts', code)).toEqual([]);
  });
});
