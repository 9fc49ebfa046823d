/**
 * The startup script inlined at the top of every page's `<head>` (index.html and each
 * prerendered page) by the `bootScripts` Vite plugin (scripts/boot/vite-plugin.ts): what must
 * happen before the first paint and before the app's code arrives.
 */
import { ATTR, DAY_VIEW_PARAMS, DENSITY_KEY, LOCALE_KEY, THEME_KEY } from './contract';
import { startEarlyData } from './early-data';
import { captureEarlyEvents } from './early-events';
import { browserLanguages, detectLocale, isDark, storedValue, themeChoice } from './preferences';
import { warmIntl } from './warm-intl';

/** The app's base path (Vite's `base`), set by the plugin when it compiles this script. */
declare const __BOOT_BASE__: string;
/**
 * The data worker's built script, put in by the plugin once the build has named it (empty in
 * development, where the app starts it).
 */
declare const __BOOT_DATA_WORKER__: string;

export function runHead(base: string, dataWorker = ''): void {
  const root = document.documentElement;
  // The theme before the first paint: the stored choice, else the system's.
  const systemDark = Boolean(window.matchMedia?.('(prefers-color-scheme: dark)').matches);
  if (isDark(themeChoice(storedValue(THEME_KEY)), systemDark)) root.classList.add('dark');
  // The cards' density, so a prerendered page paints in the reader's view at once.
  if (storedValue(DENSITY_KEY) === 'compact') root.setAttribute(ATTR.density, 'compact');
  // A prerendered page is in English and shows the whole day: hidden from the first paint for
  // a reader of another language, or for an address with a filter (the app then renders the
  // page in their language, or filtered). Shown, the reader would see it change under them.
  const params = new URLSearchParams(window.location.search);
  if (
    detectLocale(storedValue(LOCALE_KEY), browserLanguages()) !== 'en' ||
    DAY_VIEW_PARAMS.some((name) => params.has(name))
  )
    root.setAttribute(ATTR.prerenderHidden, 'hidden');
  // Early data. A prerendered page loads its code after the first paint, and its data then.
  // The data worker also loads ICU's data for the page's formatters (./warm-intl.ts); without
  // it, the main thread does so now, while the app's code downloads, instead of during the
  // first render (and a prerendered page after its first paint, which it would delay).
  const start = () => {
    if (!startEarlyData(base, window.location, dataWorker)) setTimeout(warmIntl, 0);
  };
  if (root.hasAttribute(ATTR.loadAfterPaint)) window.__digestStartEarly = start;
  else start();
  // A prerendered page shown to this reader is on screen before the app: what the reader does
  // meanwhile is kept for the app, from before the first paint (src/boot/early-events.ts).
  if (root.hasAttribute(ATTR.loadAfterPaint) && !root.hasAttribute(ATTR.prerenderHidden))
    window.__digestEarlyEvents = captureEarlyEvents(() => document.getElementById('root'));
}

if (typeof __BOOT_BASE__ === 'string') runHead(__BOOT_BASE__, __BOOT_DATA_WORKER__);
