/**
 * The loader inlined into each prerendered page (scripts/prerender): it requests the app's code
 * (and starts the early data fetches) once the HTML's first contentful paint is on screen, not
 * alongside the stylesheet, so the first paint waits for nothing but the HTML and the CSS.
 * Paint Timing tells when; where it is not supported, the frame after the first. A timer stands
 * in for the paint in a tab that paints nothing (rendering paused in the background). For a
 * reader of another language the HTML is hidden: nothing to paint first, the code loads at
 * once. See docs/decisions/0011-first-paint.md.
 */
import { ATTR, type AppLoadReason } from './contract';

/** The app's entry module and its preloads, set by the prerender step when it compiles this. */
declare const __BOOT_APP_SCRIPT__: string;
declare const __BOOT_PRELOADS__: string[];

/** Stand-in for the first paint in a tab that paints nothing. */
export const PAINT_FALLBACK_MS = 1000;

export function loadAppAfterFirstPaint(script: string, preloads: readonly string[]): void {
  const root = document.documentElement;
  let done = false;
  const go = (reason: AppLoadReason) => {
    if (done) return;
    done = true;
    root.setAttribute(ATTR.appLoadedBy, reason);
    window.__digestStartEarly?.();
    for (const href of preloads) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    }
    const s = document.createElement('script');
    s.type = 'module';
    s.crossOrigin = '';
    s.src = script;
    document.head.appendChild(s);
  };
  if (root.getAttribute(ATTR.prerenderHidden) === 'hidden') {
    go('hidden');
    return;
  }
  setTimeout(() => go('timeout'), PAINT_FALLBACK_MS);
  const types = window.PerformanceObserver?.supportedEntryTypes ?? [];
  if (types.includes('paint')) {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      go('paint');
    });
    observer.observe({ type: 'paint', buffered: true });
  } else requestAnimationFrame(() => setTimeout(() => go('paint'), 0));
}

if (typeof __BOOT_APP_SCRIPT__ === 'string')
  loadAppAfterFirstPaint(__BOOT_APP_SCRIPT__, __BOOT_PRELOADS__);
