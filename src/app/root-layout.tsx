import { Suspense, lazy, useEffect, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useShortcutsWanted } from '@/app/shortcut-keys';
import { RouteErrorBoundary } from '@/components/ui/route-error';
import { CardSkeletons } from '@/components/ui/skeleton';
import { useOnline } from '@/lib/online';
import { setTheme, useTheme, type ThemeChoice } from '@/lib/theme';
import { LOCALES, LOCALE_NAMES, setLocale, useI18n, type Locale } from '@/i18n';
import { useScrollRestoration } from '@/lib/scroll-restoration';

/** The keyboard shortcuts' code, loaded on the first shortcut key (src/app/shortcut-keys.ts). */
const Shortcuts = lazy(() => import('./shortcuts'));

export function RootLayout() {
  const { pathname } = useLocation();
  useScrollRestoration();
  const shortcuts = useShortcutsWanted();
  const { t } = useI18n();
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        {t.layout.skip}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <Link
            to="/"
            className="text-lg font-semibold tracking-tight text-slate-900 hover:text-blue-800"
          >
            {t.layout.appName}
          </Link>
          <nav aria-label={t.layout.mainNav} className="text-sm">
            <Link to="/" className="text-slate-700 hover:text-blue-800 hover:underline">
              {t.layout.archive}
            </Link>{' '}
            <Link
              to="/reading-list"
              className="ml-3 text-slate-700 hover:text-blue-800 hover:underline"
            >
              {t.layout.readingList}
            </Link>{' '}
            <Link to="/stats" className="ml-3 text-slate-700 hover:text-blue-800 hover:underline">
              {t.layout.stats}
            </Link>
          </nav>
          <HeaderSearch />
          <div className="flex items-center gap-3">
            <ThemeSelect />
            <LanguageSelect />
          </div>
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
  const { t } = useI18n();
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
        aria-label={t.layout.searchLabel}
        placeholder={t.layout.searchLabel}
        className="w-40 rounded-md border border-slate-400 px-2 py-1 text-sm sm:w-44"
      />
      <button
        type="submit"
        className="rounded-md border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100"
      >
        {t.layout.search}
      </button>
    </form>
  );
}

/** Offline is a state of its own: said once, at the top, until the connection is back. */
function OfflineBanner() {
  const online = useOnline();
  const { t } = useI18n();
  if (online) return null;
  return (
    <div role="alert" className="border-b border-amber-300 bg-amber-50 text-amber-950">
      <p className="mx-auto max-w-5xl px-4 py-2 text-sm">
        <strong>{t.layout.offlineTitle}</strong> {t.layout.offlineText}
      </p>
    </div>
  );
}

/** While a page's code loads (or waits for the connection): a page of its own, with a heading. */
function PageFallback() {
  const online = useOnline();
  const { t } = useI18n();
  return (
    <div>
      <h1 className="sr-only">{online ? t.layout.loadingPage : t.layout.waitingPage}</h1>
      <CardSkeletons count={2} />
    </div>
  );
}

function ThemeSelect() {
  const theme = useTheme();
  const { t } = useI18n();
  return (
    <label className="flex items-center gap-1 text-sm">
      <span className="sr-only">{t.layout.theme}</span>
      <span aria-hidden="true">◐</span>
      <select
        value={theme}
        onChange={(e) => setTheme(e.target.value as ThemeChoice)}
        className="rounded-md border border-slate-400 bg-white px-1 py-1 text-sm"
      >
        <option value="system">{t.layout.themes.system}</option>
        <option value="light">{t.layout.themes.light}</option>
        <option value="dark">{t.layout.themes.dark}</option>
      </select>
    </label>
  );
}

/** The interface language; each language is named in itself. */
function LanguageSelect() {
  const { t, locale } = useI18n();
  return (
    <label className="flex items-center gap-1 text-sm">
      <span className="sr-only">{t.layout.language}</span>
      <span aria-hidden="true">文A</span>
      <select
        value={locale}
        onChange={(e) => void setLocale(e.target.value as Locale)}
        className="rounded-md border border-slate-400 bg-white px-1 py-1 text-sm"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** How long after the page's load event the service worker is registered. */
const SW_DELAY_MS = 4000;

/** When a new version of the reader has been downloaded: say so, and switch on request. */
function UpdateBanner() {
  const [apply, setApply] = useState<(() => void) | null>(null);
  const { t } = useI18n();
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
        {t.layout.updateReady}
        <button
          type="button"
          onClick={apply}
          className="rounded-md bg-slate-900 px-3 py-1 font-medium text-white hover:bg-slate-700"
        >
          {t.layout.reload}
        </button>
      </p>
    </div>
  );
}
