/**
 * Early data: every page needs the manifest, a daily page its day's list file, and `/since`
 * the list of its range's newest day (its first screen). The inlined startup script has the
 * data worker fetch both while the app's code loads (or fetches them itself where there is no
 * worker); src/lib/data.ts takes each file once and fetches normally if anything here failed.
 */

/** The date of a daily page's path, or null. */
export function dailyDate(pathname: string): string | null {
  return /\/daily\/(\d{4}-\d{2}-\d{2})\/?$/.exec(pathname)?.[1] ?? null;
}

type EarlyDaily = { date?: unknown; language?: unknown; file?: unknown } | null;

/** The digests a manifest's text lists, unchecked (the app checks the manifest itself). */
function dailiesOf(manifestText: string): EarlyDaily[] | null {
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestText);
  } catch {
    return null;
  }
  const dailies = (manifest as { dailies?: unknown } | null)?.dailies;
  return Array.isArray(dailies) ? (dailies as EarlyDaily[]) : null;
}

/** The list file of `date` (in language `lang`, if given) that a manifest's text names. */
export function dayFile(manifestText: string, date: string, lang: string | null): string | null {
  for (const d of dailiesOf(manifestText) ?? []) {
    if (!d || d.date !== date) continue;
    if (lang && (d.language ?? 'raw') !== lang) continue;
    return typeof d.file === 'string' ? d.file : null;
  }
  return null;
}

/**
 * The list file of the newest day from `from` to `to` (either may be missing: the newest the
 * manifest has), as `/since` picks it (src/features/daily/range.ts: its language, else the
 * date's first file).
 */
export function newestDayFile(
  manifestText: string,
  from: string | null,
  to: string | null,
  lang: string | null,
): string | null {
  let best: { date: string; file: string; exact: boolean } | null = null;
  for (const d of dailiesOf(manifestText) ?? []) {
    if (!d || typeof d.date !== 'string' || typeof d.file !== 'string') continue;
    if ((from && d.date < from) || (to && d.date > to)) continue;
    const exact = d.language === lang;
    if (!best || d.date > best.date || (d.date === best.date && exact && !best.exact))
      best = { date: d.date, file: d.file, exact };
  }
  return best?.file ?? null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Where a page's address is, for the early fetches. */
export interface EarlyLocation {
  pathname: string;
  search: string;
}

/**
 * The list file the page at `location` shows first, as the manifest's text names it: a daily
 * page's day, `/since`'s newest day; null for other pages.
 */
export function firstDayFile(manifestText: string, location: EarlyLocation): string | null {
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang');
  const date = dailyDate(location.pathname);
  if (date) return dayFile(manifestText, date, lang);
  if (!/\/since\/?$/.test(location.pathname)) return null;
  const param = (name: string) => {
    const value = params.get(name);
    return value && ISO_DATE.test(value) ? value : null;
  };
  return newestDayFile(manifestText, param('from'), param('to'), lang);
}

/** The page whose first files the data worker fetches: in its script's URL, after `#`. */
export interface EarlyPage extends EarlyLocation {
  base: string;
}

/**
 * Starts the app's data worker (src/lib/data-worker.ts, at `url`) and has it fetch the page's
 * first files itself (src/lib/early-files.ts): the manifest, then the day it names. Off the
 * main thread, the second fetch does not wait for the page's startup work (on /since at 4x
 * CPU the manifest's answer reached the page ~200 ms after it arrived, and the day's request
 * left only then), and the worker is up when the app asks for its first file. The page is
 * named in the URL's fragment, read as the worker starts (a message would wait for the page's
 * main thread to pass it on; the fragment is not sent, and the service worker's copy of the
 * script still matches). False when no worker could be started.
 */
export function startDataWorker(url: string, page: EarlyPage): boolean {
  if (!url || typeof Worker === 'undefined') return false;
  try {
    const fragment = encodeURIComponent(JSON.stringify(page));
    const worker = new Worker(`${url}#${fragment}`, { type: 'module', name: 'data-check' });
    const early = { worker, failed: false };
    // Until the app takes it: a worker that cannot start is noted, the app checks files itself.
    worker.onerror = (event) => {
      event.preventDefault();
      early.failed = true;
      worker.terminate();
    };
    window.__digestDataWorker = early;
    return true;
  } catch {
    return false;
  }
}

/** The page a data worker's URL fragment names (`startDataWorker`), or null. */
export function earlyPageOf(hash: string): EarlyPage | null {
  try {
    const page: unknown = JSON.parse(decodeURIComponent(hash.replace(/^#/, '')));
    if (typeof page !== 'object' || page === null) return null;
    const { base, pathname, search } = page as Record<string, unknown>;
    // The app's base path on this origin: never another host (`//host/`, `https://…`).
    const path = typeof base === 'string' && base.startsWith('/') && !base.startsWith('//');
    return path && typeof pathname === 'string' && typeof search === 'string'
      ? { base, pathname, search }
      : null;
  } catch {
    return null;
  }
}

/**
 * Starts the early fetches for the page at `location`, under the app's `base` path: in the
 * data worker at `dataWorker` (its built script; none in development), else here. Returns
 * whether the data worker started.
 */
export function startEarlyData(base: string, location: EarlyLocation, dataWorker = ''): boolean {
  window.__digestStartEarly = undefined;
  const page = { base, pathname: location.pathname, search: location.search };
  if (startDataWorker(dataWorker, page)) return true;
  const early: Record<string, Promise<string> | undefined> = {};
  window.__digestEarly = early;
  const get = (file: string): Promise<string> => {
    const p = fetch(`${base}data/${file}`).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.text();
    });
    p.catch(() => undefined);
    early[file] = p;
    return p;
  };
  // The page's first day, if it shows one (firstDayFile: null for other pages).
  get('manifest.json').then(
    (text) => {
      const file = firstDayFile(text, location);
      if (file) get(file);
    },
    () => undefined,
  );
  return false;
}
