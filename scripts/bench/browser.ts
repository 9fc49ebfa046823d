/** Serving a build and measuring pages of it in Debian's Chromium (playwright-core). */
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { preview } from 'vite';
import { APP_READY_MARK } from '../../src/boot/contract.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { prerender } from '../prerender/run.ts';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Serves a production build with `dataDir` as its data folder, its long days prerendered as
 * `npm run build` does (scripts/prerender); returns its URL.
 */
export async function serveBuild(
  root: string,
  dist: string,
  dataDir: string,
  options: { prerender?: boolean } = {},
): Promise<{ base: string; close: () => Promise<void> }> {
  rmSync(path.join(dist, 'data'), { recursive: true, force: true });
  rmSync(path.join(dist, 'daily'), { recursive: true, force: true });
  cpSync(dataDir, path.join(dist, 'data'), { recursive: true });
  if (options.prerender !== false) await prerender(dist);
  const server = await preview({
    root,
    build: { outDir: dist },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'error',
  });
  const address = server.httpServer.address();
  const base = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
  return {
    base,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}

/**
 * Installed before the page loads: when the first card appears and is painted, and every
 * Event Timing entry. Plain JavaScript text: a function would be serialised with the helpers
 * tsx adds to it, which the page does not have.
 */
const OBSERVE = `
  window.__events = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__events.push(e); })
    .observe({ type: 'event', durationThreshold: 16, buffered: true });
  const check = () => {
    if (window.__firstCard === undefined && document.querySelector('article')) {
      window.__firstCard = performance.now();
      requestAnimationFrame(() => setTimeout(() => {
        window.__firstCardPainted = performance.now();
        console.debug('bench:first-card-painted');
      }, 0));
      return true;
    }
    return false;
  };
  new MutationObserver((_, obs) => check() && obs.disconnect()).observe(document, { childList: true, subtree: true });
`;

/**
 * The latency of the interaction `action` makes, as INP counts it: the longest Event Timing
 * duration among the events of the interaction (pointerdown, pointerup and click; keydown and
 * keyup), each from its own time stamp to the next paint after it was handled.
 */
async function eventDuration(
  page: Page,
  type: string,
  action: () => Promise<void>,
): Promise<number> {
  await page.evaluate(() => ((window as unknown as { __events: unknown[] }).__events = []));
  await action();
  await page.waitForTimeout(800);
  return page.evaluate((t) => {
    // interactionId: in Chromium since 96, not yet in TypeScript's DOM types.
    const events = (
      window as unknown as { __events: (PerformanceEventTiming & { interactionId: number })[] }
    ).__events;
    const ids = new Set(
      events.filter((e) => e.name === t && e.interactionId > 0).map((e) => e.interactionId),
    );
    return Math.max(
      0,
      ...events.filter((e) => e.name === t || ids.has(e.interactionId)).map((e) => e.duration),
    );
  }, type);
}

/** The pointer rests on a control this long before it is pressed (a person aims first). */
const HOVER_MS = 300;
/** A press lasts this long: a person's click or tap holds the button ~100 ms. */
const PRESS_MS = 100;

/**
 * A click as a reader makes it: the pointer moved onto the element's middle, then pressed and
 * released a moment later, input events sent to the browser with no script of the driver's
 * in the page while they are handled.
 * - A locator's click() also checks its hit target from inside the page's own pointer events
 *   (Playwright's listeners query the element by its role again), work that Event Timing and
 *   the long-task figures would count as the page's: docs/decisions/0035.
 * - `page.mouse.click` sends the move, the press and the release at once: the page handled
 *   them in one frame, and the click's latency counted the pointer's arrival and the press
 *   (their time stamps were within 1 ms of each other): docs/decisions/0036.
 */
export async function tap(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('tap: the element has no box on the page');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(HOVER_MS);
  await page.mouse.down();
  await page.waitForTimeout(PRESS_MS);
  await page.mouse.up();
}

/** Plain JavaScript text (see OBSERVE): the click's time stamp, and the paint after the status changes. */
const WATCH_FILTER = `
  window.__filter = {};
  const status = () => document.querySelector('main [role="status"]')?.textContent ?? '';
  const before = status();
  addEventListener('click', (e) => { window.__filter.click ??= e.timeStamp; }, { capture: true, once: true });
  new MutationObserver((_, observer) => {
    if (window.__filter.click === undefined || status() === before) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => {
      window.__filter.painted = performance.now();
      console.debug('bench:filtered');
    }, 0));
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

/**
 * A click until the list shows its effect: from the click's time stamp to the frame painted
 * after the status first changes (the filtered count). Event Timing alone stops at the next
 * paint, which an update deferred to a transition does not wait for (issue 17: a category tap
 * "painted" in 90 ms showed its filtered list ~1 s later).
 */
async function clickUntilFiltered(page: Page, action: () => Promise<void>): Promise<number> {
  await page.evaluate(WATCH_FILTER);
  const shown = page.waitForEvent('console', {
    predicate: (m) => m.text() === 'bench:filtered',
    timeout: 15_000,
  });
  const event = await eventDuration(page, 'click', action);
  await shown;
  const t = await page.evaluate(
    () => (window as unknown as { __filter: { click: number; painted: number } }).__filter,
  );
  return Math.max(event, Math.round(t.painted - t.click));
}

export interface DailyRun {
  firstCardMs: number;
  /** A category chip, click until the filtered list is painted (`clickUntilFiltered`). */
  categoryClickMs: number;
  /** A trend chip, measured as a category chip; null when no week's trends cover the day. */
  trendClickMs: number | null;
  /** Opening a card's details (the first card), click to next paint. */
  detailsClickMs: number;
  /** Saving a paper (the first card), click to next paint. */
  saveClickMs: number;
  keystrokeMs: number;
  domElements: number;
  resources: { name: string; start: number; end: number }[];
}

/**
 * A cold load of a daily page with the CPU slowed `cpu` times, in a fresh context (closed by
 * the caller), up to its first card painted.
 */
export async function loadToFirstCard(
  browser: Browser,
  url: string,
  cpu: number,
): Promise<{ context: BrowserContext; page: Page; firstCardMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.addInitScript({ content: OBSERVE });
  // Waiting for a console message, not with page.waitForFunction: that injects Playwright's
  // own script into the page (~150 ms of main thread at 4x) while the page is still loading.
  const painted = page.waitForEvent('console', {
    predicate: (m) => m.text() === 'bench:first-card-painted',
    timeout: 60_000,
  });
  await page.goto(url, { waitUntil: 'load' });
  await painted;
  const firstCardMs = Math.round(
    await page.evaluate(
      () => (window as unknown as { __firstCardPainted: number }).__firstCardPainted,
    ),
  );
  // A prerendered page's cards are painted before the app runs: interactions are measured on
  // the app, once it has hydrated them (the app's mark), not on the static page.
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    APP_READY_MARK,
    { timeout: 60_000 },
  );
  return { context, page, firstCardMs };
}

/** One cold load of a daily page with the CPU slowed `cpu` times. */
export async function measureDaily(browser: Browser, url: string, cpu: number): Promise<DailyRun> {
  const { context, page, firstCardMs } = await loadToFirstCard(browser, url, cpu);
  try {
    await page.waitForTimeout(500);
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
    // The page's and its workers' (the data worker fetches the page's first files itself),
    // in the page's time.
    const list = () => ({
      origin: performance.timeOrigin,
      entries: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
        (r) => ({ name: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd }),
      ),
    });
    const own = await page.evaluate(list);
    const theirs = await Promise.all(page.workers().map((w) => w.evaluate(list)));
    const resources = [own, ...theirs].flatMap(({ origin, entries }) =>
      entries.map((r) => ({
        name: r.name,
        start: Math.round(r.start + origin - own.origin),
        end: Math.round(r.end + origin - own.origin),
      })),
    );
    const categories = page.getByRole('group', { name: 'Categories' }).getByRole('button');
    const categoryClickMs = await clickUntilFiltered(page, () => tap(page, categories.nth(1)));
    await eventDuration(page, 'click', () => tap(page, categories.first()));
    // A trend chip the same way, where a week's trends cover the day; pressed again to clear.
    const trends = page.getByRole('group', { name: 'Trends' }).getByRole('button');
    let trendClickMs: number | null = null;
    if ((await trends.count()) > 0) {
      trendClickMs = await clickUntilFiltered(page, () => tap(page, trends.first()));
      await eventDuration(page, 'click', () => tap(page, trends.first()));
    }
    const card = page.getByRole('article').first();
    const detailsClickMs = await eventDuration(page, 'click', () =>
      tap(page, card.locator('[data-action="details"]')),
    );
    const saveClickMs = await eventDuration(page, 'click', () =>
      tap(page, card.locator('[data-action="save"]')),
    );
    await page.getByRole('searchbox').focus();
    const keystrokeMs = await eventDuration(page, 'keydown', () => page.keyboard.press('a'));
    return {
      firstCardMs,
      categoryClickMs,
      trendClickMs,
      detailsClickMs,
      saveClickMs,
      keystrokeMs,
      domElements,
      resources,
    };
  } finally {
    await context.close();
  }
}

export function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

/** A production build of the app into `outDir`. */
export function buildApp(root: string, outDir: string): void {
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}

/**
 * Installed before the page loads: the moment the second category chip (the first real
 * category) is painted, with where it is; when a click reaches the page, when the chip shows
 * pressed, and when the status first counts fewer papers than the day has (the list filtered).
 */
const OBSERVE_TAP = `
  window.__tap = {};
  const chipOf = () => document.querySelector('[role="group"][aria-label="Categories"] button:nth-of-type(2)');
  addEventListener('click', (e) => { if (window.__tap.clickAt === undefined) window.__tap.clickAt = e.timeStamp; }, true);
  const watch = new MutationObserver(() => {
    const t = window.__tap;
    const chip = chipOf();
    if (chip && t.chipAt === undefined) {
      t.chipAt = performance.now();
      requestAnimationFrame(() => setTimeout(() => {
        const r = chipOf().getBoundingClientRect();
        console.debug('bench:chip-painted ' + (r.left + r.width / 2) + ' ' + (r.top + r.height / 2));
      }, 0));
    }
    if (chip && t.clickAt !== undefined && t.pressedAt === undefined && chip.getAttribute('aria-pressed') === 'true')
      t.pressedAt = performance.now();
    const status = document.querySelector('main [role="status"]');
    const m = status && /(\\d[\\d,]*)\\D+(\\d[\\d,]*)/.exec(status.textContent || '');
    if (t.clickAt !== undefined && m && m[1] !== m[2] && t.filteredAt === undefined) {
      t.filteredAt = performance.now();
      console.debug('bench:filtered');
      watch.disconnect();
    }
  });
  watch.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-pressed'] });
`;

export interface EarlyTapRun {
  /** The chip was tapped before the app's ready mark. */
  beforeReady: boolean;
  /** The list never filtered (within 15 s). */
  lost: boolean;
  /** From the tap to the chip showing pressed. */
  feedbackMs: number;
  /** From the tap to the list filtered. */
  tapToListMs: number;
  /** From the app's ready mark to the list filtered (0 when the tap came after the mark). */
  afterReadyMs: number;
  readyMs: number;
}

/**
 * A cold load at `cpu`× slowdown, and a tap on a category chip the moment it is painted (the
 * prerendered page's chip, typically before the app is ready): whether the tap took effect,
 * and how soon.
 */
export async function measureEarlyTap(
  browser: Browser,
  url: string,
  cpu: number,
): Promise<EarlyTapRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.addInitScript({ content: OBSERVE_TAP });
    const painted = page.waitForEvent('console', {
      predicate: (m) => m.text().startsWith('bench:chip-painted'),
      timeout: 60_000,
    });
    const filtered = page
      .waitForEvent('console', { predicate: (m) => m.text() === 'bench:filtered', timeout: 15_000 })
      .then(
        () => true,
        () => false,
      );
    await page.goto(url, { waitUntil: 'commit' });
    const [, x, y] = (await painted).text().split(' ');
    await page.mouse.click(Number(x), Number(y));
    const ok = await filtered;
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      APP_READY_MARK,
      { timeout: 60_000 },
    );
    const t = await page.evaluate((mark) => {
      const tap = (window as unknown as { __tap: Partial<Record<string, number>> }).__tap;
      return {
        clickAt: tap.clickAt,
        pressedAt: tap.pressedAt,
        filteredAt: tap.filteredAt,
        readyAt: performance.getEntriesByName(mark)[0]?.startTime ?? NaN,
      };
    }, APP_READY_MARK);
    const clickAt = t.clickAt ?? NaN;
    const filteredAt = t.filteredAt ?? NaN;
    return {
      beforeReady: clickAt < t.readyAt,
      lost: !ok,
      feedbackMs: Math.round((t.pressedAt ?? NaN) - clickAt),
      tapToListMs: Math.round(filteredAt - clickAt),
      afterReadyMs: Math.round(Math.max(0, filteredAt - Math.max(t.readyAt, clickAt))),
      readyMs: Math.round(t.readyAt),
    };
  } finally {
    await context.close();
  }
}

/** The early-tap loads of one day: how many were lost, and how soon the others took effect. */
export function summariseEarlyTaps(runs: readonly EarlyTapRun[]) {
  const kept = runs.filter((r) => !r.lost);
  return {
    loads: runs.length,
    tappedBeforeReady: runs.filter((r) => r.beforeReady).length,
    lost: runs.length - kept.length,
    readyMs: median(runs.map((r) => r.readyMs)),
    feedbackMs: median(kept.map((r) => r.feedbackMs)),
    tapToListMs: median(kept.map((r) => r.tapToListMs)),
    afterReadyMs: median(kept.map((r) => r.afterReadyMs)),
    afterReadyMsMax: Math.max(0, ...kept.map((r) => r.afterReadyMs)),
  };
}
