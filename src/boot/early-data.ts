/**
 * Early data: every page needs the manifest, and a daily page its day's list file. The inlined
 * startup script starts both while the app's code loads; src/lib/data.ts takes each text once
 * and fetches normally if anything here failed.
 */

/** The date of a daily page's path, or null. */
export function dailyDate(pathname: string): string | null {
  return /\/daily\/(\d{4}-\d{2}-\d{2})\/?$/.exec(pathname)?.[1] ?? null;
}

/** The list file of `date` (in language `lang`, if given) that a manifest's text names. */
export function dayFile(manifestText: string, date: string, lang: string | null): string | null {
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestText);
  } catch {
    return null;
  }
  const dailies = (manifest as { dailies?: unknown } | null)?.dailies;
  if (!Array.isArray(dailies)) return null;
  for (const d of dailies as { date?: unknown; language?: unknown; file?: unknown }[]) {
    if (!d || d.date !== date) continue;
    if (lang && (d.language ?? 'raw') !== lang) continue;
    return typeof d.file === 'string' ? d.file : null;
  }
  return null;
}

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
  const date = dailyDate(location.pathname);
  if (!date) return;
  const lang = new URLSearchParams(location.search).get('lang');
  manifest.then(
    (text) => {
      const file = dayFile(text, date, lang);
      if (file) get(file);
    },
    () => undefined,
  );
}
