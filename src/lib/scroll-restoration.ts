import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

const STORAGE_KEY = 'digest-reader:scroll';

function stored(): Record<string, number> {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}');
    return value && typeof value === 'object' ? (value as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/**
 * What the browser does for ordinary pages, for this app's client-side navigation: a new page
 * starts at the top (or at its #target, which the page scrolls to), and Back/Forward return to
 * where that page was scrolled, once it is tall enough again. Positions are kept per history
 * entry for the tab's session, so they survive a reload too.
 */
export function useScrollRestoration() {
  const { key, hash } = useLocation();
  const navigationType = useNavigationType();
  const positions = useRef<Record<string, number> | null>(null);
  const current = useRef(key);

  useEffect(() => {
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    positions.current ??= stored();
    // Saved as it happens, not a frame later: a link clicked within that frame (or a list
    // that has just corrected its own scroll position) would otherwise leave the entry with
    // an older position, or give it to the next page. Clicks and Back/Forward also save it
    // before the router changes the page.
    const save = () => {
      if (positions.current) positions.current[current.current] = window.scrollY;
    };
    const persist = () => {
      try {
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(positions.current ?? {}));
      } catch {
        // Storage full or denied: positions are kept for this page's life only.
      }
    };
    window.addEventListener('scroll', save, { passive: true });
    document.addEventListener('click', save, { capture: true });
    window.addEventListener('popstate', save, { capture: true });
    window.addEventListener('pagehide', persist);
    return () => {
      window.removeEventListener('scroll', save);
      document.removeEventListener('click', save, { capture: true });
      window.removeEventListener('popstate', save, { capture: true });
      window.removeEventListener('pagehide', persist);
    };
  }, []);

  useLayoutEffect(() => {
    current.current = key;
    if (navigationType !== 'POP') {
      if (!hash) window.scrollTo(0, 0);
      return;
    }
    const y = (positions.current ??= stored())[key];
    if (y === undefined) return;
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
