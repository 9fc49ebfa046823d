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
import { NotFoundPage, PAGES } from '@/app/pages';

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
        {PAGES.map(({ path, Page }) =>
          path === undefined ? (
            <Route key="index" index element={<Page />} />
          ) : (
            <Route key={path} path={path} element={<Page />} />
          ),
        )}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
