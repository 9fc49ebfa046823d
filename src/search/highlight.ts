/**
 * Where a search result matches its query, by the search's own rule (src/search/tokenize.ts):
 * a Latin-script word matches when its folded, stemmed form is a query term (so `networks`
 * matches a search for `network`, and `happy` one for `happiness`), a run of Han characters
 * where one of its bigrams (or a lone character) is a query term.
 */
import { fold, wordTerm } from './tokenize';

/** A matched part of a text (also what the daily filter's highlighter, src/lib/highlight.ts, gives). */
export interface Range {
  start: number;
  end: number;
}

const WORD = /[\p{Script=Latin}\p{N}\p{M}]+|\p{Script=Han}+/gu;

export function searchMatches(text: string, terms: readonly string[]): Range[] {
  if (terms.length === 0) return [];
  const wanted = new Set(terms);
  const out: Range[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const at = m.index;
    if (/^\p{Script=Han}/u.test(w)) {
      if (w.length === 1) {
        if (wanted.has(w)) out.push({ start: at, end: at + 1 });
        continue;
      }
      for (let i = 0; i < w.length - 1; i++) {
        if (!wanted.has(w.slice(i, i + 2))) continue;
        const last = out[out.length - 1];
        if (last && last.end >= at + i) last.end = at + i + 2;
        else out.push({ start: at + i, end: at + i + 2 });
      }
      continue;
    }
    const term = wordTerm(fold(w));
    if (term !== null && wanted.has(term)) out.push({ start: at, end: at + w.length });
  }
  return out;
}
