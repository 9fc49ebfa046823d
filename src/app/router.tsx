/**
 * The routes, in react-router's declarative mode (ADR 0004 addendum: its data router costs
 * 17 KB of gzip the first page cannot spare). Each route's data is started as soon as the
 * location is known (`prefetchRouteData`), in parallel with a lazy page's code; pages read it
 * through the same query factories and show their own skeleton, error alert or content.
 */
import { useQueryClient } from '@tanstack/react-query';
import { lazy, useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { prefetchRouteData } from '@/app/prefetch';
import { RootLayout } from '@/app/root-layout';
import { DailyPage } from '@/features/daily/daily-page';

const HomePage = lazy(() =>
  import('@/features/home/home-page').then((m) => ({ default: m.HomePage })),
);
const WeeklyPage = lazy(() =>
  import('@/features/weekly/weekly-page').then((m) => ({ default: m.WeeklyPage })),
);
const PaperPage = lazy(() =>
  import('@/features/paper/paper-page').then((m) => ({ default: m.PaperPage })),
);
const SearchPage = lazy(() =>
  import('@/features/search/search-page').then((m) => ({ default: m.SearchPage })),
);
const NotFoundPage = lazy(() =>
  import('@/features/home/not-found-page').then((m) => ({ default: m.NotFoundPage })),
);

export function AppRoutes() {
  const queryClient = useQueryClient();
  const { pathname, search } = useLocation();
  useEffect(() => {
    prefetchRouteData(queryClient, pathname, search);
  }, [queryClient, pathname, search]);
  return (
    <Routes>
      <Route element={<RootLayout />}>
        <Route index element={<HomePage />} />
        <Route path="daily/:date" element={<DailyPage />} />
        <Route path="weekly/:id" element={<WeeklyPage />} />
        <Route path="paper/*" element={<PaperPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
