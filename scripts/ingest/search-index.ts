/**
 * The archive search index: static files sized so that a query fetches only what it needs
 * (docs/decisions/0006-archive-search.md).
 *
 *   search/<build>/meta.json         doc count, shard sizes, dates, categories, each doc's
 *                                    date and primary category (run-length / compact)
 *   search/<build>/p/<n>.json        postings shard n: term → [doc×16+score, Δdoc×16+score, …]
 *   search/<build>/t/<n>.json        the same for the documents from `tailFrom` on (ADR 0015)
 *   search/<build>/d/<n>.json        docs n*chunk … (n+1)*chunk-1: what a result shows
 *   search/<build>/state.json.gz     what the next ingest needs to extend the index (not read
 *                                    by the app)
 *
 * Each paper is one document however many days list it: its text and its date from the day it
 * first appeared (what the date-range filter uses). Documents are numbered oldest first. A
 * term's score in a document is the weight of the best field it occurs in (title 8, authors
 * 6, TL;DR 4, other sections 2, abstract 1), +1 if repeated.
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
  /** How many shards' tail postings share one `t/N` file (ADR 0053). */
  tailShardsPerFile: number;
}

export const DEFAULT_SEARCH_OPTIONS: SearchIndexOptions = {
  shards: 2048,
  chunk: 25,
  compressed: true,
  tailShardsPerFile: 16,
};

/** Bump when the index's content changes for the same input (format, tokenizer, scoring). */
export const SEARCH_INDEX_FORMAT = 6;

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

/** `DATE.LANG`: the listing a document takes its text from. */
export function listingKey(l: { date: string; language: string | null }): string {
  return `${l.date}.${l.language ?? 'raw'}`;
}

/** The index's documents in number order, and what each one takes from the listings. */
export interface DocumentPlan {
  ids: string[];
  /** The date each document first appeared (what the date-range filter uses). */
  date: string[];
  /** Every date that lists it, newest first. */
  listed: string[][];
  /** Paper id → the listing whose text its document takes: its first. */
  source: Map<string, string>;
}

/**
 * One document per paper, numbered oldest first: so a new day's papers are added at the end
 * and the numbers of the documents before them never change (the index can be extended
 * instead of rebuilt, ADR 0015). `keep` lists documents already numbered, in their order;
 * the others follow, by the date they first appeared.
 */
export function planDocuments(
  listings: readonly Listing[],
  keep: readonly string[] = [],
): DocumentPlan {
  const byId = new Map<string, { date: string; dates: string[] }>();
  const source = new Map<string, string>();
  for (const d of [...listings].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.language ?? '').localeCompare(b.language ?? ''),
  )) {
    for (const id of d.ids) {
      const seen = byId.get(id);
      if (!seen) {
        // Listings come oldest first: the first one is the paper's date and its text.
        byId.set(id, { date: d.date, dates: [d.date] });
        source.set(id, listingKey(d));
      } else if (seen.dates[seen.dates.length - 1] !== d.date) seen.dates.push(d.date);
    }
  }
  const kept = new Set(keep);
  const rest = [...byId.keys()]
    .filter((id) => !kept.has(id))
    // Within a date, ids descending: a query scans from the last document, so on a tie the
    // newer paper comes first, then the lower id.
    .sort((a, b) => byId.get(a)!.date.localeCompare(byId.get(b)!.date) || b.localeCompare(a));
  const ids = [...keep, ...rest];
  return {
    ids,
    date: ids.map((id) => byId.get(id)!.date),
    listed: ids.map((id) => [...byId.get(id)!.dates].reverse()),
    source,
  };
}

/** Where a builder starts: the documents before `from` are indexed already (ADR 0015). */
export interface BuildStart {
  /** First document whose postings this builder makes. */
  from: number;
  /**
   * The postings are the index's tail (`t/N` files, the meta names `tailFrom`), beside the
   * previous build's `p/N` files; otherwise they are `p/N` files.
   */
  tail: boolean;
  /** The previous build's meta: the primary categories of the documents before `from`. */
  previous?: SearchMeta;
}

