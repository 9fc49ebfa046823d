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
import { writeAtomic } from '../ingest/store.ts';

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
 * Loads the app's code (and starts index.html's early data fetches) once the HTML's first
 * contentful paint is on screen (Paint Timing; the frame after the first where it is not
 * supported), not alongside the stylesheet: the page is readable before the app runs, so the
 * first paint waits for nothing but the HTML and the CSS (on a slow network the app's ~110 KB
 * no longer share its bandwidth with the stylesheet). A timer stands in for the paint in a
 * tab that paints nothing (rendering paused in the background). For a reader of another
 * language the HTML is hidden (index.html): nothing to paint first, the code loads at once.
 * See docs/decisions/0011-first-paint.md.
 */
function loaderAfterFirstPaint(script: string, preloads: readonly string[]): string {
  // JSON of plain URLs, with "<" escaped: nothing in them can close the script element.
  const json = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');
  return `<script>(function(){var done=false;function go(){if(done)return;done=true;if(window.__digestStartEarly)window.__digestStartEarly();${json(preloads)}.forEach(function(h){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=h;document.head.appendChild(l)});var s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=${json(script)};document.head.appendChild(s)}var types=window.PerformanceObserver&&PerformanceObserver.supportedEntryTypes||[];if(document.documentElement.getAttribute('data-prerender')==='hidden')go();else if(types.indexOf('paint')>=0){new PerformanceObserver(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();go()}}).observe({type:'paint',buffered:true})}else requestAnimationFrame(function(){setTimeout(go,0)});setTimeout(go,1000)})();</script>`;
}

/**
 * The built page with `markup` inside its root element, marked as prerendered, its app code
 * loaded after the first paint.
 */
export function pageWith(template: string, markup: string): string {
  if (!template.includes(ROOT_TAG)) throw new Error(`index.html has no ${ROOT_TAG}`);
  const script = [...template.matchAll(MODULE_SCRIPT)].map((m) => m[1]!);
  if (script.length !== 1) throw new Error('index.html has not exactly one module script');
  const preloads = [...template.matchAll(MODULE_PRELOAD)].map((m) => m[1]!);
  return template
    .replace(MODULE_SCRIPT, '')
    .replace(MODULE_PRELOAD, '')
    .replace('<html', '<html data-load-after-paint')
    .replace(
      ROOT_TAG,
      () =>
        `<div id="root" data-prerendered>${markup}</div>${loaderAfterFirstPaint(script[0]!, preloads)}`,
    );
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
      const html = pageWith(template, await renderDailyPage(date, manifest, lists, weeklies));
      await writeAtomic(path.join(dist, 'daily', `${date}.html`), html);
    }
    return long.map(([date]) => date);
  } finally {
    await vite.close();
  }
}
