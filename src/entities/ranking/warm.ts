/**
 * A page sorted For you, as it starts (src/app/prefetch.ts): the ranking worker fetches and
 * decodes the ranking data the order will need (the day's, its signals' days') and trains the
 * model on the reader's signals, while the page's code and list load and the page hydrates.
 * The page's first request is then answered from them (docs/decisions/0038).
 */
import type { Library } from '@/entities/reading-list/store';
import type { Manifest } from '@/schema/digest';
import { dailyKey } from '@/schema/keys';
import { refsOf, signalDates, signalDays, signalsOf, textsOf, warmRanking } from './use-for-you';

export function warmForYou(
  manifest: Manifest,
  date: string,
  lang: string | null,
  lib: Library,
): void {
  const entry = manifest.dailies.find(
    (d) => d.date === date && (lang === null || (d.language ?? 'raw') === lang),
  );
  const own = entry && manifest.rank?.[dailyKey(entry)];
  const signals = signalsOf(lib);
  if (!entry || !own || signals.length === 0) return;
  // The files the page's request will name (use-for-you.ts): the day shown names its own.
  const days = signalDays(manifest, signalDates(signals), entry.language ?? null);
  const signalFiles: [string, string][] = [];
  for (const [day, { rank }] of days) {
    const file = day === date ? own : rank;
    if (file) signalFiles.push([day, file]);
  }
  warmRanking({
    kind: 'warm',
    files: [...new Set([own, ...signalFiles.map(([, file]) => file)])],
    positives: refsOf(signals, signalFiles, true),
    negatives: refsOf(signals, signalFiles, false),
    texts: textsOf(lib, new Set(signalFiles.map(([day]) => day))).length > 0,
  });
}
