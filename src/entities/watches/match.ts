/**
 * Which of the reader's watches a paper matches (its card, the Watched filter, negative
 * keywords, the For-you reasons). No stemmer here: this runs on the first page, so a keyword
 * matches its words in order with a plural ending allowed ("graph neural network" finds
 * "Graph Neural Networks"), case and accents ignored; Chinese and other unspaced text matches
 * as written. An author matches the same family name with given names that agree, initials
 * included ("Y. LeCun", "Yann LeCun", "Yann Le Cun" is a different family name).
 */
import { fold } from '../../search/fold';
import type { Watch } from './types';

export interface Matchable {
  title: string;
  authors: readonly string[];
  categories: readonly string[];
  tldr?: string | undefined;
}

export interface WatchHits {
  /** The keyword, author and category watches matched, as the reader wrote them. */
  watches: string[];
  /** The negative keywords matched. */
  negative: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A keyword's test on folded text. */
function keywordTest(value: string): ((text: string) => boolean) | null {
  const words = fold(value).match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(value)) {
    const needle = fold(value).replace(/\s+/g, '');
    return (text) => text.replace(/\s+/g, '').includes(needle);
  }
  const last = words.length - 1;
  const pattern = words
    .map((w, i) => escape(w) + (i === last && /\p{L}$/u.test(w) ? '(?:e?s)?' : ''))
    .join('[^\\p{L}\\p{N}]+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'u');
  return (text) => re.test(text);
}

/** A name's folded parts: given names and the family name (the last word, or before a comma). */
function nameParts(name: string): { given: string[]; family: string } | null {
  const f = fold(name).trim();
  const [before, after] = f.includes(',') ? f.split(',', 2) : [null, null];
  const words = (s: string) => s.split(/[\s.]+/).filter(Boolean);
  if (before !== null && after !== null)
    return words(before).length > 0
      ? { family: words(before).join(' '), given: words(after) }
      : null;
  const all = words(f.replace(/-/g, ' '));
  if (all.length === 0) return null;
  return { family: all[all.length - 1]!, given: all.slice(0, -1) };
}

/** Given names agree: each pair in order is equal, or one is the other's initial. */
function givenAgree(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x !== y && !(x.length === 1 && y.startsWith(x)) && !(y.length === 1 && x.startsWith(y)))
      return false;
  }
  return true;
}

function authorTest(value: string): ((authors: readonly string[]) => boolean) | null {
  const want = nameParts(value);
  if (!want) return null;
  return (authors) =>
    authors.some((a) => {
      const got = nameParts(a);
      return got !== null && got.family === want.family && givenAgree(want.given, got.given);
    });
}

export type WatchMatcher = (p: Matchable) => WatchHits;

/** Compiles the watches once; the matcher then runs per paper. */
export function watchMatcher(watches: readonly Watch[]): WatchMatcher {
  const tests = watches.flatMap((w) => {
    if (w.kind === 'author') {
      const t = authorTest(w.value);
      return t ? [{ w, test: (p: Matchable, _text: string) => t(p.authors) }] : [];
    }
    if (w.kind === 'category') {
      const code = w.value.trim();
      return [{ w, test: (p: Matchable) => p.categories.includes(code) }];
    }
    const t = keywordTest(w.value);
    return t ? [{ w, test: (_p: Matchable, text: string) => t(text) }] : [];
  });
  return (p) => {
    const hits: WatchHits = { watches: [], negative: [] };
    if (tests.length === 0) return hits;
    const text = fold(`${p.title}\n${p.tldr ?? ''}`);
    for (const { w, test } of tests)
      if (test(p, text)) (w.kind === 'negative' ? hits.negative : hits.watches).push(w.value);
    return hits;
  };
}
