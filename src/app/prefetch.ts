import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { preloadVirtualRows } from '@/features/daily/virtual-rows-loader';
import { isLongDay } from '@/entities/digests/long-day';
import {
  dailyQueryOptions,
  manifestQueryOptions,
  paperIndexQueryOptions,
  weeklyQueryOptions,
} from '@/entities/digests/api';
import type { Manifest, ManifestDaily } from '@/schema/digest';
import { dailyKey, paperIndexKey } from '@/schema/keys';
import { newestDate, previousVisit } from '@/lib/visits';
import { getLibrary } from '@/entities/reading-list/store';
import { loadWatchMatcher } from '@/entities/watches/load-matcher';
import { preloadForYouRanker } from '@/entities/ranking/for-you-loader';
import { preloadPage } from './pages';

/**
 * A page sorted For you: the order's code now; once the page's first list is in (its first
 * screen's bytes go first), the ranking data of the days shown (a range's every day: /since
 * ranks them all at once) and of the signals' days, the model, and the days' scores, in the
 * ranking worker, while the page hydrates and a range's older lists load (docs/decisions/0038,
 * 0040).
 */
function warmForYou(
  m: Manifest,
  days: readonly ManifestDaily[],
  after: Promise<unknown>,
  page: string,
): void {
  preloadForYouRanker();
  const files = days.flatMap((d) => m.rank?.[dailyKey(d)] ?? []);
  if (files.length === 0) return;
  const shown = { language: days[0]!.language ?? null, files };
  void after
    .then(() => import('@/entities/ranking/warm'))
    .then(
      ({ warmForYou: warm }) => warm(m, shown, getLibrary(), page),
      () => undefined,
    );
}

/** A daily page's files: its list, the weeks around it, and the code and data it will need. */
function prefetchDay(
  queryClient: QueryClient,
  m: Manifest,
  date: string,
  params: URLSearchParams,
): Promise<unknown> {
  const lang = params.get('lang');
  const entry = m.dailies.find(
    (d) => d.date === date && (lang === null || (d.language ?? 'raw') === lang),
  );
  // The weeks around the day give its trend filters: awaited with the day's list, so that
  // a prerendered page is hydrated from the same data it was rendered with.
  const files = m.weeklies
    .filter((w) => w.start <= date && date <= w.end)
    .map((w) => queryClient.prefetchQuery(weeklyQueryOptions(w.file)));
  if (!entry) return Promise.all(files);
  if (isLongDay(entry.paperCount)) preloadVirtualRows();
  files.push(queryClient.prefetchQuery(dailyQueryOptions(entry.file)));
  const all = Promise.all(files);
  if (params.get('sort') === 'for-you') warmForYou(m, [entry], all, `/daily/${date}`);
  return all;
}

/** A list of days waits for the watch matcher's code when the reader has watches: asked for now. */
function preloadWatchMatcher(): void {
  if (getLibrary().watches?.length) void loadWatchMatcher();
}

/**
 * Starts the fetches the page at `pathname` needs, and its code. The promise settles when the
 * manifest and, for a daily page, the day's list and its weeks have arrived or failed; a
 * failure is left for the page to show.
 */
export function prefetchRouteData(
  queryClient: QueryClient,
  pathname: string,
  search: string,
): Promise<void> {
  // The page's code, in parallel with its data (a failed load is the page's to show).
  preloadPage(pathname).catch(() => undefined);
  const after = (next: (manifest: Manifest) => unknown) =>
    queryClient
      .ensureQueryData(manifestQueryOptions())
      .then(next)
      .then(
        () => undefined,
        () => undefined,
      );
  const daily = matchPath('/daily/:date', pathname);
  if (daily?.params.date) {
    preloadWatchMatcher();
    const date = daily.params.date;
    return after((m) => prefetchDay(queryClient, m, date, new URLSearchParams(search)));
  }
  const weekly = matchPath('/weekly/:id', pathname);
  if (weekly) {
    return after((m) => {
      const entry = m.weeklies.find((w) => w.id === weekly.params.id);
      if (entry) void queryClient.prefetchQuery(weeklyQueryOptions(entry.file));
    });
  }
  const paper = matchPath('/paper/*', pathname);
  if (paper) {
    return after((m) => {
      const file = m.paperIndex[paperIndexKey(decodeURIComponent(paper.params['*'] ?? ''))];
      if (file) void queryClient.prefetchQuery(paperIndexQueryOptions(file));
    });
  }
  if (matchPath('/search', pathname)) {
    return after((m) => {
      // The search's code is its page's: loaded here, in parallel with the page.
      const file = m.search;
      if (file)
        void import('@/features/search/api').then(({ searchMetaQueryOptions }) =>
          queryClient.prefetchQuery(searchMetaQueryOptions(file)),
        );
    });
  }
  if (matchPath('/since', pathname)) {
    // A range of days is a long list: its virtual list's code too.
    preloadVirtualRows();
    preloadWatchMatcher();
    return after((m) =>
      // The days' lists, in parallel with the page's code (the range's rules come with it).
      import('@/features/daily/range').then(({ daysIn, sinceRange }) => {
        const params = new URLSearchParams(search);
        const newest = newestDate(m);
        if (!newest) return;
        const { from, to } = sinceRange(newest, params, previousVisit(newest));
        // The newest day alone: its papers are the first screen. The page asks for the older
        // days once that screen is painted (src/features/daily/since-page.tsx).
        const days = daysIn(m, from, to, params.get('lang'));
        const [first] = days;
        if (!first) return;
        const list = queryClient.prefetchQuery(dailyQueryOptions(first.file));
        if (params.get('sort') !== 'for-you') return;
        const entries = days.flatMap((day) => m.dailies.find((d) => d.file === day.file) ?? []);
        warmForYou(m, entries, list, '/since');
      }),
    );
  }
  return after(() => undefined);
}
