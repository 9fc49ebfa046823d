/**
 * A day's ranking data (src/ranking): each paper's vector over its title, abstract, AI
 * summary, authors and categories, weighted by the day's own document frequencies, so that a
 * day's file depends on that day alone and is written once (docs/decisions/0022).
 */
import { SCHEMA_VERSION, type DailyDigest, type DailyRank } from '../../src/schema/digest.ts';
import { documentFrequencies, termCounts, vectorOf } from '../../src/ranking/features.ts';
import { encodeRankFile } from '../../src/ranking/rank-file.ts';
import { summaryText } from './day.ts';

export function dayRank(digest: DailyDigest): DailyRank {
  const counts = digest.papers.map((p) =>
    termCounts({
      title: p.title,
      abstract: p.abstract,
      summary: summaryText(p.summary),
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
