import { Suspense, lazy, startTransition, useEffect, useId, useRef, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';
import { Link, SkipLink } from '@/components/ui/link';
import { useShortcutsWanted } from '@/app/shortcut-keys';
import { RouteErrorBoundary } from '@/components/ui/route-error';
import { CardSkeletons } from '@/components/ui/skeleton';
import { whenIdle } from '@/lib/idle';
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
      <SkipLink href="#main">{t.layout.skip}</SkipLink>
      <SiteHeader />
      <OfflineBanner />
      <UpdateBanner />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl min-w-0 flex-1 px-4 py-4 focus:outline-none sm:py-6"
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
 * One row on a phone (the name, search and a menu button); the menu holds the pages, theme and
 * language, which sit in the row itself from the `sm` breakpoint on.
 */
function SiteHeader() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const { pathname } = useLocation();
  // A page change closes the menu.
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Escape closes the open menu and returns to its button.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl items-center gap-2 px-4 py-1.5 sm:gap-x-4 sm:py-2.5">
        <Link to="/" variant="title" className="shrink-0 text-base font-semibold sm:text-lg">
          {t.layout.appName}
        </Link>
        <HeaderSearch />
        <Button
          ref={buttonRef}
          variant="ghost"
          size="icon"
          className="sm:hidden"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen((v) => !v)}
        >
          <span aria-hidden="true">{open ? '✕' : '☰'}</span>
          <span className="sr-only">{t.layout.menu}</span>
        </Button>
        <div
          id={menuId}
          className={`${open ? 'flex' : 'hidden'} absolute inset-x-0 top-full z-30 flex-col gap-3 border-b border-slate-200 bg-white px-4 py-3 shadow-md sm:static sm:flex sm:flex-row sm:items-center sm:gap-4 sm:border-0 sm:p-0 sm:shadow-none`}
        >
          <nav aria-label={t.layout.mainNav}>
            <ul className="flex flex-col gap-1 sm:flex-row sm:gap-3">
              {NAV.map(([to, key]) => (
                <li key={to}>
                  <NavLink to={to} label={t.layout[key]} current={pathname === to} />
                </li>
              ))}
            </ul>
          </nav>
          <div className="flex flex-wrap items-center gap-3">
            <ThemeSelect />
            <LanguageSelect />
          </div>
        </div>
      </div>
    </header>
  );
}

const NAV = [
  ['/', 'archive'],
  ['/reading-list', 'readingList'],
  ['/stats', 'stats'],
] as const;

function NavLink({ to, label, current }: { to: string; label: string; current: boolean }) {
  return (
    <Link
      to={to}
      variant="nav"
      aria-current={current ? 'page' : undefined}
      className="flex min-h-11 items-center text-base sm:min-h-6 sm:text-sm"
    >
      {label}
    </Link>
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
      role="search"
      aria-label={t.layout.searchLabel}
      className="ml-auto flex min-w-0 flex-1 items-center justify-end gap-1 sm:flex-none"
      onSubmit={(e) => {
        e.preventDefault();
        const q = new FormData(e.currentTarget).get('q');
        // Another page: a transition keeps this one on screen while its code loads (app.tsx).
        startTransition(
          () =>
            void navigate(
              `/search${typeof q === 'string' && q.trim() ? `?q=${encodeURIComponent(q.trim())}` : ''}`,
            ),
        );
      }}
    >
      <Input
        type="text"
        name="q"
        enterKeyHint="search"
        aria-label={t.layout.searchLabel}
        placeholder={t.layout.search}
        className="w-full max-w-52 flex-1 sm:w-44 sm:flex-none"
      />
      {/* On a phone the keyboard's search key submits (enterKeyHint): the row keeps its room. */}
      <span className="hidden sm:contents">
        <Button type="submit">{t.layout.search}</Button>
      </span>
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
      <Select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
        <option value="system">{t.layout.themes.system}</option>
        <option value="light">{t.layout.themes.light}</option>
        <option value="dark">{t.layout.themes.dark}</option>
      </Select>
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
      <Select value={locale} onChange={(e) => void setLocale(e.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </Select>
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
      timer = setTimeout(() => whenIdle(register, 5000), SW_DELAY_MS);
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
        <Button variant="primary" onClick={apply}>
          {t.layout.reload}
        </Button>
      </p>
    </div>
  );
}
