import type { QueryClient } from '@tanstack/react-query';
import {
  createBrowserRouter,
  type LoaderFunctionArgs,
  type RouteObject,
  type ShouldRevalidateFunctionArgs,
} from 'react-router';
import { AppFallback, RootLayout } from '@/app/root-layout';
import { RouteError } from '@/components/ui/route-error';
import { DailyPage } from '@/features/daily/daily-page';
import { VIRTUALIZE_ABOVE, preloadVirtualRows } from '@/features/daily/list-rows';
import {
  dailyQueryOptions,
  manifestQueryOptions,
  paperIndexQueryOptions,
  weeklyQueryOptions,
} from '@/features/digests/api';
import { HomePage } from '@/features/home/home-page';
import { searchMetaQueryOptions } from '@/features/search/api';
import { paperIndexKey, type Manifest } from '@/schema/digest';

/**
 * Loaders start the fetches a page needs (through the same query factories the pages use)
 * without waiting for them: navigation is immediate and each page shows its own skeleton,
 * error alert or content. A failed fetch is left for the page to show.
 */
function prefetchAfterManifest(queryClient: QueryClient, next: (manifest: Manifest) => void): null {
  queryClient.ensureQueryData(manifestQueryOptions()).then(next, () => undefined);
  return null;
}

/** Filters live in the query string: changing them must not re-run the page's loader. */
function samePathKeepsData({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs): boolean {
  return currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate;
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const daily = ({ params, request }: LoaderFunctionArgs) =>
    prefetchAfterManifest(queryClient, (m) => {
      const lang = new URL(request.url).searchParams.get('lang');
      const entry = m.dailies.find(
        (d) => d.date === params.date && (lang === null || (d.language ?? 'raw') === lang),
      );
      if (entry) void queryClient.prefetchQuery(dailyQueryOptions(entry.file));
      if (entry && entry.paperCount > VIRTUALIZE_ABOVE) preloadVirtualRows();
      for (const w of m.weeklies)
        if (params.date && w.start <= params.date && params.date <= w.end)
          void queryClient.prefetchQuery(weeklyQueryOptions(w.file));
    });
  const weekly = ({ params }: LoaderFunctionArgs) =>
    prefetchAfterManifest(queryClient, (m) => {
      const entry = m.weeklies.find((w) => w.id === params.id);
      if (entry) void queryClient.prefetchQuery(weeklyQueryOptions(entry.file));
    });
  const paper = ({ params }: LoaderFunctionArgs) =>
    prefetchAfterManifest(queryClient, (m) => {
      const file = m.paperIndex[paperIndexKey(params['*'] ?? '')];
      if (file) void queryClient.prefetchQuery(paperIndexQueryOptions(file));
    });
  return [
    {
      element: <RootLayout />,
      // Shown for the instant the first loaders take (they only start fetches).
      hydrateFallbackElement: <AppFallback />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            {
              index: true,
              loader: () => prefetchAfterManifest(queryClient, () => undefined),
              element: <HomePage />,
            },
            {
              path: 'daily/:date',
              loader: daily,
              shouldRevalidate: samePathKeepsData,
              element: <DailyPage />,
            },
            {
              path: 'weekly/:id',
              loader: weekly,
              shouldRevalidate: samePathKeepsData,
              lazy: async () => ({
                Component: (await import('@/features/weekly/weekly-page')).WeeklyPage,
              }),
            },
            {
              path: 'paper/*',
              loader: paper,
              shouldRevalidate: samePathKeepsData,
              lazy: async () => ({
                Component: (await import('@/features/paper/paper-page')).PaperPage,
              }),
            },
            {
              path: 'search',
              loader: () =>
                prefetchAfterManifest(queryClient, (m) => {
                  if (m.search) void queryClient.prefetchQuery(searchMetaQueryOptions(m.search));
                }),
              shouldRevalidate: samePathKeepsData,
              lazy: async () => ({
                Component: (await import('@/features/search/search-page')).SearchPage,
              }),
            },
            {
              path: '*',
              lazy: async () => ({
                Component: (await import('@/features/home/not-found-page')).NotFoundPage,
              }),
            },
          ],
        },
      ],
    },
  ];
}

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient), { basename: import.meta.env.BASE_URL });
}
