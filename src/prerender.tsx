/**
 * The server-side entry of the prerendering step (scripts/prerender.ts): a daily page's HTML,
 * rendered by the app's own routes with its data already in the query cache, so that a long
 * day's first cards are painted from HTML before any JavaScript runs (ADR 0011). main.tsx
 * hydrates it once the same data is loaded.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { AppRoutes } from '@/app/router';
import { createQueryClient } from '@/app/query-client';
import {
  dailyQueryOptions,
  manifestQueryOptions,
  weeklyQueryOptions,
} from '@/entities/digests/api';
import type { DailyList, Manifest, WeeklyDigest } from '@/schema/digest';

/**
 * The markup of `/daily/DATE` (without the base path), given the manifest, the day's lists and
 * the weekly digests covering the day: what the browser's app will have when it hydrates it.
 */
export async function renderDailyPage(
  date: string,
  manifest: Manifest,
  lists: ReadonlyMap<string, DailyList>,
  weeklies: ReadonlyMap<string, WeeklyDigest>,
): Promise<string> {
  const queryClient = createQueryClient();
  queryClient.setQueryData(manifestQueryOptions().queryKey, manifest);
  for (const [file, list] of lists)
    queryClient.setQueryData(dailyQueryOptions(file).queryKey, list);
  for (const [file, weekly] of weeklies)
    queryClient.setQueryData(weeklyQueryOptions(file).queryKey, weekly);
  const page = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouter location={`/daily/${date}`} basename={import.meta.env.BASE_URL}>
          <AppRoutes />
        </StaticRouter>
      </QueryClientProvider>
    </StrictMode>
  );
  // The page's lazy pieces (the virtual list among them) are loaded by a first pass, which
  // waits for them; the second renders the HTML at once, every part in place. (The first
  // pass's own output would put the parts in hidden elements, moved into place by inline
  // scripts: later, and not without them.)
  await (await prerender(page)).prelude.cancel();
  return renderToString(page);
}
