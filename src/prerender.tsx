/**
 * The server-side entry of the prerendering step (scripts/prerender.ts): a daily page's HTML,
 * rendered by the app's own routes with its data already in the query cache, so that a long
 * day's first cards are painted from HTML before any JavaScript runs (ADR 0011). main.tsx
 * renders over it once the same data is loaded.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { AppRoutes } from '@/app/router';
import { createQueryClient } from '@/app/query-client';
import { dailyQueryOptions, manifestQueryOptions } from '@/features/digests/api';
import type { DailyList, Manifest } from '@/schema/digest';

/** The markup of `/daily/DATE` (without the base path), given the manifest and day lists. */
export function renderDailyPage(
  date: string,
  manifest: Manifest,
  lists: ReadonlyMap<string, DailyList>,
): string {
  const queryClient = createQueryClient();
  queryClient.setQueryData(manifestQueryOptions().queryKey, manifest);
  for (const [file, list] of lists)
    queryClient.setQueryData(dailyQueryOptions(file).queryKey, list);
  return renderToString(
    <QueryClientProvider client={queryClient}>
      <StaticRouter location={`/daily/${date}`} basename={import.meta.env.BASE_URL}>
        <AppRoutes />
      </StaticRouter>
    </QueryClientProvider>,
  );
}
