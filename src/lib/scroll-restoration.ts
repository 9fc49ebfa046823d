import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { readStored, writeStored } from '@/lib/stored';

const STORAGE_KEY = 'digest-reader:scroll';
/** Positions kept for the tab's newest history entries. */
const POSITIONS_KEPT = 200;

/** The tab's saved positions by history entry, oldest first. */
function stored(): Map<string, number> {
  try {
    const value: unknown = JSON.parse(readStored(STORAGE_KEY, 'session') ?? '{}');
    return new Map(
      value && typeof value === 'object' ? Object.entries(value as Record<string, number>) : [],
    );
  } catch {
    return new Map();
  }
}

/**
 * Gives the current history entry a key of its own when it has none. react-router keys the
 * entries it pushes, but an entry the browser made (a page loaded from the address bar, a link
 * from another site, a `#fragment` link it followed itself) has no state, and the router calls
 * every such entry `default`: positions kept by key would then pass from one to the next (a
 * day opened by URL was scrolled to where the tab's previous page had been). The key is kept
 * in the entry's state, so a reload or a Back into the page finds it again. Call it before
 * the router reads the location, and on every popstate.
 */
export function keyHistoryEntry(): void {
  const state: unknown = window.history.state;
  const record = state && typeof state === 'object' ? (state as Record<string, unknown>) : {};
  if (typeof record.key === 'string' && record.key !== '' && record.key !== 'default') return;
  const key = Math.random().toString(36).slice(2, 10);
  window.history.replaceState({ ...record, key }, '');
}

/**
 * A new history entry starts at the top (as `useScrollRestoration` scrolls it when the router
 * has rendered it): for a change the page shows before the router does (src/lib/url-state.ts),
 * so that its first frame is already there.
 */
export function scrollForNewEntry(): void {
  window.scrollTo(0, 0);
}

/** The entries whose position is being restored now: their `#target` is not scrolled to. */
const restoring = new Set<string>();

/**
 * The document's saved positions and its first history entry, kept for the document's life
 * (not by the hook's component, which may be mounted again: its positions would be lost).
 */
let positions: Map<string, number> | null = null;
const allPositions = () => (positions ??= stored());
const firstEntry: { key: string | null; left: boolean } = { key: null, left: false };

/** Whether the entry's saved position is restored (then it wins over the entry's `#target`). */
export function restoresPosition(key: string): boolean {
  return restoring.has(key);
}

/**
 * Where the entry was scrolled when the reader left it, for a page returned to by Back or
 * Forward (or a reload): a virtual list renders its rows there from its first render, not the
 * top of the list. Rows drawn at the top first would be measured anew, and the list laid out
 * again above the place being restored.
 */
export function savedPosition(key: string): number | undefined {
  return allPositions().get(key);
}

/**
 * What the browser does for ordinary pages, for this app's client-side navigation: a new page
 * starts at the top (or at its #target, which the page scrolls to), and Back/Forward return to
 * where that page was scrolled, once it is tall enough again. Positions are kept per history
 * entry for the tab's session, so they survive a reload too. The document's first page goes
 * to its `#target` when it has one, whatever was saved: a link to a paper always shows it.
 */
export function useScrollRestoration() {
  const { key, hash } = useLocation();
  const navigationType = useNavigationType();
  const current = useRef(key);

  useEffect(() => {
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    // Saved as it happens, not a frame later: a link clicked within that frame (or a list
    // that has just corrected its own scroll position) would otherwise leave the entry with
    // an older position, or give it to the next page. Clicks and Back/Forward also save it
    // before the router changes the page.
    const save = () => {
      // The page has added a history entry the router has not rendered yet (a filter shows
      // before it: src/lib/url-state.ts): the window's position is the new entry's already,
      // not the one the router still names, which the click saved.
      const browserKey: unknown = (window.history.state as { key?: unknown } | null)?.key;
      if (typeof browserKey === 'string' && browserKey !== current.current) return;
      const all = allPositions();
      // Newest last, for `persist` (re-inserted: a Map keeps insertion order).
      all.delete(current.current);
      all.set(current.current, window.scrollY);
    };
    // Before the router's own listener (capture runs first): the entry the browser made for a
    // `#fragment` link gets its key before the router reads it.
    const pop = () => {
      save();
      keyHistoryEntry();
    };
    // Storage full or denied: positions are kept for this page's life only.
    // Every page loaded into the tab is an entry of its own now: the tab keeps the newest.
    const persist = () => {
      const kept = [...allPositions()].slice(-POSITIONS_KEPT);
      writeStored(STORAGE_KEY, JSON.stringify(Object.fromEntries(kept)), 'session');
    };
    window.addEventListener('scroll', save, { passive: true });
    document.addEventListener('click', save, { capture: true });
    window.addEventListener('popstate', pop, { capture: true });
    window.addEventListener('pagehide', persist);
    return () => {
      window.removeEventListener('scroll', save);
      document.removeEventListener('click', save, { capture: true });
      window.removeEventListener('popstate', pop, { capture: true });
      window.removeEventListener('pagehide', persist);
    };
  }, []);

  useLayoutEffect(() => {
    current.current = key;
    // The document's first location, until the reader leaves it (StrictMode runs effects
    // twice, and the component may be mounted again).
    firstEntry.key ??= key;
    if (key !== firstEntry.key) firstEntry.left = true;
    const first = !firstEntry.left;
    restoring.clear();
    if (navigationType !== 'POP') {
      if (!hash) scrollForNewEntry();
      return;
    }
    if (first && hash) return;
    const y = allPositions().get(key);
    if (y === undefined) return;
    restoring.add(key);
    let frames = 0;
    let handle = 0;
    const restore = () => {
      const room = document.documentElement.scrollHeight - window.innerHeight;
      if (room >= y || frames++ > 60) window.scrollTo(0, y);
      else handle = requestAnimationFrame(restore);
    };
    restore();
    return () => cancelAnimationFrame(handle);
  }, [key, hash, navigationType]);
}
