/**
 * Registers the service worker (built by vite-plugin-pwa's Workbox setup) once the page has
 * loaded, and tells the app when a new version is waiting; `apply` switches to it and reloads.
 * Loaded lazily: nothing here is needed for the first page.
 */
export function registerServiceWorker(onUpdate: (apply: () => void) => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  void navigator.serviceWorker
    .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
    .then((registration) => {
      let applying = false;
      const offer = (worker: ServiceWorker) =>
        onUpdate(() => {
          applying = true;
          worker.postMessage({ type: 'SKIP_WAITING' });
        });
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        if (applying) window.location.reload();
      });
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      });
    })
    .catch(() => {
      // No offline copy (private mode, an old browser): the app works as before.
    });
}
