/**
 * Runs a query against the sharded index: fetch the postings shard of each query term,
 * intersect (every term must occur), score, filter by category and date range, rank, and
 * fetch the documents of the page of results shown. `load` fetches one index file (the app
 * passes a cached fetch); nothing else is downloaded.
 */
import type { SearchDoc, SearchMeta } from '@/schema/search';
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
  const lists = await Promise.all(
    terms.map(async (term) => {
      const shard = await load(`${base}p/${shardOf(term, meta.shards)}.json`);
      return isPostings(shard) && Array.isArray(shard[term]) ? shard[term]! : [];
    }),
  );
  // Intersect, starting from the shortest list; the score is the sum of the term scores.
  const order = lists.map((_list, i) => i).sort((a, b) => lists[a]!.length - lists[b]!.length);
  let scores = new Map<number, number>();
  order.forEach((li, k) => {
    const list = lists[li]!;
    const next = new Map<number, number>();
    let doc = 0;
    for (let i = 0; i < list.length; i += 2) {
      doc += list[i]!;
      const s = list[i + 1]!;
      if (k === 0) next.set(doc, s);
      else {
        const prev = scores.get(doc);
        if (prev !== undefined) next.set(doc, prev + s);
      }
    }
    scores = next;
  });
  const matches = [...scores.entries()].filter(([doc]) => {
    if (filters.category && tables.category(doc) !== filters.category) return false;
    const date = tables.date(doc);
    if (filters.from && date < filters.from) return false;
    if (filters.to && date > filters.to) return false;
    return true;
  });
  // Best score first; newer first on a tie (documents are numbered newest first).
  matches.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const top = matches.slice(0, limit).map(([doc]) => doc);
  const chunks = [...new Set(top.map((d) => Math.floor(d / meta.chunk)))];
  const loaded = new Map(
    await Promise.all(
      chunks.map(async (c) => [c, (await load(`${base}d/${c}.json`)) as SearchDoc[]] as const),
    ),
  );
  const hits = top
    .map((d) => loaded.get(Math.floor(d / meta.chunk))?.[d % meta.chunk])
    .filter((d): d is SearchDoc => Boolean(d));
  return { terms, total: matches.length, hits };
}
