/**
 * The few parts of Pagefind's browser API that search uses (pagefind.js in
 * the built site's `pagefind/` folder), loaded on first use so that pages
 * stay instant until someone searches.
 */

export interface Hit {
  url: string;
  title: string;
  /** Labels from the entry's search facts: "Request", "Shipped". */
  kind: string;
  status: string;
  tone: string;
  /** Text around the match, with matched words in `<mark>`; the rest is page text, never markup. */
  excerpt: string;
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface Result {
  data: () => Promise<ResultData>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  preload: (term: string) => Promise<void>;
  search: (
    term: string | null,
    options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<{ results: Result[] } | null>;
}

export interface Query {
  text: string;
  /** Filter key to one value: `{ kind: 'request', status: 'shipped' }`. */
  filters: Record<string, string>;
  /** A sort key every indexed page carries (`votes`, `date`), highest first; none sorts by relevance. */
  sort?: string;
}

export interface Found {
  total: number;
  /** Results `from` to `to` (exclusive), best first, ready to show: only these are fetched. */
  hits: (from: number, to: number) => Promise<Hit[]>;
}

/** Where the bundle is, from the search form (the base path included). */
export interface Bundle {
  script: string;
  base: string;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(bundle: Bundle): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ bundle.script)) as Pagefind;
    // Result URLs are indexed from the site's root: prefix them with the base path.
    await pagefind.options({ baseUrl: bundle.base, excerptLength: 22 });
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined; // let a later keystroke try again
    throw error;
  });
  return loading;
}

export function bundleOf(element: HTMLElement): Bundle | undefined {
  const { searchBundle, searchBase } = element.dataset;
  return searchBundle && searchBase ? { script: searchBundle, base: searchBase } : undefined;
}

export function isEmpty(query: Query): boolean {
  return query.text.trim() === '' && Object.keys(query.filters).length === 0;
}

/** Runs a search; an empty text with filters lists everything that matches the filters. */
export async function find(bundle: Bundle, query: Query): Promise<Found> {
  const pagefind = await loadPagefind(bundle);
  const text = query.text.trim();
  const search = await pagefind.search(text === '' ? null : text, {
    filters: query.filters,
    ...(query.sort ? { sort: { [query.sort]: 'desc' as const } } : {}),
  });
  let results = search?.results ?? [];
  // Pagefind answers a word it does not know with pages holding its longest known prefix, down to one
  // letter ("zzqqxx" finds an author's initial "Z."). Every result of such a word is such a match, so
  // the first one tells: when none of its matched words looks like the query, there is no result.
  if (text !== '' && results.length > 0 && !resemblesQuery(text, (await results[0]!.data()).excerpt)) results = [];
  return {
    total: results.length,
    hits: async (from, to) => (await Promise.all(results.slice(from, to).map((result) => result.data()))).map(toHit),
  };
}

const fold = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether the words an excerpt marks are the query's words, or start like
 * them: a stem ("instal" for "installation"), a half-typed word, a typo
 * past its third letter. Fails for a match on a fragment of the query word.
 */
export function resemblesQuery(query: string, excerpt: string): boolean {
  const marked = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) => fold(match[1]!)).filter(Boolean);
  if (marked.length === 0) return true; // matched in the title or metadata: nothing to judge by
  const terms = query.split(/\s+/).map(fold).filter(Boolean);
  return terms.some((term) => {
    const needed = Math.min(term.length, Math.max(3, Math.ceil(term.length / 2)));
    return marked.some((word) => commonPrefix(term, word) >= needed);
  });
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function toHit(item: ResultData): Hit {
  return {
    url: item.url,
    title: item.meta.title ?? item.url,
    kind: item.meta.kind ?? '',
    status: item.meta.status ?? '',
    tone: item.meta.tone ?? 'gray',
    excerpt: item.excerpt,
  };
}

/** Warms the index while the user is still reaching for the keyboard. */
export function warm(bundle: Bundle): void {
  loadPagefind(bundle).catch(() => {});
}
