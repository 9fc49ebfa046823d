/**
 * The reader's signals as For you reads them (docs/decisions/0022): light, with no worker, so
 * that a page can ask whether there is anything to rank by without loading the ranker.
 */
import type { Library } from '@/entities/reading-list/store';
import type { TextSignal } from './types';

/** Signals from at most this many days are used (the most recent ones). */
export const SIGNAL_DAYS_MAX = 30;

export interface Signal {
  id: string;
  date: string;
  positive: boolean;
}

/** The signals that have a day in the archive (saved, dismissed, imported and listed). */
export function signalsOf(lib: Library): Signal[] {
  const out: Signal[] = [];
  for (const p of Object.values(lib.saved))
    if (p.date) out.push({ id: p.id, date: p.date, positive: true });
  for (const [id, d] of Object.entries(lib.dismissed ?? {}))
    if (d.date) out.push({ id, date: d.date, positive: false });
  for (const [key, p] of Object.entries(lib.imported ?? {}))
    if (p.date && !lib.saved[key] && !lib.dismissed?.[key])
      out.push({ id: key, date: p.date, positive: true });
  return out;
}

/**
 * Imported papers that count by their text: those the archive does not have, and those
 * whose day is not among the days used.
 */
export function textsOf(lib: Library, days: ReadonlySet<string>): TextSignal[] {
  const imported = Object.entries(lib.imported ?? {}).flatMap(([key, p]) =>
    p.title && !(p.date && days.has(p.date)) && !lib.dismissed?.[key]
      ? [{ id: key, title: p.title, abstract: p.abstract ?? '', authors: p.authors }]
      : [],
  );
  // Watches teach it too: a keyword as a title, an author as an author, a category as one.
  const watches = (lib.watches ?? []).flatMap((w): TextSignal[] => {
    const id = `watch:${w.kind}:${w.value}`;
    if (w.kind === 'keyword') return [{ id, title: w.value, abstract: '', authors: [] }];
    if (w.kind === 'author') return [{ id, title: '', abstract: '', authors: [w.value] }];
    if (w.kind === 'category')
      return [{ id, title: '', abstract: '', authors: [], categories: [w.value] }];
    return [];
  });
  return [...watches, ...imported];
}

/** The days whose signals are used: the most recent ones. */
export function signalDates(signals: readonly Signal[]): string[] {
  const all = [...new Set(signals.map((s) => s.date))].sort().reverse();
  return all.slice(0, SIGNAL_DAYS_MAX);
}

/**
 * The list has something For you learns what the reader wants from: a positive signal or a
 * text signal (Not interested alone only says what they do not want). The same rule as the
 * ranker's (`useForYou`), so a link sorted For you never lands on its empty state.
 */
export function hasPositiveSignals(lib: Library): boolean {
  return signalsOf(lib).some((s) => s.positive) || textsOf(lib, new Set()).length > 0;
}
