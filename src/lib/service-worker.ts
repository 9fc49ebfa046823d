/**
 * Registers the service worker with vite-plugin-pwa's own registration module
 * (`virtual:pwa-register`, on Workbox's `workbox-window`) and tells the app when a new version
 * is waiting; `apply` switches to it and reloads. Loaded lazily, after the first page: nothing
 * here is needed to read.
 */
import { registerSW } from 'virtual:pwa-register';

export function registerServiceWorker(onUpdate: (apply: () => void) => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const update = registerSW({
    // Registered at once: this module loads after the page, when the app is idle.
    immediate: true,
    onNeedRefresh: () => onUpdate(() => void update(true)),
    onRegisterError: () => {
      // No offline copy (private mode, an old browser): the app works as before.
    },
  });
}
