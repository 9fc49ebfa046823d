/**
 * Early data: every page needs the manifest, a daily page its day's list file, and `/since`
 * the list of its range's newest day (its first screen). The inlined
 * startup script starts both while the app's code loads; src/lib/data.ts takes each text once
 * and fetches normally if anything here failed.
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

/** Starts the early fetches for the page at `location`, under the app's `base` path. */
export function startEarlyData(base: string, location: { pathname: string; search: string }) {
  window.__digestStartEarly = undefined;
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
  const manifest = get('manifest.json');
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang');
  const date = dailyDate(location.pathname);
  const since = /\/since\/?$/.test(location.pathname);
  if (!date && !since) return;
  const param = (name: string) => {
    const value = params.get(name);
    return value && ISO_DATE.test(value) ? value : null;
  };
  manifest.then(
    (text) => {
      const file = date
        ? dayFile(text, date, lang)
        : newestDayFile(text, param('from'), param('to'), lang);
      if (file) get(file);
    },
    () => undefined,
  );
}
