/** The archive search index files (built by the ingest, read by the app): one description. */
import * as z from 'zod/mini';

/** 2: a posting is one number, Δdoc × 16 + score (was a [Δdoc, score] pair). */
export const SEARCH_SCHEMA_VERSION = 2;

export const searchMetaSchema = z.object({
  schemaVersion: z.literal(SEARCH_SCHEMA_VERSION),
  docs: z.int().check(z.nonnegative()),
  shards: z.int().check(z.positive()),
  chunk: z.int().check(z.positive()),
  dates: z.array(z.string()),
  /** Run-length encoded date index of each document, in number order: [dateIndex, count, …]. */
  docDates: z.array(z.int().check(z.nonnegative())),
  categories: z.array(z.string()),
  /** Primary category index of each document: two base-36 digits per document. */
  docCategories: z.string(),
  /** Postings and doc files are `p/N.json.gz` and `d/N.json.gz`, gzip-compressed (ADR 0014). */
  compressed: z.optional(z.boolean()),
  /**
   * Documents from this number on have their postings in `t/N` files beside the `p/N` files
   * of the earlier ones: a query reads both (ADR 0015).
   */
  tailFrom: z.optional(z.int().check(z.nonnegative())),
  /**
   * How many shards' tail postings share one `t/N` file: shard S's are in `t/⌊S / this⌋`
   * (1 when absent). The tail is small; one file per shard would be thousands (ADR 0053).
   */
  tailShardsPerFile: z.optional(z.int().check(z.positive())),
});

export const searchDocSchema = z.object({
  id: z.string(),
  /** Title, first authors, author count, listing dates (newest first), categories, TL;DR start. */
  t: z.string(),
  a: z.array(z.string()),
  n: z.int(),
  d: z.array(z.string()),
  c: z.array(z.string()),
  s: z.optional(z.string()),
});

export type SearchMeta = z.infer<typeof searchMetaSchema>;
export type SearchDoc = z.infer<typeof searchDocSchema>;
