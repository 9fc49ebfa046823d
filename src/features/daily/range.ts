/**
 * The days of a range (/since) and their papers merged: every paper once, with every date it
 * was listed on, shown from its latest listing (weekend files repeat Friday's papers).
 */
import type { DailyList, Manifest, PaperEntry } from '@/schema/digest';

export interface RangeDay {
  date: string;
  file: string;
}

/** One digest per date in [from, to], newest first, in `language` when a date has several. */
export function daysIn(
  manifest: Manifest,
  from: string,
  to: string,
  language: string | null,
): RangeDay[] {
  const out: RangeDay[] = [];
  const seen = new Set<string>();
  for (const d of manifest.dailies) {
    if (d.date < from || d.date > to || seen.has(d.date)) continue;
    const same = manifest.dailies.filter((x) => x.date === d.date);
    const pick = same.find((x) => x.language === language) ?? same[0]!;
    seen.add(d.date);
    out.push({ date: d.date, file: pick.file });
  }
  return out.sort((a, b) => (a.date < b.date ? 1 : -1));
}

export interface MergedRange {
  papers: PaperEntry[];
  /** The dates each paper was listed on, oldest first. */
  dates: Map<string, string[]>;
  /** Each paper's day (its latest listing): where its details and ranking data are. */
  dayOf: Map<string, DailyList>;
  listings: number;
}

/** The days' papers, each once, newest day first and each day in its own order. */
export function mergeDays(lists: readonly DailyList[]): MergedRange {
  const sorted = [...lists].sort((a, b) => (a.date < b.date ? 1 : -1));
  const papers: PaperEntry[] = [];
  const dates = new Map<string, string[]>();
  const dayOf = new Map<string, DailyList>();
  let listings = 0;
  for (const list of sorted)
    for (const p of list.papers) {
      listings += 1;
      const known = dates.get(p.id);
      if (known) {
        known.unshift(list.date);
        continue;
      }
      dates.set(p.id, [list.date]);
      dayOf.set(p.id, list);
      papers.push(p);
    }
  return { papers, dates, dayOf, listings };
}

/** ISO date arithmetic in UTC. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export interface SinceRange {
  from: string;
  to: string;
  /** The URL named the range (`?from=` or `?to=`). */
  explicit: boolean;
  /** The range starts after the reader's previous visit. */
  sinceVisit: boolean;
}

/**
 * The range /since shows: `?from=&to=`, else the days after the previous visit, else (a first
 * visit) the last three days.
 */
export function sinceRange(
  newest: string,
  params: URLSearchParams,
  previous: string | null,
): SinceRange {
  const fromParam = params.get('from') ?? '';
  const toParam = params.get('to') ?? '';
  const explicit = ISO.test(fromParam) || ISO.test(toParam);
  const to = ISO.test(toParam) ? toParam : newest;
  const sinceVisit = !explicit && previous !== null;
  const from = ISO.test(fromParam)
    ? fromParam
    : sinceVisit
      ? addDays(previous, 1)
      : addDays(to, -2);
  return { from, to, explicit, sinceVisit };
}
