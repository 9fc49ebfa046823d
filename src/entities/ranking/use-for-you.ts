/**
 * The For-you order of a day (docs/decisions/0022): the reader's signals (saved papers and
 * those marked Not interested, each with the day it came from) are resolved to their days'
 * ranking data, and the ranking worker trains on them and ranks the day. Everything stays in
 * this browser; the worker fetches only the published data files.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { dailyQueryOptions, manifestQueryOptions } from '@/entities/digests/api';
import type { Library } from '@/entities/reading-list/store';
import type { Reason } from '@/ranking/rank';
import type { Manifest } from '@/schema/digest';
import { dailyKey } from '@/schema/keys';
import { type Signal, signalDates, signalsOf, textsOf } from './signals';
import type { RankedList, RankRequest, RankResponse, RankWarm, SignalRef } from './types';

/** The order as computed, before the page's words are put to it (./for-you-ranker.tsx). */
export type ForYou =
  | { status: 'no-signals' }
  | { status: 'ranking' }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      /** Each paper's place (0 = first). */
      order: ReadonlyMap<string, number>;
      /** Why each paper is there. */
      reasons: ReadonlyMap<string, Reason>;
      signals: number;
      ms: number;
    };

/**
 * The digest of each date, in the day's language when there is one: its list file, and its
 * ranking data when the manifest names it (manifests from before that: its list does).
 */
export function signalDays(
  manifest: Manifest | undefined,
  dates: readonly string[],
  language: string | null,
) {
  const days = new Map<string, { file: string; rank: string | undefined }>();
  if (!manifest) return days;
  for (const date of dates) {
    const same = manifest.dailies.filter((d) => d.date === date);
    const entry = same.find((d) => d.language === language) ?? same[0];
    if (entry) days.set(date, { file: entry.file, rank: manifest.rank?.[dailyKey(entry)] });
  }
  return days;
}

/** The positive (or negative) signals by their days' ranking data (`[date, file]`). */
export function refsOf(
  signals: readonly Signal[],
  signalFiles: readonly (readonly [string, string])[],
  positive: boolean,
): SignalRef[] {
  const byDate = new Map(signalFiles);
  return signals.flatMap((s) => {
    const file = s.positive === positive ? byDate.get(s.date) : undefined;
    return file ? [{ id: s.id, file }] : [];
  });
}

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, (r: RankResponse) => void>();

function rankWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./rank-worker.ts', import.meta.url), {
    type: 'module',
    name: 'ranking',
  });
  w.onmessage = (event: MessageEvent<RankResponse>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  w.onerror = (event) => {
    event.preventDefault();
    for (const [id, resolve] of waiting)
      resolve({ id, ok: false, message: 'the ranking worker failed' });
    waiting.clear();
    w.terminate();
    worker = null;
  };
  return (worker = w);
}

/** Files fetched and a model trained ahead of the first request (./warm.ts). */
export function warmRanking(message: RankWarm): void {
  rankWorker().postMessage(message);
}

function rank(request: Omit<RankRequest, 'id'>): Promise<RankResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    rankWorker().postMessage({ ...request, id } satisfies RankRequest);
  });
}

export interface ForYouOptions {
  /** The ranking data of a range of days (/since); a day's own otherwise. */
  rankFiles?: readonly string[] | undefined;
  /** The papers have no ranking data (search results): they are ranked by their text. */
  byText?: boolean | undefined;
  /**
   * More papers are on their way (a range's older days): the order waits for them, so that
   * the list is reordered once, not once for the newest day and again for the range.
   */
  pending?: boolean | undefined;
}

