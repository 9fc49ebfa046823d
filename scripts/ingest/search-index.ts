/**
 * The archive search index: static files sized so that a query fetches only what it needs
 * (docs/decisions/0006-archive-search.md).
 *
 *   search/<build>/meta.json         doc count, shard sizes, dates, categories, each doc's
 *                                    date and primary category (run-length / compact)
 *   search/<build>/p/<n>.json        postings shard n: term → [doc×16+score, Δdoc×16+score, …]
 *   search/<build>/d/<n>.json        docs n*chunk … (n+1)*chunk-1: what a result shows
 *
 * Each paper is one document however many days list it: its text from the newest listing, its
 * date the day it first appeared (what the date-range filter uses). Documents are numbered
 * newest first. A term's score in a document is the weight of the best field it
 * occurs in (title 8, authors 6, TL;DR 4, other sections 2, abstract 1), +1 if repeated.
 */
import { SUMMARY_SECTIONS, type DailyDigest } from '../../src/schema/digest.ts';
import {
  SEARCH_SCHEMA_VERSION,
  searchMetaSchema,
  type SearchDoc,
  type SearchMeta,
} from '../../src/schema/search.ts';
import { POSTING_SCORE_BASE } from '../../src/search/engine.ts';
import { shardOf, tokenize } from '../../src/search/tokenize.ts';

export interface SearchIndexOptions {
  /** Postings shards: more shards, fewer bytes per query, more files. */
  shards: number;
  /** Documents per doc-meta file. */
  chunk: number;
}

export const DEFAULT_SEARCH_OPTIONS: SearchIndexOptions = { shards: 2048, chunk: 25 };

/** Bump when the index's content changes for the same input (format, tokenizer, scoring). */
export const SEARCH_INDEX_FORMAT = 4;

/** About one postings shard per 50 documents, a power of two, at most `max`. */
export function shardCount(docs: number, max = DEFAULT_SEARCH_OPTIONS.shards): number {
  let n = 1;
  while (n < max && n * 50 < docs) n *= 2;
  return n;
}

interface Paperish {
  id: string;
  date: string;
  dates: string[];
  paper: DailyDigest['papers'][number];
}

const FIELD_WEIGHTS = { title: 8, authors: 6, tldr: 4, sections: 2, abstract: 1 } as const;

export function buildSearchIndex(
  dailies: readonly DailyDigest[],
  requested: Partial<SearchIndexOptions> = {},
): {
  files: Map<string, string>;
  stats: { docs: number; terms: number; postings: number };
} {
  // One document per paper: the newest listing, with every date that lists it.
  const byId = new Map<string, Paperish>();
  for (const d of [...dailies].sort(
    (a, b) => b.date.localeCompare(a.date) || (a.language ?? '').localeCompare(b.language ?? ''),
  )) {
    for (const p of d.papers) {
      const seen = byId.get(p.id);
      if (seen) {
        if (!seen.dates.includes(d.date)) seen.dates.push(d.date);
        // Listings come newest first: the paper's date is its first appearance.
        if (d.date < seen.date) seen.date = d.date;
      } else byId.set(p.id, { id: p.id, date: d.date, dates: [d.date], paper: p });
    }
  }
  const docs = [...byId.values()].sort(
    (a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id),
  );
  const options: SearchIndexOptions = {
    shards: requested.shards ?? shardCount(docs.length),
    chunk: requested.chunk ?? DEFAULT_SEARCH_OPTIONS.chunk,
  };

  const postings = new Map<string, number[]>();
  const dates: string[] = [];
  const docDates: number[] = [];
  const categories: string[] = [];
  const categoryIndex = new Map<string, number>();
  let docCategories = '';
  let postingCount = 0;

  docs.forEach((doc, n) => {
    const p = doc.paper;
    const scores = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const term of tokenize(text)) {
        const s = scores.get(term);
        if (s === undefined) scores.set(term, weight);
        else scores.set(term, Math.max(s, weight) + (s >= weight ? 1 : 0));
      }
    };
    add(p.title, FIELD_WEIGHTS.title);
    add(p.authors.join(' '), FIELD_WEIGHTS.authors);
    add(p.summary.tldr ?? '', FIELD_WEIGHTS.tldr);
    add(
      [
        ...SUMMARY_SECTIONS.filter((k) => k !== 'tldr').map((k) => p.summary[k] ?? ''),
        ...p.summary.extra.map((e) => e.text),
      ].join(' '),
      FIELD_WEIGHTS.sections,
    );
    add(p.abstract, FIELD_WEIGHTS.abstract);
    add(p.id, FIELD_WEIGHTS.title);
    for (const [term, score] of scores) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(n, Math.min(score, POSTING_SCORE_BASE - 1));
      postingCount += 1;
    }
    if (dates[dates.length - 1] !== doc.date) {
      dates.push(doc.date);
      docDates.push(dates.length - 1, 0);
    }
    docDates[docDates.length - 1]! += 1;
    const primary = p.categories[0] ?? '';
    let ci = categoryIndex.get(primary);
    if (ci === undefined) {
      ci = categories.length;
      categories.push(primary);
      categoryIndex.set(primary, ci);
    }
    docCategories += ci.toString(36).padStart(2, '0');
  });

  // Postings shards: one number per posting, the delta-encoded doc number times 16 plus the
  // score (1–15). Half the numbers of [Δdoc, score] pairs: about a quarter fewer bytes and a
  // faster parse for a term that most documents contain.
  const shardTerms: Record<string, number[]>[] = Array.from({ length: options.shards }, () => ({}));
  for (const [term, list] of [...postings.entries()].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    const encoded: number[] = [];
    let prev = 0;
    for (let i = 0; i < list.length; i += 2) {
      encoded.push((list[i]! - prev) * POSTING_SCORE_BASE + list[i + 1]!);
      prev = list[i]!;
    }
    shardTerms[shardOf(term, options.shards)]![term] = encoded;
  }

  const files = new Map<string, string>();
  shardTerms.forEach((terms, i) => files.set(`p/${i}.json`, JSON.stringify(terms)));
  for (let i = 0; i * options.chunk < docs.length; i++) {
    const chunk: SearchDoc[] = docs
      .slice(i * options.chunk, (i + 1) * options.chunk)
      .map(({ id, dates: ds, paper }) => ({
        id,
        t: paper.title,
        a: paper.authors.slice(0, 3),
        n: paper.authors.length,
        d: ds,
        c: paper.categories,
        ...(paper.summary.tldr ? { s: paper.summary.tldr.slice(0, 160) } : {}),
      }));
    files.set(`d/${i}.json`, JSON.stringify(chunk));
  }
  const meta: SearchMeta = {
    schemaVersion: SEARCH_SCHEMA_VERSION,
    docs: docs.length,
    shards: options.shards,
    chunk: options.chunk,
    dates,
    docDates,
    categories,
    docCategories,
  };
  files.set('meta.json', JSON.stringify(searchMetaSchema.parse(meta)));
  return {
    files,
    stats: { docs: docs.length, terms: postings.size, postings: postingCount },
  };
}
