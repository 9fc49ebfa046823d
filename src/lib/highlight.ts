/**
 * The text filter's terms and where they occur. Matching is case-insensitive substring
 * matching, which works for Chinese (no word boundaries) and English alike.
 */
import type { Range } from '@/search/highlight';

export type { Range };

export function queryTerms(query: string): string[] {
  const terms = query
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  return [...new Set(terms)].slice(0, 12);
}

/** Non-overlapping ranges of `text` where any of the terms occurs, in order. */
export function matchRanges(text: string, terms: readonly string[]): Range[] {
  if (terms.length === 0 || text.length === 0) return [];
  const lower = text.toLowerCase();
  const ranges: Range[] = [];
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = lower.indexOf(term, from);
      if (at === -1) break;
      ranges.push({ start: at, end: at + term.length });
      from = at + term.length;
      if (ranges.length > 500) break;
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}