export function useForYou(
  digest: RankedList,
  lib: Library,
  { rankFiles, byText = false, pending = false }: ForYouOptions = {},
): ForYou {
  const dayFiles = useMemo(
    () => rankFiles ?? (digest.rank ? [digest.rank] : []),
    [rankFiles, digest.rank],
  );
  const signals = useMemo(() => signalsOf(lib), [lib]);
  const dates = useMemo(() => signalDates(signals), [signals]);
  const manifest = useQuery({ ...manifestQueryOptions(), enabled: dates.length > 0 });
  const days = useMemo(
    () => signalDays(manifest.data, dates, digest.language),
    [manifest.data, dates, digest.language],
  );
  // The manifest names the signals' days' ranking data; an older one does not, and their
  // lists are fetched for it. The day shown names its own.
  const own = (date: string, rank: string | undefined) => date === digest.date || Boolean(rank);
  const lists = useQueries({
    queries: [...days].map(([date, { file, rank }]) => ({
      ...dailyQueryOptions(file),
      enabled: !own(date, rank),
    })),
  });
  const signalFiles = new Map<string, string>();
  let settled = true;
  [...days].forEach(([date, { rank }], i) => {
    const file = date === digest.date ? digest.rank : (rank ?? lists[i]?.data?.rank);
    if (file) signalFiles.set(date, file);
    if (!own(date, rank) && lists[i]!.isPending) settled = false;
  });
  // A key that changes only when the files do (the lists' array is new on every render).
  const key = JSON.stringify([...signalFiles]);
  const request = useMemo(
    () =>
      dayFiles.length > 0 || byText
        ? requestOf(digest, dayFiles, signals, JSON.parse(key) as [string, string][], lib, byText)
        : null,
    [digest, signals, key, lib, dayFiles, byText],
  );

  const [result, setResult] = useState<{ for: typeof request; value: ForYou } | null>(null);
  const positives = signals.filter((s) => s.positive).length + (request?.texts.length ?? 0);
  const ready =
    !pending && request !== null && settled && (dates.length === 0 || manifest.data !== undefined);
  useEffect(() => {
    if (!ready || !request || positives === 0) return;
    let live = true;
    void rank(request).then((r) => {
      if (!live) return;
      const value: ForYou = r.ok
        ? {
            status: 'ready',
            order: new Map(r.ranked.map((x, i) => [x.id, i])),
            reasons: new Map(r.ranked.map((x) => [x.id, x.reason])),
            signals: r.used + request.negatives.length,
            ms: r.ms,
          }
        : { status: 'error', message: r.message };
      setResult({ for: request, value });
    });
    return () => {
      live = false;
    };
  }, [ready, request, positives]);

  // The same object while nothing changes: it is handed to the page through state.
  if (dayFiles.length === 0 && !byText) return NO_DATA;
  if (positives === 0) return NO_SIGNALS;
  // While a new order is computed (after a Save), the last one stays on screen.
  if (result && sameList(result.for, request)) return result.value;
  return RANKING;
}

const RANKING: ForYou = { status: 'ranking' };
const NO_SIGNALS: ForYou = { status: 'no-signals' };
const NO_DATA: ForYou = { status: 'error', message: 'this day has no ranking data' };

/** What the worker is asked: the papers to rank, and the signals by their days' data. */
function requestOf(
  digest: RankedList,
  dayFiles: readonly string[],
  signals: readonly Signal[],
  signalFiles: readonly [string, string][],
  lib: Library,
  byText: boolean,
): Omit<RankRequest, 'id'> {
  return {
    day: byText ? { files: [], ids: [] } : { files: dayFiles, ids: digest.papers.map((p) => p.id) },
    positives: refsOf(signals, signalFiles, true),
    negatives: refsOf(signals, signalFiles, false),
    texts: textsOf(lib, new Set(signalFiles.map(([date]) => date))),
    ...(byText
      ? {
          candidates: digest.papers.map((p) => ({
            id: p.id,
            title: p.title,
            abstract: p.tldr ?? '',
            authors: p.authors,
            categories: p.categories,
          })),
        }
      : {}),
  };
}

/** The same papers ranked (a new signal changes the request, not what is ranked). */
function sameList(a: Omit<RankRequest, 'id'> | null, b: Omit<RankRequest, 'id'> | null) {
  if (!a || !b) return false;
  if (a.candidates || b.candidates)
    return a.candidates?.map((c) => c.id).join() === b.candidates?.map((c) => c.id).join();
  return a.day.files.join() === b.day.files.join();
}
