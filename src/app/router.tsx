import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RootLayout } from '@/app/root-layout';
import { RouteError } from '@/components/ui/route-error';
import { manifestQueryOptions } from '@/features/digests/api';
import { HomePage } from '@/features/home/home-page';
import { NotFoundPage } from '@/features/home/not-found-page';

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <RootLayout />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            {
              index: true,
              loader: async () => {
                // Start the fetch early; the page shows its own loading and error states.
                void queryClient.prefetchQuery(manifestQueryOptions());
                return null;
              },
              element: <HomePage />,
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient), { basename: import.meta.env.BASE_URL });
}
