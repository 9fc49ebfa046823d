/**
 * What the For-you ranking knows of a paper: its words, its authors and its categories, as
 * one sparse vector. The ingest computes a day's vectors (scripts/ingest/rank-publish.ts); the
 * browser computes them for imported papers that are not in the archive; the evaluation
 * (scripts/eval-ranking.ts) reads what the ingest wrote. One definition for all three.
 *
 * Terms (docs/decisions/0022-for-you-ranking.md):
 * - words of the title, abstract and AI summary through the archive search's tokenizer
 *   (folded, stemmed, stop words out; Chinese as character bigrams), and pairs of adjacent
 *   Latin-script words (`graph neural`); the title counts twice;
 * - `@name`: each author's name, folded (`@jose garcia`);
 * - `#cs.CV`: each category, `#!cs.CV` for the primary one.
 */
import { fold, tokenize } from '../search/tokenize';

export interface RankText {
  title: string;
  abstract: string;
  /** The AI summary's sections, any language. */
  summary: string;
  authors: readonly string[];
  categories: readonly string[];
}

export const AUTHOR_PREFIX = '@';
export const CATEGORY_PREFIX = '#';
export const PRIMARY_PREFIX = '#!';

/**
 * An author's term: the name folded (case, accents, punctuation), `@jose garcia` for
 * `José García`, or null for an empty one. Whole names, not initials: in a field where many
 * authors share a family name, `@y wang` would join strangers.
 */
export function authorTerm(name: string): string | null {
  const words = fold(name)
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
  return words.length > 0 ? `${AUTHOR_PREFIX}${words.join(' ')}` : null;
}

/** Words and adjacent-word pairs of a text, with their counts added to `into`. */
function addText(into: Map<string, number>, text: string, weight: number): void {
  const words = tokenize(text);
  let previous: string | null = null;
  for (const w of words) {
    into.set(w, (into.get(w) ?? 0) + weight);
    const latin = w.charCodeAt(0) < 0x2e80;
    if (previous !== null && latin) {
      const pair = `${previous} ${w}`;
      into.set(pair, (into.get(pair) ?? 0) + weight);
    }
    previous = latin ? w : null;
  }
}

/** A paper's raw term counts: words (title twice), authors, categories. */
export function termCounts(p: RankText): Map<string, number> {
  const counts = new Map<string, number>();
  addText(counts, p.title, 2);
  addText(counts, p.abstract, 1);
  addText(counts, p.summary, 1);
  for (const a of p.authors) {
    const t = authorTerm(a);
    if (t) counts.set(t, 1);
  }
  p.categories.forEach((c, i) => {
    counts.set(`${CATEGORY_PREFIX}${c}`, 1);
    if (i === 0) counts.set(`${PRIMARY_PREFIX}${c}`, 1);
  });
  return counts;
}

export function isWordTerm(term: string): boolean {
  return !term.startsWith(AUTHOR_PREFIX) && !term.startsWith(CATEGORY_PREFIX);
}

/** A sparse vector: terms and their weights, the terms sorted. */
export interface TermVector {
  terms: string[];
  weights: number[];
}

/** How many word terms a paper keeps: its strongest by TF-IDF. */
export const WORDS_KEPT = 40;
/** The weight of an author's term, of a category's, relative to the words' unit norm. */
export const AUTHOR_WEIGHT = 0.5;
export const CATEGORY_WEIGHT = 0.15;

/** Inverse document frequency, smoothed. */
export function idf(df: number, docs: number): number {
  return Math.log((docs + 1) / (df + 1)) + 1;
}

/**
 * The paper's vector from its counts and document frequencies (`df(term)`, out of `docs`
 * papers): sublinear TF-IDF words, its `WORDS_KEPT` strongest kept, scaled to unit length;
 * authors and categories at fixed weights.
 */
export function vectorOf(
  counts: ReadonlyMap<string, number>,
  df: (term: string) => number,
  docs: number,
  /** The evaluation's baselines keep every word and weigh authors 1 (arxiv-sanity-lite). */
  options: { wordsKept?: number; authorWeight?: number } = {},
): TermVector {
  const { wordsKept = WORDS_KEPT, authorWeight = AUTHOR_WEIGHT } = options;
  const words: [string, number][] = [];
  const other: [string, number][] = [];
  for (const [term, tf] of counts) {
    if (term.startsWith(AUTHOR_PREFIX)) other.push([term, authorWeight]);
    else if (term.startsWith(CATEGORY_PREFIX)) other.push([term, CATEGORY_WEIGHT]);
    else words.push([term, (1 + Math.log(tf)) * idf(df(term), docs)]);
  }
  words.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept = words.slice(0, wordsKept);
  const norm = Math.hypot(...kept.map(([, w]) => w)) || 1;
  const all = [...kept.map(([t, w]): [string, number] => [t, w / norm]), ...other];
  all.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { terms: all.map(([t]) => t), weights: all.map(([, w]) => w) };
}

/** Document frequencies of a set of papers' counts. */
export function documentFrequencies(
  papers: Iterable<ReadonlyMap<string, number>>,
): Map<string, number> {
  const df = new Map<string, number>();
  for (const counts of papers)
    for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  return df;
}
