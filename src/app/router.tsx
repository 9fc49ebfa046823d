/**
 * The routes, in react-router's declarative mode (ADR 0004 addendum: its data router costs
 * 17 KB of gzip the first page cannot spare). Each route's data is started as soon as the
 * location is known (`prefetchRouteData`), in parallel with a lazy page's code; pages read it
 * through the same query factories and show their own skeleton, error alert or content.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { prefetchRouteData } from '@/app/prefetch';
import { manifestQueryOptions } from '@/entities/digests/api';
import { newestDate, previousVisit } from '@/lib/visits';
import { RootLayout } from '@/app/root-layout';
import { DailyPage } from '@/features/daily/daily-page';
import { lazyPage } from '@/lib/lazy-page';

const HomePage = lazyPage(
  () => import('@/features/home/home-page'),
  (m) => m.HomePage,
);
const WeeklyPage = lazyPage(
  () => import('@/features/weekly/weekly-page'),
  (m) => m.WeeklyPage,
);
const PaperPage = lazyPage(
  () => import('@/features/paper/paper-page'),
  (m) => m.PaperPage,
);
const SearchPage = lazyPage(
  () => import('@/features/search/search-page'),
  (m) => m.SearchPage,
);
const ReadingListPage = lazyPage(
  () => import('@/features/library/reading-list-page'),
  (m) => m.ReadingListPage,
);
const SincePage = lazyPage(
  () => import('@/features/daily/since-page'),
  (m) => m.SincePage,
);
const WatchesPage = lazyPage(
  () => import('@/features/watches/watches-page'),
  (m) => m.WatchesPage,
);
const StatsPage = lazyPage(
  () => import('@/features/stats/stats-page'),
  (m) => m.StatsPage,
);
const NotFoundPage = lazyPage(
  () => import('@/features/home/not-found-page'),
  (m) => m.NotFoundPage,
);

export function AppRoutes() {
  const queryClient = useQueryClient();
  const { pathname, search } = useLocation();
  useEffect(() => {
    prefetchRouteData(queryClient, pathname, search);
  }, [queryClient, pathname, search]);
  // Any page counts as a visit: /since starts after the previous one (src/lib/visits.ts).
  useEffect(() => {
    void queryClient.ensureQueryData(manifestQueryOptions()).then(
      (m) => void previousVisit(newestDate(m)),
      () => undefined,
    );
  }, [queryClient]);
  return (
    <Routes>
      <Route element={<RootLayout />}>
        <Route index element={<HomePage />} />
        <Route path="daily/:date" element={<DailyPage />} />
        <Route path="weekly/:id" element={<WeeklyPage />} />
        <Route path="paper/*" element={<PaperPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="reading-list" element={<ReadingListPage />} />
        <Route path="watches" element={<WatchesPage />} />
        <Route path="since" element={<SincePage />} />
        <Route path="stats" element={<StatsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
