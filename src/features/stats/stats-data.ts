import type { Manifest } from '@/schema/digest';

/** Categories drawn separately; the rest are summed as "other". */
export const TOP = 8;
interface DayRow {
  date: string;
  total: number;
  [category: string]: number | string;
}

/** One row per date (a date with digests in several languages counts its largest). */
export function papersPerDay(manifest: Manifest): { rows: DayRow[]; categories: string[] } {
  const byDate = new Map<string, Manifest['dailies'][number]>();
  for (const d of manifest.dailies) {
    const seen = byDate.get(d.date);
    if (!seen || d.paperCount > seen.paperCount) byDate.set(d.date, d);
  }
  const totals = new Map<string, number>();
  for (const d of byDate.values())
    for (const [c, n] of Object.entries(d.categories))
      totals.set(c || 'uncategorised', (totals.get(c || 'uncategorised') ?? 0) + n);
  const top = [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([c]) => c);
  const hasOther = totals.size > top.length;
  const rows = [...byDate.values()]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((d) => {
      const row: DayRow = { date: d.date, total: d.paperCount };
      for (const c of top) row[c] = 0;
      if (hasOther) row.other = 0;
      for (const [code, n] of Object.entries(d.categories)) {
        const c = code || 'uncategorised';
        const key = top.includes(c) ? c : 'other';
        row[key] = Number(row[key] ?? 0) + n;
      }
      return row;
    });
  return { rows, categories: hasOther ? [...top, 'other'] : top };
}
