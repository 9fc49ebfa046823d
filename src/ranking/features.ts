/**
 * What the For-you ranking knows of a paper: its words, its authors and its categories, as
 * one sparse vector. The ingest computes a day's vectors (scripts/ingest/rank-publish.ts); the
 * browser computes them for imported papers that are not in the archive; the evaluation
 * (scripts/eval-ranking.ts) reads what the ingest wrote. One definition for all three.
 *
 * Terms (docs/decisions/0022-for-you-ranking.md):
 * - words of the title, abstract and AI summary's TL;DR through the archive search's
 *   tokenizer (folded, stemmed, stop words out; Chinese as character bigrams), and pairs of
 *   adjacent Latin-script words of the title (`graph neural`); the title counts twice;
 * - `@name`: each author's name, folded (`@jose garcia`);
 * - `#cs.CV`: each category, `#!cs.CV` for the primary one.
 */
import { fold, tokenize } from '../search/tokenize';

export interface RankText {
  title: string;
  abstract: string;
  /** The AI summary's TL;DR, any language. */
  summary: string;
  authors: readonly string[];
  categories: readonly string[];
}

/**
 * Bump when a paper's vector changes for the same paper (terms, weights): the ingest names its
 * rank files with it and publishes again every day whose file has another (ADR 0022).
 * 1: words and pairs of title, abstract and the whole summary; 2: pairs from the title only,
 * the summary's TL;DR only.
 */
export const FEATURES_VERSION = 2;

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

/**
 * Words of a text, with their counts added to `into`; with `pairs`, adjacent Latin-script word
 * pairs too.
 */
function addText(into: Map<string, number>, text: string, weight: number, pairs: boolean): void {
  const words = tokenize(text);
  let previous: string | null = null;
  for (const w of words) {
    into.set(w, (into.get(w) ?? 0) + weight);
    const latin = w.charCodeAt(0) < 0x2e80;
    if (pairs && previous !== null && latin) {
      const pair = `${previous} ${w}`;
      into.set(pair, (into.get(pair) ?? 0) + weight);
    }
    previous = latin ? w : null;
  }
}

export interface CountOptions {
  /**
   * Pairs of words from the abstract and summary too, not only from the title: the
   * evaluation's baselines (as arxiv-sanity-lite); ours gains nothing from them and they were
   * half its ingest time (ADR 0022).
   */
  allPairs?: boolean;
}

/** A paper's raw term counts: words (title twice), title word pairs, authors, categories. */
export function termCounts(p: RankText, options: CountOptions = {}): Map<string, number> {
  const all = options.allPairs ?? false;
  const counts = new Map<string, number>();
  addText(counts, p.title, 2, true);
  addText(counts, p.abstract, 1, all);
  addText(counts, p.summary, 1, all);
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
  const terms: string[] = [];
  const weights: number[] = [];
  const other: [string, number][] = [];
  for (const [term, tf] of counts) {
    const first = term.charCodeAt(0);
    if (first === AUTHOR_CODE) other.push([term, authorWeight]);
    else if (first === CATEGORY_CODE) other.push([term, CATEGORY_WEIGHT]);
    else {
      terms.push(term);
      weights.push((1 + Math.log(tf)) * idf(df(term), docs));
    }
  }
  const kept = strongest(terms, weights, wordsKept);
  let sum = 0;
  for (const i of kept) sum += weights[i]! * weights[i]!;
  const norm = Math.sqrt(sum) || 1;
  const all = [...kept.map((i): [string, number] => [terms[i]!, weights[i]! / norm]), ...other];
  all.sort(byTerm);
  return { terms: all.map(([t]) => t), weights: all.map(([, w]) => w) };
}

const AUTHOR_CODE = AUTHOR_PREFIX.charCodeAt(0);
const CATEGORY_CODE = CATEGORY_PREFIX.charCodeAt(0);

function byTerm(a: [string, number], b: [string, number]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/**
 * The positions of the `k` heaviest words, ties broken by term so that the choice never
 * depends on the order of the text. A paper has ~600 words and pairs; a numeric sort of the
 * weights finds the cut, and only the words at the cut are sorted by term (a full sort of
 * tuples with a string tie-break was a seventh of the ingest's time).
 */
function strongest(terms: readonly string[], weights: readonly number[], k: number): number[] {
  const n = weights.length;
  if (n <= k) return Array.from({ length: n }, (_, i) => i);
  const cut = Float64Array.from(weights).sort()[n - k]!;
  const above: number[] = [];
  const at: number[] = [];
  for (let i = 0; i < n; i++) {
    if (weights[i]! > cut) above.push(i);
    else if (weights[i] === cut) at.push(i);
  }
  at.sort((x, y) => (terms[x]! < terms[y]! ? -1 : terms[x]! > terms[y]! ? 1 : 0));
  return [...above, ...at.slice(0, k - above.length)];
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

/** How many of these vectors hold each term. */
export function vectorDocumentFrequencies(vectors: Iterable<TermVector>): Map<string, number> {
  const df = new Map<string, number>();
  for (const v of vectors) for (const t of v.terms) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/**
 * The vector of a paper known only by its text (an imported entry), in the terms of the
 * published vectors it is ranked with: `df` counts those vectors (`docs` of them). A term none
 * of them holds could never match, so it is left out rather than taking a share of the norm.
 * `all` is the paper's `termCounts`.
 */
export function textVector(
  all: ReadonlyMap<string, number>,
  df: ReadonlyMap<string, number>,
  docs: number,
): TermVector {
  const counts = new Map([...all].filter(([t]) => df.has(t)));
  return vectorOf(counts, (t) => df.get(t) ?? 0, docs);
}
