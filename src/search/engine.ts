/**
 * Runs a query against the sharded index: fetch the postings shard of each query term,
 * intersect (every term must occur), score, filter by category and date range, rank, and
 * fetch the documents of the page of results shown. `load` fetches one index file (the app
 * passes a cached fetch); nothing else is downloaded.
 */
import type { SearchDoc, SearchMeta } from '../schema/search';
import { shardOf, tokenize } from './tokenize';

export interface SearchFilters {
  category?: string;
  from?: string;
  to?: string;
}

export interface SearchResults {
  terms: string[];
  total: number;
  hits: SearchDoc[];
}

export type LoadFile = (path: string) => Promise<unknown>;

/** A posting is one number: Δdoc × POSTING_SCORE_BASE + score (scores are 1–15). */
export const POSTING_SCORE_BASE = 16;

/** The name of a postings (`p`, tail `t`) or doc (`d`) file of an index. */
export function searchFile(meta: Pick<SearchMeta, 'compressed'>, kind: 'p' | 't' | 'd', n: number) {
  return `${kind}/${n}.json${meta.compressed ? '.gz' : ''}`;
}

/** Decodes the per-document date and category tables once per index. */
export function documentTables(meta: SearchMeta): {
  date: (doc: number) => string;
  category: (doc: number) => string;
} {
  const dateOf = new Uint16Array(meta.docs);
  let doc = 0;
  for (let i = 0; i < meta.docDates.length; i += 2) {
    dateOf.fill(meta.docDates[i]!, doc, doc + meta.docDates[i + 1]!);
    doc += meta.docDates[i + 1]!;
  }
  return {
    date: (d) => meta.dates[dateOf[d]!] ?? '',
    category: (d) =>
      meta.categories[parseInt(meta.docCategories.slice(d * 2, d * 2 + 2), 36)] ?? '',
  };
}

function isPostings(v: unknown): v is Record<string, number[]> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export async function search(
  meta: SearchMeta,
  tables: ReturnType<typeof documentTables>,
  query: string,
  filters: SearchFilters,
  load: LoadFile,
  base: string,
  limit = 20,
): Promise<SearchResults> {
  const terms = [...new Set(tokenize(query))].slice(0, 12);
  if (terms.length === 0) return { terms, total: 0, hits: [] };
  // A term's postings: its `p` shard, and its `t` shard when the index has a tail (ADR 0015).
  // A document is in one of the two, so each list adds at most once per term.
  const kinds = meta.tailFrom === undefined ? (['p'] as const) : (['p', 't'] as const);
  const lists = await Promise.all(
    terms.flatMap((term) =>
      kinds.map(async (kind) => {
        const n = shardOf(term, meta.shards);
        const file = kind === 't' ? Math.floor(n / (meta.tailShardsPerFile ?? 1)) : n;
        const shard = await load(`${base}${searchFile(meta, kind, file)}`);
        return isPostings(shard) && Array.isArray(shard[term]) ? shard[term]! : [];
      }),
    ),
  );
  // Every term must match: count the terms each document has, sum their scores (typed
  // arrays: lists can hold most of the archive), then keep the best `limit` without sorting
  // every match.
  const matched = new Uint8Array(meta.docs);
  const scores = new Uint16Array(meta.docs);
  lists.forEach((list) => {
    let doc = 0;
    for (let i = 0; i < list.length; i++) {
      const posting = Number(list[i]) || 0;
      doc += Math.floor(posting / POSTING_SCORE_BASE);
      if (doc >= meta.docs) break;
      matched[doc]! += 1;
      scores[doc]! += posting % POSTING_SCORE_BASE;
    }
  });
  const need = terms.length;
  const top: number[] = [];
  let total = 0;
  // Documents are numbered oldest first: scanning from the last keeps the newer one on a tie.
  for (let doc = meta.docs - 1; doc >= 0; doc--) {
    if (matched[doc] !== need) continue;
    if (filters.category && tables.category(doc) !== filters.category) continue;
    if (filters.from || filters.to) {
      const date = tables.date(doc);
      if ((filters.from && date < filters.from) || (filters.to && date > filters.to)) continue;
    }
    total += 1;
    const score = scores[doc]!;
    if (top.length === limit && score <= scores[top[top.length - 1]!]!) continue;
    let at = top.length;
    while (at > 0 && scores[top[at - 1]!]! < score) at -= 1;
    top.splice(at, 0, doc);
    if (top.length > limit) top.pop();
  }
  const chunks = [...new Set(top.map((d) => Math.floor(d / meta.chunk)))];
  const loaded = new Map(
    await Promise.all(
      chunks.map(
        async (c) =>
          [c, (await load(`${base}${searchFile(meta, 'd', c)}`)) as SearchDoc[]] as const,
      ),
    ),
  );
  const found = top
    .map((d) => loaded.get(Math.floor(d / meta.chunk))?.[d % meta.chunk])
    .filter((d): d is SearchDoc => Boolean(d));
  return { terms, total, hits: found };
}
