/**
 * What the startup scripts inlined into the HTML (src/boot/head.ts, src/boot/after-paint.ts)
 * and the app share: storage keys, attributes on the page, globals, the ready mark. Declared
 * once, here; this module imports nothing, so that the inlined scripts, the app, the build
 * scripts and the tests can all use it (docs/architecture.md, "Startup").
 */

/**
 * The performance mark the app sets once its first render is committed and its controls work
 * (on a prerendered day: once its list has hydrated; src/lib/early-events.ts).
 */
export const APP_READY_MARK = 'reader:app-ready';

/** localStorage keys of the reader's choices. */
export const THEME_KEY = 'digest-reader:theme';
export const LOCALE_KEY = 'digest-reader:language';
export const DENSITY_KEY = 'digest-reader:density';

/** Attributes on `<html>` and `#root` that the startup scripts, the prerender step and the app read. */
export const ATTR = {
  /**
   * `<html data-prerender="hidden">`: the prerendered HTML is hidden and the app renders the page
   * anew: for a reader of another language (the HTML is English), or an address that asks for
   * another view of the day (`DAY_VIEW_PARAMS`).
   */
  prerenderHidden: 'data-prerender',
  /** `<html data-load-after-paint>`: a prerendered page; its code loads after the first paint. */
  loadAfterPaint: 'data-load-after-paint',
  /** `<div id="root" data-prerendered>`: the root holds prerendered markup to hydrate. */
  prerendered: 'data-prerendered',
  /** `<html data-app-loaded-by="paint|hidden|timeout">`: why the app's code was requested. */
  appLoadedBy: 'data-app-loaded-by',
  /** `<html data-density="compact">`: paper cards in the compact view (set before the first paint). */
  density: 'data-density',
} as const;

/**
 * The query parameters that change what a day's page shows (its filters,
 * src/features/daily/filters.ts, and the digest's language): a prerendered day is the view
 * without them. Opened with one, its HTML would show the whole day until the app replaced it.
 */
export const DAY_VIEW_PARAMS = ['cat', 'trend', 'q', 'hide', 'sort', 'watched', 'muted', 'lang'];

/** How much of each paper card shows: `compact` (title, authors, TL;DR) or `full`. */
export type Density = 'compact' | 'full';

/** Why a prerendered page requested the app's code (`ATTR.appLoadedBy`). */
export type AppLoadReason = 'paint' | 'hidden' | 'timeout';

/** The interface languages; English is the fallback. */
export type Locale = 'en' | 'zh';
export const LOCALES: readonly Locale[] = ['en', 'zh'];

declare global {
  interface Window {
    /** The early fetches src/boot/head.ts started, by data file: each file's text, used once. */
    __digestEarly?: Record<string, Promise<string> | undefined>;
    /**
     * The data worker, started by src/boot/head.ts with the early fetches so that it is up
     * when the app's first file arrives; the app adopts it (src/lib/data.ts). `failed`: it
     * could not start, the app checks files itself.
     */
    __digestDataWorker?: { worker: Worker; failed: boolean };
    /** On a prerendered page: starts the early fetches (called by the after-paint loader). */
    __digestStartEarly?: () => void;
    /**
     * On a prerendered page: the taps, field changes and keys taken before the app was ready
     * (src/boot/early-events.ts); the app replays them once it is (src/app/app.tsx).
     */
    __digestEarlyEvents?: { replay: () => Promise<number> };
  }
}
