/**
 * Something the reader follows: a keyword or phrase (any language), a negative keyword (its
 * papers are hidden or put last), an author or a category. Kept apart from the store, so that
 * the ingest (per-watch feeds) can read watches too.
 */
export interface Watch {
  kind: 'keyword' | 'negative' | 'author' | 'category';
  value: string;
  /** When it was added (also its identity with `kind` and `value`). */
  at: string;
}
