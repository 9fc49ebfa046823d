/**
 * Plain helpers on the data format's names, without zod: the app's first bundle imports these
 * and must not pull in the schemas (they are checked in the data worker).
 */

/**
 * The shard of the paper index that holds an id: the new scheme's YYMM (2602.05167 → 2602),
 * the old scheme's archive and YYMM (hep-th/9901001 → hep-th-9901).
 */
export function paperIndexKey(id: string): string {
  const m = /^(\d{4})\./.exec(id);
  if (m) return m[1]!;
  const old = /^([a-z-]+)(?:\.[A-Z]{2})?\/(\d{4})/.exec(id);
  return old ? `${old[1]}-${old[2]}` : 'other';
}

/** The key naming one daily digest: `2026-02-06.zh`, or `2026-02-06.raw` without summaries. */
export function dailyKey(d: { date: string; language: string | null }): string {
  return `${d.date}.${d.language ?? 'raw'}`;
}

/** The arXiv id without a version suffix: 2602.05167v2 → 2602.05167. */
export function stripArxivVersion(id: string): string {
  return id.trim().replace(/v\d+$/, '');
}
