/**
 * What the daily page shows of a day under the reader's filters: the papers that pass, grouped
 * by category, the terms to highlight, which cards are open, and the day's details (loaded when
 * a card opens or the text filter needs them).
 */
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { use, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { dailyDetailsQueryOptions, weeklyQueryOptions } from '@/entities/digests/api';
import { useLibraryValue, type Watch } from '@/entities/reading-list/store';
import type { WatchHits } from '@/entities/watches/match';
import { watchMatcherModule } from '@/entities/watches/load-matcher';
import { errorMessage } from '@/lib/error-message';
import { queryTerms } from '@/lib/highlight';
import { inForYouOrder, type ForYouView } from '@/entities/ranking/for-you-state';
import type {
  DailyList,
  ManifestWeekly,
  PaperDetails,
  PaperEntry,
  WeeklyDigest,
} from '@/schema/digest';
import { filterPapers, groupByCategory, prepareTextFilter, type DailyFilters } from './filters';
import { createOpenCards, useOpenLater } from './open-cards';

/** Paper ids linked to each trend of the weeks covering the day. */
function combineTrendPapers(
  results: readonly { data?: { trendLinks: WeeklyDigest['trendLinks'] } | undefined }[],
) {
  const map = new Map<string, Set<string>>();
  for (const r of results) {
    for (const link of r.data?.trendLinks ?? []) {
      const set = map.get(link.trend) ?? new Set<string>();
      for (const p of link.papers) if (p.id) set.add(p.id);
      map.set(link.trend, set);
    }
  }
  return map;
}

function useTrendPapers(weeklies: readonly ManifestWeekly[]) {
  return useQueries({
    queries: weeklies.map((w) => weeklyQueryOptions(w.file)),
    combine: combineTrendPapers,
  });
}

/**
 * The day's details (abstracts and summary sections) are a separate file, fetched when a card
 * is opened or about to be, or when the text filter needs them: the list paints without them.
 */
function useDayDetails(file: string, needed: boolean) {
  const queryClient = useQueryClient();
  const options = dailyDetailsQueryOptions(file);
  const query = useQuery({ ...options, enabled: needed });
  const byId = useMemo(
    () => (query.data ? new Map(query.data.papers.map((d) => [d.id, d])) : undefined),
    [query.data],
  );
  const { refetch } = query;
  const error = useMemo(
    () =>
      query.error ? { message: errorMessage(query.error), retry: () => void refetch() } : undefined,
    [query.error, refetch],
  );
  // Intent (a pointer over Details, focus on it) loads the details ahead; it does not fetch a
  // file that failed again: that is the card's "Try again", not every hover.
  const want = useCallback(() => {
    const options = dailyDetailsQueryOptions(file);
    if (queryClient.getQueryState(options.queryKey)?.status === 'error') return;
    void queryClient.prefetchQuery(options);
  }, [queryClient, file]);
  return { byId, error, want, pending: needed && query.isPending };
}

/** What each paper of the day matches of the reader's watches; undefined without watches. */
function useWatchHits(digest: DailyList, watches: readonly Watch[] | undefined) {
  // The matcher's code is loaded only for a reader with watches; the list waits for it (it
  // is usually in: the page asked for it as it started), so a muted paper never shows first.
  const code = watches?.length ? watchMatcherModule() : null;
  const matcher = code instanceof Promise ? use(code) : code;
  return useMemo(() => {
    if (!watches?.length || !matcher) return undefined;
    const match = matcher.watchMatcher(watches);
    return new Map(digest.papers.map((p) => [p.id, match(p)]));
  }, [digest, watches, matcher]);
}

/** The day's papers that pass the filters, and what each matches of the reader's watches. */
function useVisible(
  digest: DailyList,
  filters: DailyFilters,
  deferredQuery: string,
  trendPapers: ReadonlyMap<string, ReadonlySet<string>>,
  detailsById: ReadonlyMap<string, PaperDetails> | undefined,
) {
  // Keys that change only when the selection does (the arrays are new on every URL change).
  const catKey = filters.categories.join('\n');
  const trendKey = filters.trends.join('\n');
  const hideRead = Boolean(filters.hideRead);
  // Read state matters to the list only while read papers are hidden: saving or marking a
  // paper otherwise does not filter the day again.
  const read = useLibraryValue((lib) => (hideRead ? lib.read : undefined));
  const watches = useLibraryValue((lib) => lib.watches);
  const hits = useWatchHits(digest, watches);
  const watched = Boolean(filters.watched);
  const showMuted = Boolean(filters.showMuted);
  const filtered = useMemo(() => {
    const f = {
      categories: catKey ? catKey.split('\n') : [],
      trends: trendKey ? trendKey.split('\n') : [],
      query: deferredQuery,
      hideRead,
      watched,
      showMuted,
    };
    return filterPapers(digest.papers, f, { trendPapers, details: detailsById, read, hits });
  }, [
    digest,
    catKey,
    trendKey,
    deferredQuery,
    hideRead,
    watched,
    showMuted,
    read,
    hits,
    trendPapers,
    detailsById,
  ]);
  return { visible: useSameItems(filtered), hits };
}

/**
 * `next`, or the array given before when it holds the same items in the same order: the
 * day's details arriving (a card opened), which the text filter reads, do not give the list
 * new rows when no filter changed what passes.
 */
function useSameItems<T>(next: readonly T[]): readonly T[] {
  const [kept, setKept] = useState(next);
  if (kept === next) return kept;
  if (kept.length === next.length && kept.every((item, i) => item === next[i])) return kept;
  setKept(next);
  return next;
}

/**
 * A range of days' details (/since): the details file of each opened paper's day, merged. The
 * text filter searches the lists only there (a month's details are megabytes).
 */
function useRangeDetails(
  expanded: ReadonlySet<string>,
  detailsOf: (id: string) => string | undefined,
) {
  const files = [...new Set([...expanded].flatMap((id) => detailsOf(id) ?? []))].sort();
  const { byId, failed } = useQueries({
    queries: files.map((f) => dailyDetailsQueryOptions(f)),
    combine: combineDetails,
  });
  const error = useMemo(
    () =>
      failed
        ? { message: errorMessage(failed.error), retry: () => void failed.refetch() }
        : undefined,
    [failed],
  );
  return { byId, error, want: NOTHING, pending: false };
}

function combineDetails(
  results: readonly {
    data?: { papers: readonly PaperDetails[] } | undefined;
    error: unknown;
    refetch: () => unknown;
  }[],
) {
  const m = new Map<string, PaperDetails>();
  for (const r of results) for (const d of r.data?.papers ?? []) m.set(d.id, d);
  return { byId: m.size > 0 ? m : undefined, failed: results.find((r) => r.error) };
}

export interface DayViewOptions {
  /** For a range of days: each paper's details file (its day's). */
  detailsOf?: ((id: string) => string | undefined) | undefined;
}

/** How many of the day's papers each primary category has. */
function countByCategory(papers: readonly PaperEntry[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const p of papers) m.set(p.categories[0] ?? '', (m.get(p.categories[0] ?? '') ?? 0) + 1);
  return m;
}

/** Papers a negative keyword matches. */
function countMuted(hits: ReadonlyMap<string, WatchHits> | undefined): number {
  let n = 0;
  for (const h of hits?.values() ?? []) if (h.negative.length > 0) n += 1;
  return n;
}

/**
 * The visible papers in the For-you order (muted ones last) as one list without category
 * headings, or in the day's order under their categories.
 */
function useOrderedGroups(
  visible: readonly PaperEntry[],
  order: ForYouView['order'],
  hits: ReadonlyMap<string, WatchHits> | undefined,
) {
  const ordered = useMemo(
    () =>
      order
        ? inForYouOrder(
            visible,
            order,
            (p) => p.id,
            (p) => Boolean(hits?.get(p.id)?.negative.length),
          )
        : visible,
    [visible, order, hits],
  );
  const groups = useMemo(
    () => (order ? [{ category: '', papers: ordered }] : groupByCategory(visible)),
    [order, ordered, visible],
  );
  return { ordered, groups };
}

export function useDayView(
  digest: DailyList,
  weeklies: readonly ManifestWeekly[],
  filters: DailyFilters,
  text: string,
  ranking: ForYouView,
  options: DayViewOptions = {},
) {
  const trendPapers = useTrendPapers(weeklies);
  const trendNames = useMemo(() => [...new Set(weeklies.flatMap((w) => w.trends))], [weeklies]);
  const counts = useMemo(() => countByCategory(digest.papers), [digest]);
  const deferredQuery = useDeferredValue(text);
  // The text filter's search text, built while the page is idle, not in the first keystroke.
  useEffect(() => prepareTextFilter(digest.papers), [digest]);
  const [openCards] = useState(createOpenCards);
  const range = options.detailsOf !== undefined;
  // A day's details load when a card opens (`open`, below) or the text filter needs them; a
  // range's, each open card's day's (after the tap is painted).
  const dayDetails = useDayDetails(digest.details, !range && text.trim() !== '');
  const rangeDetails = useRangeDetails(
    useOpenLater(openCards, range),
    options.detailsOf ?? (() => undefined),
  );
  const details = range ? rangeDetails : dayDetails;
  const { want } = details;
  // Opening cards asks for the day's details, not the page's render: the tap draws the card.
  const open = useMemo(
    () => ({
      toggle: (id: string) => {
        if (!openCards.get().has(id)) want();
        openCards.toggle(id);
      },
      all: (ids: readonly string[]) => {
        if (ids.length > 0) want();
        openCards.set(new Set(ids));
      },
    }),
    [openCards, want],
  );
  const { visible, hits } = useVisible(digest, filters, deferredQuery, trendPapers, details.byId);
  const muted = useMemo(() => countMuted(hits), [hits]);
  const order = ranking.order;
  const { ordered, groups } = useOrderedGroups(visible, order, hits);
  const terms = useMemo(() => queryTerms(deferredQuery), [deferredQuery]);
  return {
    trendNames,
    counts,
    searching: deferredQuery.trim() !== '',
    /** Which cards are open (a card reads its own entry: ./open-cards.ts), and opening them. */
    openCards,
    open,
    details,
    visible: ordered,
    groups,
    terms,
    /** Each paper's place and reason, in the For-you order. */
    order,
    /** What each paper matches of the reader's watches (none: no watches). */
    hits,
    /** Papers a negative keyword matches (hidden unless `showMuted`). */
    muted,
  };
}

export type DayView = ReturnType<typeof useDayView>;

/** A range's details load when a card opens, not on intent: one function, so rows stay memoised. */
const NOTHING = () => undefined;
