import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { COLLECTIONS, KINDS, type Corpus, type Entry, type Kind } from '../collections.ts';
import { decodeEntities } from '../html/escape.ts';
import { isInternal } from '../lifecycle/published.ts';

/**
 * The leak check: after a build, no published file may carry an internal
 * entry's title or id. It reads what a visitor or a crawler can read: HTML,
 * XML and JSON files, and the search index's records (Pagefind's fragments,
 * gzipped JSON). Matching is decided so that it finds a leak however the file
 * escapes it, and does not fire on ordinary words:
 *
 * - a title is searched as a whole, case-sensitively, when it has at least
 *   {@link MIN_TITLE_LENGTH} characters, after HTML entities and JSON escapes are
 *   decoded and quotes, dashes and spaces are normalized on both sides;
 * - an id is searched as a URL path segment after its collection's folder
 *   (`roadmap/<id>/`, `feedback/<id>.`) and, when it has a hyphen, as a whole
 *   quoted string (`"<id>"`, as the JSON API would write it);
 * - a title or id that a public entry also has is not searched (the public
 *   entry may show it).
 */
export const MIN_TITLE_LENGTH = 12;

/** What must not appear in the published site: one internal entry's title and id. */
export interface Secret {
  kind: Kind;
  id: string;
  title: string;
  file?: string;
}

export interface Leak {
  /** Path below the output folder, with forward slashes. */
  file: string;
  secret: Secret;
  /** What was found: the title or the id. */
  found: 'title' | 'id';
}

/** The internal entries of a corpus, as the leak check looks for them. */
export function secretsOf(corpus: Corpus): Secret[] {
  return KINDS.flatMap((kind) =>
    (corpus[kind] as Entry[])
      .filter(isInternal)
      .map((entry) => ({ kind, id: entry.id, title: String(entry.data.title), ...(entry.file ? { file: entry.file } : {}) })),
  );
}

/** Text as the check compares it: escapes decoded, typographic quotes and dashes plain, spaces single. */
export function normalizeText(text: string): string {
  // `&nbsp;` is the one named entity HTML output uses between words that decodeEntities leaves as written.
  return decodeEntities(decodeJsonEscapes(text).replace(/&nbsp;/gi, ' '))
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014]|-{2,3}/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\s\u00A0]+/g, ' ');
}

function decodeJsonEscapes(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|["\\/bfnrt])/g, (_, code: string) => {
    if (code[0] === 'u') return String.fromCharCode(Number.parseInt(code.slice(1), 16));
    return { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }[code]!;
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Matcher {
  secret: Secret;
  title?: string;
  idPattern: RegExp;
}

/**
 * Builds the matchers once: `publicEntries` are the entries the site shows,
 * whose titles and ids are allowed even when an internal entry shares them.
 */
function matchers(secrets: readonly Secret[], publicEntries: { ids: Set<string>; titles: Set<string> }): Matcher[] {
  return secrets.map((secret) => {
    const title = normalizeText(secret.title);
    const id = escapeRegExp(secret.id);
    const quoted = secret.id.includes('-') && !publicEntries.ids.has(secret.id) ? `|"${id}"` : '';
    return {
      secret,
      ...(title.length >= MIN_TITLE_LENGTH && !publicEntries.titles.has(title) ? { title } : {}),
      idPattern: new RegExp(`(?:^|/)${COLLECTIONS[secret.kind].folder}/${id}(?![a-z0-9-])${quoted}`),
    };
  });
}

/** The leaks in one file's text. */
function leaksInText(text: string, file: string, found: readonly Matcher[]): Leak[] {
  const plain = normalizeText(text);
  const leaks: Leak[] = [];
  for (const matcher of found) {
    if (matcher.title !== undefined && plain.includes(matcher.title)) leaks.push({ file, secret: matcher.secret, found: 'title' });
    else if (matcher.idPattern.test(plain)) leaks.push({ file, secret: matcher.secret, found: 'id' });
  }
  return leaks;
}

const TEXT_FILE = /\.(?:html|xml|json|txt|webmanifest)$/;
const SEARCH_RECORD = /\.pf_fragment$/;

/** Every published file the check reads, with its text (search records decompressed). */
function* publishedTexts(outDir: string): Generator<{ file: string; text: string }> {
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const file = relative(outDir, path).split(sep).join('/');
    if (TEXT_FILE.test(entry.name)) yield { file, text: readFileSync(path, 'utf8') };
    else if (SEARCH_RECORD.test(entry.name)) yield { file, text: gunzipSync(readFileSync(path)).toString('utf8') };
  }
}

/**
 * Scans a built site for internal entries' titles and ids. `corpus` is every
 * entry, internal ones included: the public ones tell which titles and ids
 * the site may show.
 */
export function findLeaks(outDir: string, corpus: Corpus): Leak[] {
  const secrets = secretsOf(corpus);
  if (secrets.length === 0) return [];
  const shown = KINDS.flatMap((kind) => (corpus[kind] as Entry[]).filter((entry) => !isInternal(entry)));
  const found = matchers(secrets, {
    ids: new Set(shown.map((entry) => entry.id)),
    titles: new Set(shown.map((entry) => normalizeText(String(entry.data.title)))),
  });
  const leaks: Leak[] = [];
  for (const { file, text } of publishedTexts(outDir)) leaks.push(...leaksInText(text, file, found));
  return leaks.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** One line per leak, naming the file and the entry, and what to do. */
export function describeLeaks(leaks: readonly Leak[]): string {
  const lines = leaks.map(
    ({ file, secret, found }) =>
      `  ${file}: shows the ${found} of internal ${COLLECTIONS[secret.kind].noun} "${secret.id}"${secret.file ? ` (${secret.file})` : ''}`,
  );
  return [
    `${leaks.length === 1 ? 'a published file shows' : `${leaks.length} published files show`} an internal entry:`,
    ...lines,
    'An internal entry must appear nowhere in the site: remove the mention from the public entry that shows it. If a public text only happens to use the same words as an internal title, give the internal entry a more specific title.',
  ].join('\n');
}
