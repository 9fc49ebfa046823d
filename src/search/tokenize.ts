/**
 * The archive search's tokenizer, shared by the index builder (ingest) and the browser, so
 * that a query is cut exactly as the text was. Latin-script words are folded (case,
 * diacritics) and Porter-stemmed, English stop words dropped; Han text, which has no spaces,
 * is indexed as overlapping character bigrams (a lone character as itself), the usual
 * dictionary-free way to index Chinese.
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

const STOP = new Set(eng);
const TOKEN = /[\p{Script=Latin}\p{N}]+|\p{Script=Han}+/gu;

export function tokenize(text: string): string[] {
  const out: string[] = [];
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  for (const m of folded.matchAll(TOKEN)) {
    const w = m[0];
    if (/^[\p{Script=Latin}\p{N}]/u.test(w)) {
      if (w.length < 2 || STOP.has(w)) continue;
      out.push(/^\d+$/.test(w) ? w : stemmer(w));
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
