import { Suspense, useEffect, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { Shortcuts, useShortcutsWanted } from '@/app/shortcut-keys';
import { RouteErrorBoundary } from '@/components/ui/route-error';
import { CardSkeletons } from '@/components/ui/skeleton';
import { useOnline } from '@/lib/online';
import { setTheme, useTheme, type ThemeChoice } from '@/lib/theme';
import { useScrollRestoration } from '@/lib/scroll-restoration';

export function RootLayout() {
  const { pathname } = useLocation();
  useScrollRestoration();
  const shortcuts = useShortcutsWanted();
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link
            to="/"
            className="text-lg font-semibold tracking-tight text-slate-900 hover:text-blue-800"
          >
            arXiv Digest Reader
          </Link>
          <nav aria-label="Main" className="text-sm">
            <Link to="/" className="text-slate-700 hover:text-blue-800 hover:underline">
              Archive
            </Link>{' '}
            <Link
              to="/reading-list"
              className="ml-3 text-slate-700 hover:text-blue-800 hover:underline"
            >
              Reading list
            </Link>{' '}
            <Link to="/stats" className="ml-3 text-slate-700 hover:text-blue-800 hover:underline">
              Stats
            </Link>
          </nav>
          <HeaderSearch />
          <ThemeSelect />
        </div>
      </header>
      <OfflineBanner />
      <UpdateBanner />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl min-w-0 flex-1 px-4 py-6 focus:outline-none"
      >
        <RouteErrorBoundary key={pathname}>
          {/* While a page's code loads. */}
          <Suspense fallback={<PageFallback />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
      {shortcuts ? (
        <Suspense fallback={null}>
          <Shortcuts />
        </Suspense>
      ) : null}
    </div>
  );
}

/**
 * The header's way into archive search. A plain text box (not a second searchbox, so each
 * page keeps one: the page's own filter or the search page's query).
 */
function HeaderSearch() {
  const navigate = useNavigate();
  return (
    <form
      className="ml-auto flex items-center gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        const q = new FormData(e.currentTarget).get('q');
        void navigate(
          `/search${typeof q === 'string' && q.trim() ? `?q=${encodeURIComponent(q.trim())}` : ''}`,
        );
      }}
    >
      <input
        type="text"
        name="q"
        aria-label="Search the archive"
        placeholder="Search the archive"
        className="w-40 rounded-md border border-slate-400 px-2 py-1 text-sm sm:w-56"
      />
      <button
        type="submit"
        className="rounded-md border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100"
      >
        Search
      </button>
    </form>
  );
}

/** Offline is a state of its own: said once, at the top, until the connection is back. */
function OfflineBanner() {
  const online = useOnline();
  if (online) return null;
  return (
    <div role="alert" className="border-b border-amber-300 bg-amber-50 text-amber-950">
      <p className="mx-auto max-w-5xl px-4 py-2 text-sm">
        <strong>You are offline.</strong> Pages you have opened still work; anything else loads as
        soon as the connection is back.
      </p>
    </div>
  );
}

/** While a page's code loads (or waits for the connection): a page of its own, with a heading. */
function PageFallback() {
  const online = useOnline();
  return (
    <div>
      <h1 className="sr-only">{online ? 'Loading the page' : 'Waiting for the connection'}</h1>
      <CardSkeletons count={2} />
    </div>
  );
}

function ThemeSelect() {
  const theme = useTheme();
  return (
    <label className="flex items-center gap-1 text-sm">
      <span className="sr-only">Colour theme</span>
      <span aria-hidden="true">◐</span>
      <select
        value={theme}
        onChange={(e) => setTheme(e.target.value as ThemeChoice)}
        className="rounded-md border border-slate-400 bg-white px-1 py-1 text-sm"
      >
        <option value="system">System theme</option>
        <option value="light">Light theme</option>
        <option value="dark">Dark theme</option>
      </select>
    </label>
  );
}

/** How long after the page's load event the service worker is registered. */
const SW_DELAY_MS = 4000;

/** When a new version of the reader has been downloaded: say so, and switch on request. */
function UpdateBanner() {
  const [apply, setApply] = useState<(() => void) | null>(null);
  useEffect(() => {
    // Well after the page has what it needs: installing the worker downloads the whole app
    // shell, which must not compete with a day's first paint.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const register = () =>
      void import('@/lib/service-worker').then(({ registerServiceWorker }) =>
        registerServiceWorker((go) => setApply(() => go)),
      );
    const start = () => {
      timer = setTimeout(() => {
        if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 });
        else register();
      }, SW_DELAY_MS);
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('load', start);
    };
  }, []);
  if (!apply) return null;
  return (
    <div role="alert" className="border-b border-blue-300 bg-blue-50 text-blue-950">
      <p className="mx-auto flex max-w-5xl flex-wrap items-center gap-3 px-4 py-2 text-sm">
        A new version of the reader is ready.
        <button
          type="button"
          onClick={apply}
          className="rounded-md bg-slate-900 px-3 py-1 font-medium text-white hover:bg-slate-700"
        >
          Reload
        </button>
      </p>
    </div>
  );
}
