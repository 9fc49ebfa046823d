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
  /** Postings and doc files named `*.json.gz`, to be stored gzip-compressed (ADR 0014). */
  compressed?: boolean;
}

export const DEFAULT_SEARCH_OPTIONS: SearchIndexOptions = {
  shards: 2048,
  chunk: 25,
  compressed: true,
};

/** Bump when the index's content changes for the same input (format, tokenizer, scoring). */
export const SEARCH_INDEX_FORMAT = 5;

/** About one postings shard per 50 documents, a power of two, at most `max`. */
export function shardCount(docs: number, max = DEFAULT_SEARCH_OPTIONS.shards): number {
  let n = 1;
  while (n < max && n * 50 < docs) n *= 2;
  return n;
}

const FIELD_WEIGHTS = { title: 8, authors: 6, tldr: 4, sections: 2, abstract: 1 } as const;

/** Postings of a term are kept in typed storage from this many on. */
const TYPED_FROM = 64;

/** A list of unsigned 32-bit numbers that grows by doubling. */
class Growable {
  private buf: Uint32Array;
  private length = 0;

  private constructor(capacity: number) {
    this.buf = new Uint32Array(capacity);
  }

  static from(values: readonly number[]): Growable {
    const g = new Growable(values.length * 2);
    g.buf.set(values);
    g.length = values.length;
    return g;
  }

  push(value: number): void {
    if (this.length === this.buf.length) {
      const next = new Uint32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = value;
  }

  /** The values in ascending order (a typed array sorts numerically). */
  sorted(): Uint32Array {
    return this.buf.subarray(0, this.length).sort();
  }
}

/** A day as the index first sees it: which papers it lists (their text comes later). */
export interface Listing {
  date: string;
  language: string | null;
  ids: readonly string[];
}

/**
 * Builds the index a day at a time, so that the archive's papers are never all in memory: the
 * listings first (which day's text each document takes, its dates, its number), then each
 * day's papers in any order (`addDay`), then the files, one at a time (`files`).
 */
export class SearchIndexBuilder {
  readonly options: SearchIndexOptions;
  /** Document number by paper id. */
  private readonly number = new Map<string, number>();
  /** The listing (`DATE.LANG`) whose text a paper's document takes: its newest. */
  private readonly source = new Map<string, string>();
  private readonly docDateList: string[];
  private readonly docListed: string[][];
  private readonly docs: (SearchDoc | undefined)[];
  private readonly docPrimary: string[];
  /**
   * term → postings, each `doc × POSTING_SCORE_BASE + score`, in the order added: a plain
   * array while short, 4-byte typed storage once long (a five-year archive has ~100 million
   * postings; as JavaScript numbers they alone took over 1 GB).
   */
  private readonly postings = new Map<string, number[] | Growable>();
  private postingCount = 0;
  private docCount: number;
  /** Documents before this one are written out (`completedChunks`). */
  private flushedDocs = 0;
  /** How many documents from `flushedDocs` on are filled, contiguously. */
  private filledUpTo = 0;

  constructor(listings: readonly Listing[], requested: Partial<SearchIndexOptions> = {}) {
    // One document per paper: the newest listing, with every date that lists it.
    const byId = new Map<string, { date: string; dates: string[] }>();
    for (const d of [...listings].sort(
      (a, b) => b.date.localeCompare(a.date) || (a.language ?? '').localeCompare(b.language ?? ''),
    )) {
      for (const id of d.ids) {
        const seen = byId.get(id);
        if (seen) {
          if (!seen.dates.includes(d.date)) seen.dates.push(d.date);
          // Listings come newest first: the paper's date is its first appearance.
          if (d.date < seen.date) seen.date = d.date;
        } else {
          byId.set(id, { date: d.date, dates: [d.date] });
          this.source.set(id, `${d.date}.${d.language ?? 'raw'}`);
        }
      }
    }
    const order = [...byId.entries()].sort(
      ([ia, a], [ib, b]) => b.date.localeCompare(a.date) || ia.localeCompare(ib),
    );
    order.forEach(([id], n) => this.number.set(id, n));
    this.docDateList = order.map(([, v]) => v.date);
    this.docListed = order.map(([, v]) => v.dates);
    this.docs = new Array<SearchDoc | undefined>(order.length);
    this.docCount = order.length;
    this.docPrimary = new Array<string>(order.length).fill('');
    this.options = {
      shards: requested.shards ?? shardCount(order.length),
      chunk: requested.chunk ?? DEFAULT_SEARCH_OPTIONS.chunk,
      compressed: requested.compressed ?? false,
    };
  }

