import type { ComponentType } from 'react';
import { lazyWithPreload } from 'react-lazy-with-preload';
import { readStored, writeStored } from '@/lib/stored';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const online = () =>
  new Promise((resolve) => window.addEventListener('online', resolve, { once: true }));

/** The address the page was last reloaded at because its code would not load (this tab). */
const RELOADED_KEY = 'digest-reader:reloaded-for-code';

/**
 * Reloads the page, once per address: some browsers (Chromium up to at least 150) keep a
 * module that failed to load as failed, and every later import() of it fails at once without
 * asking the network again, even once the connection is back. A reload fetches it anew.
 * Returns false when this address was reloaded for this already.
 */
export function reloadOnceFor(href: string, reload: () => void): boolean {
  // Where the tab cannot remember it (storage blocked), no reload: it could never stop.
  if (readStored(RELOADED_KEY, 'session') === href) return false;
  if (!writeStored(RELOADED_KEY, href, 'session')) return false;
  reload();
  return true;
}

/**
 * A page whose code is loaded on first use (React.lazy), made to survive the network: while
 * the browser is offline the load waits for the connection (the page shows the offline
 * state meanwhile) instead of failing for good, and a failed load is tried twice more, then
 * once more by reloading the page, before the error reaches the page's error boundary.
 * `preload()` starts the load before the page is rendered; a page whose code is in by its
 * first render renders at once, without suspending (react-lazy-with-preload).
 */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return lazyWithPreload(async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        const page = pick(await load());
        if (readStored(RELOADED_KEY, 'session') === window.location.href)
          writeStored(RELOADED_KEY, null, 'session');
        return { default: page };
      } catch (e) {
        if (!navigator.onLine) await online();
        else if (attempt < 2) await wait(400 * (attempt + 1));
        else if (reloadOnceFor(window.location.href, () => window.location.reload()))
          return new Promise<never>(() => undefined);
        else throw e;
      }
    }
  });
}