/**
 * Builds the index a day at a time, so that the archive's papers are never all in memory: the
 * plan first (which day's text each document takes, its dates, its number), then each day's
 * papers in any order (`addDay`), then the files, one at a time (`files`).
 */
export class SearchIndexBuilder {
  readonly options: SearchIndexOptions;
  private readonly plan: DocumentPlan;
  private readonly start: BuildStart;
  /** Document number by paper id. */
  private readonly number = new Map<string, number>();
  private readonly docs: (SearchDoc | undefined)[];
  private readonly docPrimary: string[];
  /**
   * term → postings, each `doc × POSTING_SCORE_BASE + score`, in the order added: a plain
   * array while short, 4-byte typed storage once long (a five-year archive has ~100 million
   * postings; as JavaScript numbers they alone took over 1 GB).
   */
  private readonly postings = new Map<string, number[] | Growable>();
  private postingCount = 0;
  private readonly docCount: number;
  /** Documents before this one are written out (`completedChunks`). */
  private flushedDocs: number;
  /** How many documents from `flushedDocs` on are filled, contiguously. */
  private filledUpTo: number;

  constructor(
    plan: DocumentPlan,
    requested: Partial<SearchIndexOptions> = {},
    start: BuildStart = { from: 0, tail: false },
  ) {
    this.plan = plan;
    this.start = start;
    plan.ids.forEach((id, n) => this.number.set(id, n));
    this.docCount = plan.ids.length;
    this.docs = new Array<SearchDoc | undefined>(this.docCount);
    this.docPrimary = new Array<string>(this.docCount).fill('');
    this.options = {
      shards: requested.shards ?? shardCount(this.docCount),
      chunk: requested.chunk ?? DEFAULT_SEARCH_OPTIONS.chunk,
      compressed: requested.compressed ?? false,
      tailShardsPerFile: requested.tailShardsPerFile ?? DEFAULT_SEARCH_OPTIONS.tailShardsPerFile,
    };
    this.flushedDocs = start.from - (start.from % this.options.chunk);
    this.filledUpTo = this.flushedDocs;
  }

  /** The first document of the doc file that this builder writes first. */
  get firstChunkDoc(): number {
    return this.start.from - (this.start.from % this.options.chunk);
  }

  /**
   * A document before `from` that shares a doc file with the first new ones (its text as the
   * previous build wrote it; its listing dates from the plan).
   */
  setDocument(n: number, doc: SearchDoc): void {
    this.docs[n] = { ...doc, d: this.plan.listed[n]! };
  }

