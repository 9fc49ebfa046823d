/**
 * The app's pages by route: the daily page is part of the first bundle, every other page's
 * code loads on first use (`lazyPage`). A page's code can be asked for before it is rendered
 * (`preloadPage`): the first render of a page that is not prerendered waits for it, so that its
 * first commit is the page, not the "Loading the page" placeholder followed by the page.
 */
import { matchPath } from 'react-router';
import type { ComponentType } from 'react';
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
export const NotFoundPage = lazyPage(
  () => import('@/features/home/not-found-page'),
  (m) => m.NotFoundPage,
);

interface PageRoute {
  /** As react-router's `<Route path>`; undefined: the index route. */
  path: string | undefined;
  Page: ComponentType & { preload?: () => Promise<unknown> };
}

/** The routes under the root layout, in order; anything else is NotFoundPage. */
export const PAGES: readonly PageRoute[] = [
  { path: undefined, Page: HomePage },
  { path: 'daily/:date', Page: DailyPage },
  { path: 'weekly/:id', Page: WeeklyPage },
  { path: 'paper/*', Page: PaperPage },
  { path: 'search', Page: SearchPage },
  { path: 'reading-list', Page: ReadingListPage },
  { path: 'watches', Page: WatchesPage },
  { path: 'since', Page: SincePage },
  { path: 'stats', Page: StatsPage },
];

/** Starts loading the code of the page at `pathname` (the app's own path); settles when it is in. */
export function preloadPage(pathname: string): Promise<unknown> {
  const route = PAGES.find((r) => matchPath(`/${r.path ?? ''}`, pathname));
  const Page = route ? route.Page : NotFoundPage;
  return Page.preload?.() ?? Promise.resolve();
}
