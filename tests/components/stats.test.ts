import { describe, expect, it } from 'vitest';
import { papersPerDay } from '@/features/stats/stats-data';
import type { Manifest } from '@/schema/digest';

const day = (date: string, language: string | null, categories: Record<string, number>) => ({
  date,
  language,
  file: `daily/${date}.${language ?? 'raw'}.aaaaaaaaaaaa.json`,
  paperCount: Object.values(categories).reduce((a, b) => a + b, 0),
  categories,
});

describe('papers per category per day', () => {
  it('counts each date once, on its own date, with the largest categories apart', () => {
    const categories = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`cs.C${String.fromCharCode(65 + i)}`, 10 - i]),
    );
    const manifest: Manifest = {
      schemaVersion: 2,
      dailies: [
        day('2026-03-02', 'zh', { 'cs.CA': 3, '': 1 }),
        // The same date in two languages: counted once, by the larger digest.
        day('2026-03-01', 'en', { 'cs.CA': 1 }),
        day('2026-03-01', 'zh', categories),
      ],
      weeklies: [],
      paperIndex: {},
    };
    const { rows, categories: shown } = papersPerDay(manifest);
    expect(rows.map((r) => [r.date, r.total])).toEqual([
      ['2026-03-01', 55],
      ['2026-03-02', 4],
    ]);
    expect(shown).toHaveLength(9);
    expect(shown.at(-1)).toBe('other');
    expect(shown[0]).toBe('cs.CA');
    expect(rows[0]!['cs.CA']).toBe(10);
    // cs.CI (2) and cs.CJ (1) and the uncategorised paper are "other".
    expect(rows[0]!.other).toBe(3);
    expect(rows[1]!.other).toBe(1);
    expect(rows.every((r) => shown.reduce((s, c) => s + Number(r[c]), 0) === r.total)).toBe(true);
  });
});
