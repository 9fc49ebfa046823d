/**
 * A page sorted For you, as it starts (src/app/prefetch.ts): the ranking worker fetches and
 * decodes the ranking data the order will need (the shown days', the signals' days') and trains
 * the model on the reader's signals, while the page's code and lists load and the page
 * hydrates. The page's first request is then answered with them (docs/decisions/0038).
 */
import type { Library } from '@/entities/reading-list/store';
import type { Manifest } from '@/schema/digest';
import type { RankWarm } from './types';
import { signalDates, signalsOf, textsOf } from './signals';
import { refsOf, signalDays, warmRanking } from './use-for-you';

/**
 * The last warm-up sent, with its page: a filter's change starts the page's fetches again
 * (prefetch.ts), not this.
 */
let sent = '';

export function warmForYou(
  manifest: Manifest,
  /** The days shown: their language (the newest's), and their ranking data. */
  shown: { language: string | null; files: readonly string[] },
  lib: Library,
  /** The page's path. */
  page: string,
): void {
  const signals = signalsOf(lib);
  if (shown.files.length === 0 || signals.length === 0) return;
  // The files the page's request names (use-for-you.ts). The day shown names its own in its
  // list, the same file the manifest names for it.
  const days = signalDays(manifest, signalDates(signals), shown.language);
  const signalFiles: [string, string][] = [];
  for (const [day, { rank }] of days) if (rank) signalFiles.push([day, rank]);
  const message: RankWarm = {
    kind: 'warm',
    files: [...new Set([...shown.files, ...signalFiles.map(([, file]) => file)])],
    positives: refsOf(signals, signalFiles, true),
    negatives: refsOf(signals, signalFiles, false),
    texts: textsOf(lib, new Set(signalFiles.map(([day]) => day))).length > 0,
  };
  const key = JSON.stringify([page, message]);
  if (key === sent) return;
  sent = key;
  warmRanking(message);
}
