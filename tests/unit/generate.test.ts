import { describe, expect, it } from 'vitest';
import { dates, generateDay } from '../../scripts/generate/synthetic.ts';
import { parseJsonlDay } from '../../scripts/ingest/jsonl.ts';
import { Reporter } from '../../scripts/ingest/report.ts';
import { jsonl } from '../helpers/fixtures.ts';

describe('synthetic pipeline output', () => {
  it('is deterministic for a seed and different for another', () => {
    expect(JSON.stringify(generateDay(7, 3, '2026-06-30', 50))).toBe(
      JSON.stringify(generateDay(7, 3, '2026-06-30', 50)),
    );
    expect(JSON.stringify(generateDay(8, 3, '2026-06-30', 50))).not.toBe(
      JSON.stringify(generateDay(7, 3, '2026-06-30', 50)),
    );
  });

  it('ingests with no skip, in Chinese, with every section', () => {
    const records = generateDay(1, 0, '2026-06-30', 300);
    const reporter = new Reporter();
    const day = parseJsonlDay(
      jsonl(records),
      {
        file: 'g.jsonl',
        fileName: 'g.jsonl',
        date: '2026-06-30',
        statedLanguage: 'Chinese',
        enhanced: true,
      },
      reporter,
    );
    expect(reporter.issues).toEqual([]);
    expect(day.papers).toHaveLength(300);
    expect(day.language).toBe('zh');
    expect(
      day.papers.every((p) => p.summary.tldr && p.summary.conclusion && p.abstract.length >= 700),
    ).toBe(true);
  });

  it('has a realistic shape: skewed categories, some math, rare huge author lists and fields', () => {
    const records = Array.from({ length: 10 }, (_, d) =>
      generateDay(1, d, '2026-06-30', 532),
    ).flat();
    const primary = new Map<string, number>();
    for (const r of records)
      primary.set(r.categories[0]!, (primary.get(r.categories[0]!) ?? 0) + 1);
    const ranked = [...primary.entries()].sort((a, b) => b[1] - a[1]);
    expect(ranked[0]![0]).toBe('cs.CV');
    expect(ranked.length).toBeGreaterThan(15);
    expect(records.filter((r) => r.summary.includes('$')).length).toBeGreaterThan(
      records.length / 3,
    );
    expect(records.some((r) => r.authors.length >= 1000)).toBe(true);
    expect(records.some((r) => r.AI.tldr.length >= 3000)).toBe(true);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('counts consecutive dates back from the end', () => {
    expect(dates(3, '2026-03-01')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
  });
});
