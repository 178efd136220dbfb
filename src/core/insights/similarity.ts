/**
 * Likely duplicates among request titles.
 *
 * The measure is the cosine similarity of TF-IDF weighted character trigrams
 * taken within words (each word padded with a space on both sides), a
 * standard for matching short texts such as names and titles (scikit-learn's
 * `TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 3))` computes the same
 * vectors, with its smooth IDF). Trigrams match across word forms ("sync",
 * "syncing"; "submit", "submissions") in any language without a stemmer, and
 * IDF makes the words every title shares ("export", "the") count for little
 * beside the rare ones that say what a request is about. A score is 1 for
 * the same words and 0 for no trigram in common.
 *
 * Comparing every pair is quadratic. Instead each query title is compared
 * only with the titles that share one of its words (by their first four
 * letters, another cheap way across word forms), rarest words first, up to
 * `maxCandidates` titles: a constant amount of work per title, so the whole
 * search stays linear in the number of titles. Two titles that share no word
 * at all are never compared; near duplicates almost always share one.
 */

export interface SimilarityOptions {
  /** Language of the titles, for word boundaries (Intl.Segmenter): `en`, `ja`. */
  language?: string;
  /** The lowest score reported. */
  threshold?: number;
  /** Titles compared with each query title, at most. */
  maxCandidates?: number;
  /** Matches kept per query title, best first. */
  perTitle?: number;
}

/** Two titles by their index, and their score (0 to 1, two decimal places). */
export interface SimilarPair {
  /** The query title. */
  a: number;
  b: number;
  score: number;
}

export const SIMILARITY_THRESHOLD = 0.35;

interface Vector {
  /** Trigram ids, in any order. */
  grams: Int32Array;
  weights: Float64Array;
}

const segmenters = new Map<string, Intl.Segmenter>();

function words(title: string, language: string): string[] {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  // Case and accents do not tell requests apart: "Café" and "cafe" are the same word.
  const normal = title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const found: string[] = [];
  for (const segment of segmenter.segment(normal)) if (segment.isWordLike) found.push(segment.segment);
  return found;
}

function trigrams(word: string): string[] {
  const padded = ` ${word} `;
  const grams: string[] = [];
  for (let index = 0; index + 3 <= padded.length; index++) grams.push(padded.slice(index, index + 3));
  return grams;
}

/**
 * Pairs of similar titles where the first one is a query title (`isQuery`),
 * best first. A pair of two query titles is reported once.
 */
export function similarTitles(
  titles: readonly string[],
  isQuery: (index: number) => boolean,
  options: SimilarityOptions = {},
): SimilarPair[] {
  const language = options.language ?? 'en';
  const threshold = options.threshold ?? SIMILARITY_THRESHOLD;
  const maxCandidates = options.maxCandidates ?? 200;
  const perTitle = options.perTitle ?? 3;
  const total = titles.length;

  // Trigram counts per title and in how many titles each trigram appears; the words' first letters, for blocking.
  const gramIds = new Map<string, number>();
  const documentFrequency: number[] = [];
  const counts: Map<number, number>[] = [];
  const keyIds = new Map<string, number>();
  const postings: number[][] = [];
  const keysOf: number[][] = [];
  titles.forEach((title, index) => {
    const count = new Map<number, number>();
    const keys: number[] = [];
    for (const word of words(title, language)) {
      const key = [...word].slice(0, 4).join('');
      let keyId = keyIds.get(key);
      if (keyId === undefined) {
        keyId = keyIds.size;
        keyIds.set(key, keyId);
        postings.push([]);
      }
      if (postings[keyId]!.at(-1) !== index) {
        postings[keyId]!.push(index);
        keys.push(keyId);
      }
      for (const gram of trigrams(word)) {
        let id = gramIds.get(gram);
        if (id === undefined) {
          id = gramIds.size;
          gramIds.set(gram, id);
          documentFrequency.push(0);
        }
        const seen = count.get(id);
        if (seen === undefined) documentFrequency[id]! += 1;
        count.set(id, (seen ?? 0) + 1);
      }
    }
    counts.push(count);
    keysOf.push(keys);
  });

  // Unit vectors of TF-IDF weights.
  const vectors: Vector[] = counts.map((count) => {
    const grams = Int32Array.from(count.keys());
    const weights = new Float64Array(grams.length);
    let norm = 0;
    grams.forEach((id, position) => {
      const weight = count.get(id)! * (Math.log((1 + total) / (1 + documentFrequency[id]!)) + 1);
      weights[position] = weight;
      norm += weight * weight;
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let position = 0; position < weights.length; position++) weights[position]! /= norm;
    return { grams, weights };
  });

  const pairs = new Map<number, SimilarPair>();
  // The query's vector spread over every trigram id, so each comparison is one pass over the other title's trigrams.
  const dense = new Float64Array(gramIds.size);
  const stamp = new Int32Array(total);
  const candidates = new Int32Array(maxCandidates);
  const rarestFirst = (a: number, b: number) => postings[a]!.length - postings[b]!.length || a - b;
  for (let query = 0; query < total; query++) {
    if (!isQuery(query)) continue;
    let found = 0;
    gather: for (const key of keysOf[query]!.sort(rarestFirst)) {
      for (const other of postings[key]!) {
        if (other === query || stamp[other] === query + 1) continue;
        stamp[other] = query + 1;
        candidates[found++] = other;
        if (found === maxCandidates) break gather;
      }
    }
    const vector = vectors[query]!;
    for (let position = 0; position < vector.grams.length; position++) dense[vector.grams[position]!] = vector.weights[position]!;
    const matches: SimilarPair[] = [];
    for (let position = 0; position < found; position++) {
      const other = candidates[position]!;
      const { grams, weights } = vectors[other]!;
      let sum = 0;
      for (let index = 0; index < grams.length; index++) sum += dense[grams[index]!]! * weights[index]!;
      const score = Math.round(sum * 100) / 100;
      if (score >= threshold) matches.push({ a: query, b: other, score });
    }
    for (let position = 0; position < vector.grams.length; position++) dense[vector.grams[position]!] = 0;
    matches.sort((x, y) => y.score - x.score || x.b - y.b);
    for (const match of matches.slice(0, perTitle)) {
      // Each unordered pair once: the key of {a, b} is the same both ways.
      const key = Math.min(match.a, match.b) * total + Math.max(match.a, match.b);
      if (!pairs.has(key)) pairs.set(key, match);
    }
  }
  return [...pairs.values()].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}
