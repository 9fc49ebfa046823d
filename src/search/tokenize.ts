/**
 * The archive search's tokenizer, shared by the index builder (ingest) and the browser, so
 * that a query is cut exactly as the text was. Latin-script words are folded (case,
 * diacritics) and Porter-stemmed, English stop words dropped; Han text, which has no spaces,
 * is indexed as overlapping character bigrams (a lone character as itself), the usual
 * dictionary-free way to index Chinese.
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import { fold } from './fold';

const STOP = new Set(eng);
const TOKEN = /[\p{Script=Latin}\p{N}]+|\p{Script=Han}+/gu;

/** Case and diacritics folded away, as the index stores words. */
export { fold };

/**
 * Words already stemmed. A month of papers has ~60,000 distinct words among millions, and
 * stemming was a fifth of the ingest's time; the cap bounds the memory of a long run.
 */
const stems = new Map<string, string | null>();
const STEMS_KEPT = 200_000;

/** The index term of a folded Latin-script word or number, or null for one it skips. */
export function wordTerm(folded: string): string | null {
  const known = stems.get(folded);
  if (known !== undefined) return known;
  const term =
    folded.length < 2 || STOP.has(folded) ? null : /^\d+$/.test(folded) ? folded : stemmer(folded);
  if (stems.size >= STEMS_KEPT) stems.clear();
  stems.set(folded, term);
  return term;
}

/**
 * Token lists of the longer texts met lately. The ingest tokenizes each title, abstract and
 * TL;DR twice, for the ranking data and for the search index; this halves that. Bounded: it
 * starts over when full (~20 MB at most).
 */
const recent = new Map<string, readonly string[]>();
const RECENT_KEPT = 20_000;
const RECENT_FROM = 64;

export function tokenize(text: string): readonly string[] {
  if (text.length < RECENT_FROM) return cut(text);
  const known = recent.get(text);
  if (known) return known;
  const tokens = cut(text);
  if (recent.size >= RECENT_KEPT) recent.clear();
  recent.set(text, tokens);
  return tokens;
}

function cut(text: string): string[] {
  const out: string[] = [];
  for (const m of fold(text).matchAll(TOKEN)) {
    const w = m[0];
    if (/^[\p{Script=Latin}\p{N}]/u.test(w)) {
      const term = wordTerm(w);
      if (term !== null) out.push(term);
    } else if (w.length === 1) out.push(w);
    else for (let i = 0; i < w.length - 1; i++) out.push(w.slice(i, i + 2));
  }
  return out;
}

/** Which postings shard holds a term (FNV-1a hash of its UTF-16 code units). */
export function shardOf(term: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}
