import { lazy, type ComponentType } from 'react';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const online = () =>
  new Promise((resolve) => window.addEventListener('online', resolve, { once: true }));

/**
 * A page whose code is loaded on first use (React.lazy), made to survive the network: while
 * the browser is offline the load waits for the connection (the page shows the offline
 * state meanwhile) instead of failing for good, and a failed load is tried twice more
 * before the error reaches the page's error boundary.
 */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return lazy(async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        return { default: pick(await load()) };
      } catch (e) {
        if (!navigator.onLine) await online();
        else if (attempt < 2) await wait(400 * (attempt + 1));
        else throw e;
      }
    }
  });
}