  /** Indexes the papers of one day whose document takes this day's text. */
  addDay(d: DailyDigest): void {
    const key = listingKey(d);
    for (const p of d.papers) {
      if (this.plan.source.get(p.id) !== key) continue;
      const n = this.number.get(p.id);
      if (n === undefined || n < this.start.from) continue;
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
        d: this.plan.listed[n]!,
        c: p.categories,
        ...(p.summary.tldr ? { s: p.summary.tldr.slice(0, 160) } : {}),
      };
    }
  }

  /**
   * The doc files whose documents all have their text now, not given before. Days added
   * oldest first fill the documents (numbered oldest first) nearly in order, so these can be
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

  /**
   * A postings shard: term → [doc×16+score, Δdoc×16+score, …], the first doc number absolute.
   * Half the numbers of [Δdoc, score] pairs: about a quarter fewer bytes and a faster parse
   * for a term that most documents contain. The shard's postings are let go.
   */
  private shardPostings(terms: readonly string[]): Record<string, number[]> {
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
    return out;
  }

  /**
   * The index's files, one at a time, `meta.json` last. Postings shards come first, as
   * `[name, postings]` (the caller serialises them, or merges them into the previous build's
   * shard first), then the doc files and the meta as text.
   */
  *files(): Generator<
    | [name: string, content: string, postings?: undefined]
    | [name: string, content: null, postings: Record<string, number[]>]
  > {
    const { shards, compressed } = this.options;
    const ext = compressed ? '.json.gz' : '.json';
    const shardTerms: string[][] = Array.from({ length: shards }, () => []);
    for (const term of [...this.postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
      shardTerms[shardOf(term, shards)]!.push(term);
    if (this.start.tail) {
      // Several shards' tail postings to a file (ADR 0053): the tail is small.
      const per = this.options.tailShardsPerFile;
      for (let file = 0; file * per < shards; file++)
        yield [
          `t/${file}${ext}`,
          null,
          this.shardPostings(shardTerms.slice(file * per, (file + 1) * per).flat()),
        ];
    } else
      for (const [i, terms] of shardTerms.entries())
        yield [`p/${i}${ext}`, null, this.shardPostings(terms)];
    yield* this.chunksUpTo(this.docCount);
    yield ['meta.json', JSON.stringify(searchMetaSchema.parse(this.meta()))];
  }

  private meta(): SearchMeta {
    const dates: string[] = [];
    const docDates: number[] = [];
    for (const date of this.plan.date) {
      if (dates[dates.length - 1] !== date) {
        dates.push(date);
        docDates.push(dates.length - 1, 0);
      }
      docDates[docDates.length - 1]! += 1;
    }
    const { previous, from, tail } = this.start;
    const categories = [...(previous?.categories ?? [])];
    const categoryIndex = new Map(categories.map((c, i) => [c, i]));
    let docCategories = previous?.docCategories.slice(0, from * 2) ?? '';
    if (docCategories.length !== from * 2)
      throw new Error(`search index: the previous build has no category for document ${from - 1}`);
    for (let n = from; n < this.docCount; n++) {
      const primary = this.docPrimary[n]!;
      let ci = categoryIndex.get(primary);
      if (ci === undefined) {
        ci = categories.length;
        categories.push(primary);
        categoryIndex.set(primary, ci);
      }
      docCategories += ci.toString(36).padStart(2, '0');
    }
    const { shards, chunk, compressed, tailShardsPerFile } = this.options;
    return {
      schemaVersion: SEARCH_SCHEMA_VERSION,
      docs: this.docCount,
      shards,
      chunk,
      dates,
      docDates,
      categories,
      docCategories,
      ...(compressed ? { compressed } : {}),
      ...(tail ? { tailFrom: from, tailShardsPerFile } : {}),
    };
  }
}

/** A postings shard as stored: its JSON text. */
export function serialisePostings(postings: Record<string, number[]>): string {
  return JSON.stringify(postings);
}

/**
 * Appends a shard of later documents' postings to a shard of earlier ones: each term's list
 * continues where the earlier list ends (its first doc number becomes a delta again).
 */
export function appendPostings(
  earlier: Record<string, number[]>,
  later: Record<string, number[]>,
): Record<string, number[]> {
  const out = earlier;
  for (const [term, list] of Object.entries(later)) {
    const before = out[term];
    if (!before || before.length === 0) {
      out[term] = list;
      continue;
    }
    let last = 0;
    for (const posting of before) last += Math.floor(posting / POSTING_SCORE_BASE);
    const first = list[0]!;
    const firstDoc = Math.floor(first / POSTING_SCORE_BASE);
    if (firstDoc <= last) throw new Error(`search index: postings of ${term} do not follow on`);
    before.push((firstDoc - last) * POSTING_SCORE_BASE + (first % POSTING_SCORE_BASE));
    for (let i = 1; i < list.length; i++) before.push(list[i]!);
  }
  return out;
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
    planDocuments(
      dailies.map((d) => ({ date: d.date, language: d.language, ids: d.papers.map((p) => p.id) })),
    ),
    requested,
  );
  for (const d of dailies) builder.addDay(d);
  const stats = builder.stats;
  const files = new Map<string, string>();
  for (const [name, content, postings] of builder.files())
    files.set(name, content ?? serialisePostings(postings!));
  return { files, stats };
}
