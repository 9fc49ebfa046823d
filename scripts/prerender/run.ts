/**
 * Prerendering (scripts/prerender.ts is its command). Writes DIST/daily/DATE.html for every
 * long day in DIST/data: the page as the app renders it, so that its first cards are painted
 * from HTML before the app's JavaScript has run. Static
 * hosts (GitHub Pages, Netlify, Cloudflare Pages, vite preview) serve it for /daily/DATE; any
 * other address still gets index.html. Short days are left to the app: all their cards would
 * be in the HTML. The rendering is the app's own (src/prerender.tsx) through Vite's SSR, with
 * the same base path as the build (BASE_PATH). See docs/decisions/0011-first-paint.md.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createServer } from 'vite';
import {
  dailyListSchema,
  manifestSchema,
  weeklyDigestSchema,
  type DailyList,
  type Manifest,
  type WeeklyDigest,
} from '../../src/schema/digest.ts';
import { isLongDay } from '../../src/entities/digests/long-day.ts';
import { writeAtomic } from '../ingest/files.ts';
import { ATTR } from '../../src/boot/contract.ts';
import { inlineBoot } from '../boot/compile.ts';

/** What src/prerender.tsx exports (loaded through Vite's SSR, which knows its JSX and aliases). */
interface Renderer {
  renderDailyPage: (
    date: string,
    manifest: Manifest,
    lists: ReadonlyMap<string, DailyList>,
    weeklies: ReadonlyMap<string, WeeklyDigest>,
  ) => Promise<string>;
}

const ROOT_TAG = '<div id="root"></div>';
const MODULE_SCRIPT = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\s*/g;
const MODULE_PRELOAD = /<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>\s*/g;

/**
 * The built page with `markup` inside its root element, marked as prerendered, its app code
 * loaded after the first paint.
 */
/** The compiled after-paint loader, by the build's app script and preloads. */
const loaders = new Map<string, Promise<string>>();

export async function pageWith(template: string, markup: string): Promise<string> {
  if (!template.includes(ROOT_TAG)) throw new Error(`index.html has no ${ROOT_TAG}`);
  const script = [...template.matchAll(MODULE_SCRIPT)].map((m) => m[1]!);
  if (script.length !== 1) throw new Error('index.html has not exactly one module script');
  const preloads = [...template.matchAll(MODULE_PRELOAD)].map((m) => m[1]!);
  // The loader of src/boot/after-paint.ts: the app's code after the first paint (ADR 0011).
  // Every page of a build has the same script and preloads: compiled once, not per day.
  const key = JSON.stringify([script[0], preloads]);
  let loader = loaders.get(key);
  if (!loader) {
    loader = inlineBoot('after-paint', { APP_SCRIPT: script[0]!, PRELOADS: preloads });
    loaders.set(key, loader);
  }
  const html = await loader;
  return template
    .replace(MODULE_SCRIPT, '')
    .replace(MODULE_PRELOAD, '')
    .replace('<html', `<html ${ATTR.loadAfterPaint}`)
    .replace(ROOT_TAG, () => `<div id="root" ${ATTR.prerendered}>${markup}</div>${html}`);
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown;
}

/** Prerenders the long days of a built app's data; returns the dates written. */
export async function prerender(dist: string): Promise<string[]> {
  const template = await readFile(path.join(dist, 'index.html'), 'utf8');
  const manifest = manifestSchema.parse(await readJson(path.join(dist, 'data', 'manifest.json')));
  const byDate = new Map<string, typeof manifest.dailies>();
  for (const d of manifest.dailies) byDate.set(d.date, [...(byDate.get(d.date) ?? []), d]);
  const long = [...byDate].filter(([, entries]) => entries.some((e) => isLongDay(e.paperCount)));
  // No long day (the bundled sample data): no SSR server to start.
  if (long.length === 0) return [];
  const vite = await createServer({
    root: path.resolve(import.meta.dirname, '../..'),
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    const { renderDailyPage } = (await vite.ssrLoadModule('/src/prerender.tsx')) as Renderer;
    for (const [date, entries] of long) {
      const lists = new Map<string, DailyList>();
      for (const e of entries)
        lists.set(e.file, dailyListSchema.parse(await readJson(path.join(dist, 'data', e.file))));
      const weeklies = new Map<string, WeeklyDigest>();
      for (const w of manifest.weeklies)
        if (w.start <= date && date <= w.end)
          weeklies.set(
            w.file,
            weeklyDigestSchema.parse(await readJson(path.join(dist, 'data', w.file))),
          );
      const html = await pageWith(template, await renderDailyPage(date, manifest, lists, weeklies));
      await writeAtomic(path.join(dist, 'daily', `${date}.html`), html);
    }
    return long.map(([date]) => date);
  } finally {
    await vite.close();
  }
}