  /** Indexes the papers of one day whose document takes this day's text. */
  addDay(d: DailyDigest): void {
    const key = `${d.date}.${d.language ?? 'raw'}`;
    for (const p of d.papers) {
      if (this.source.get(p.id) !== key) continue;
      const n = this.number.get(p.id)!;
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
        const posting = n * POSTING_SCORE_BASE + Math.min(score, POSTING_SCORE_BASE - 1);
        const list = this.postings.get(term);
        if (!list) this.postings.set(term, [posting]);
        else if (Array.isArray(list)) {
          list.push(posting);
          if (list.length >= TYPED_FROM) this.postings.set(term, Growable.from(list));
        } else list.push(posting);
        this.postingCount += 1;
      }
      this.docPrimary[n] = p.categories[0] ?? '';
      this.docs[n] = {
        id: p.id,
        t: p.title,
        a: p.authors.slice(0, 3),
        n: p.authors.length,
        d: this.docListed[n]!,
        c: p.categories,
        ...(p.summary.tldr ? { s: p.summary.tldr.slice(0, 160) } : {}),
      };
    }
  }

  /**
   * The doc files whose documents all have their text now, not given before. Days added
   * newest first fill the documents (numbered newest first) nearly in order, so these can be
   * written and let go as the days come, instead of holding every document to the end.
   */
  *completedChunks(): Generator<[name: string, content: string]> {
    while (this.filledUpTo < this.docCount && this.docs[this.filledUpTo] !== undefined)
      this.filledUpTo += 1;
    const { chunk } = this.options;
    yield* this.chunksUpTo(this.filledUpTo - (this.filledUpTo % chunk));
  }

  private *chunksUpTo(end: number): Generator<[name: string, content: string]> {
    const { chunk, compressed } = this.options;
    const ext = compressed ? '.json.gz' : '.json';
    for (let start = this.flushedDocs; start < end; start += chunk) {
      const docs: SearchDoc[] = [];
      for (let n = start; n < Math.min(start + chunk, this.docCount); n++) {
        const doc = this.docs[n];
        if (!doc) throw new Error(`search index: no text was added for document ${n}`);
        docs.push(doc);
        this.docs[n] = undefined;
      }
      this.flushedDocs = start + docs.length;
      this.filledUpTo = Math.max(this.filledUpTo, this.flushedDocs);
      yield [`d/${start / chunk}${ext}`, JSON.stringify(docs)];
    }
  }

  get stats(): { docs: number; terms: number; postings: number } {
    return { docs: this.docCount, terms: this.postings.size, postings: this.postingCount };
  }

  /** The index's files, one at a time, `meta.json` last. */
  *files(): Generator<[name: string, content: string]> {
    const { shards, chunk, compressed } = this.options;
    const ext = compressed ? '.json.gz' : '.json';
    // Postings shards: one number per posting, the delta-encoded doc number times 16 plus the
    // score (1–15). Half the numbers of [Δdoc, score] pairs: about a quarter fewer bytes and a
    // faster parse for a term that most documents contain.
    const shardTerms: string[][] = Array.from({ length: shards }, () => []);
    for (const term of [...this.postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
      shardTerms[shardOf(term, shards)]!.push(term);
    for (const [i, terms] of shardTerms.entries()) {
      const out: Record<string, number[]> = {};
      for (const term of terms) {
        const stored = this.postings.get(term)!;
        const list = Array.isArray(stored) ? stored.sort((a, b) => a - b) : stored.sorted();
        const encoded: number[] = [];
        let prev = 0;
        for (const posting of list) {
          const doc = Math.floor(posting / POSTING_SCORE_BASE);
          encoded.push((doc - prev) * POSTING_SCORE_BASE + (posting % POSTING_SCORE_BASE));
          prev = doc;
        }
        out[term] = encoded;
        this.postings.delete(term);
      }
      yield [`p/${i}${ext}`, JSON.stringify(out)];
    }
    yield* this.chunksUpTo(this.docCount);
    const dates: string[] = [];
    const docDates: number[] = [];
    for (const date of this.docDateList) {
      if (dates[dates.length - 1] !== date) {
        dates.push(date);
        docDates.push(dates.length - 1, 0);
      }
      docDates[docDates.length - 1]! += 1;
    }
    const categories: string[] = [];
    const categoryIndex = new Map<string, number>();
    let docCategories = '';
    for (const primary of this.docPrimary) {
      let ci = categoryIndex.get(primary);
      if (ci === undefined) {
        ci = categories.length;
        categories.push(primary);
        categoryIndex.set(primary, ci);
      }
      docCategories += ci.toString(36).padStart(2, '0');
    }
    const meta: SearchMeta = {
      schemaVersion: SEARCH_SCHEMA_VERSION,
      docs: this.docCount,
      shards,
      chunk,
      dates,
      docDates,
      categories,
      docCategories,
      ...(compressed ? { compressed } : {}),
    };
    yield ['meta.json', JSON.stringify(searchMetaSchema.parse(meta))];
  }
}

/** The whole index of days held in memory (tests, small archives). */
export function buildSearchIndex(
  dailies: readonly DailyDigest[],
  requested: Partial<SearchIndexOptions> = {},
): {
  files: Map<string, string>;
  stats: { docs: number; terms: number; postings: number };
} {
  const builder = new SearchIndexBuilder(
    dailies.map((d) => ({ date: d.date, language: d.language, ids: d.papers.map((p) => p.id) })),
    requested,
  );
  for (const d of dailies) builder.addDay(d);
  const stats = builder.stats;
  return { files: new Map(builder.files()), stats };
}
