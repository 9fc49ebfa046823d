/**
 * A day's ranking data (src/ranking): each paper's vector over its title, abstract, AI TL;DR
 * (the other summary sections add time and nothing measurable: ADR 0022), authors and
 * categories, weighted by the day's own document frequencies, so that a day's file depends on
 * that day alone and is written once.
 */
import { SCHEMA_VERSION, type DailyDigest, type DailyRank } from '../../src/schema/digest.ts';
import {
  documentFrequencies,
  FEATURES_VERSION,
  termCounts,
  vectorOf,
} from '../../src/ranking/features.ts';
import { encodeRankFile } from '../../src/ranking/rank-file.ts';

export function dayRank(digest: DailyDigest): DailyRank {
  const counts = digest.papers.map((p) =>
    termCounts({
      title: p.title,
      abstract: p.abstract,
      summary: p.summary.tldr ?? '',
      authors: p.authors,
      categories: p.categories,
    }),
  );
  const df = documentFrequencies(counts);
  const docs = counts.length;
  return encodeRankFile(
    { schemaVersion: SCHEMA_VERSION, date: digest.date, language: digest.language },
    digest.papers.map((p, i) => ({
      id: p.id,
      vector: vectorOf(counts[i]!, (t) => df.get(t) ?? 0, docs),
    })),
  );
}

/** `rank/DATE.LANG.fVERSION.HASH.json.gz`: the features' version is in the name. */
export function rankFileName(key: string, hash: string): string {
  return `rank/${key}.f${FEATURES_VERSION}.${hash}.json.gz`;
}

/** Whether a published rank file has this ingest's features (else the day is published again). */
export function isCurrentRankFile(file: string): boolean {
  return file.includes(`.f${FEATURES_VERSION}.`);
}
