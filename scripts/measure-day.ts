/**
 * Measures a daily page of a production build in Debian's Chromium:
 *
 *   npx tsx scripts/measure-day.ts --data DIR --date YYYY-MM-DD [--cpu 4] [--runs 3]
 *
 * Builds the app, serves it with DIR as its data folder, and prints JSON with, per run:
 * navigation → first paper card in the DOM and painted, a category click → next paint (Event
 * Timing duration, which includes the paint), a text filter keystroke → paint, and the DOM
 * element count. --cpu slows the CPU down (Chrome DevTools CPU throttling).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    date: { type: 'string' },
    cpu: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    dist: { type: 'string' },
  },
});
if (!values.data || !values.date) {
  console.error('usage: measure-day.ts --data DIR --date YYYY-MM-DD [--cpu N] [--runs N]');
  process.exit(2);
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const root = path.resolve(import.meta.dirname, '..');
let dist = values.dist;
if (!dist) {
  dist = mkdtempSync(path.join(tmpdir(), 'measure-dist-'));
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      dist,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: root, stdio: 'inherit' },
  );
}
rmSync(path.join(dist, 'data'), { recursive: true, force: true });
cpSync(path.resolve(values.data), path.join(dist, 'data'), { recursive: true });

const server = await preview({
  root,
  build: { outDir: dist },
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'error',
});
const address = server.httpServer.address();
const base = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';

/**
 * Installed before the page loads: when the first card appears and when it is painted, and
 * every Event Timing entry. Plain JavaScript text: a function would be serialised with the
 * helpers tsx adds to it, which the page does not have.
 */
const OBSERVE_FIRST_CARD = `
  window.__events = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__events.push(e); })
    .observe({ type: 'event', durationThreshold: 16, buffered: true });
  const check = () => {
    if (window.__firstCard === undefined && document.querySelector('article')) {
      window.__firstCard = performance.now();
      requestAnimationFrame(() => setTimeout(() => (window.__firstCardPainted = performance.now()), 0));
      return true;
    }
    return false;
  };
  new MutationObserver((_, obs) => check() && obs.disconnect()).observe(document, { childList: true, subtree: true });
`;

async function eventDuration(
  page: Page,
  type: string,
  action: () => Promise<void>,
): Promise<number> {
  await page.evaluate(() => ((window as unknown as { __events: unknown[] }).__events = []));
  await action();
  await page.waitForTimeout(800);
  return page.evaluate(
    (t) =>
      Math.max(
        0,
        ...(window as unknown as { __events: PerformanceEventTiming[] }).__events
          .filter((e) => e.name === t)
          .map((e) => e.duration),
      ),
    type,
  );
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
const runs = [];
try {
  for (let i = 0; i < Number(values.runs); i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.cpu) });
    await page.addInitScript({ content: OBSERVE_FIRST_CARD });
    page.on('pageerror', (e) => console.error('pageerror', e.message));
    page.on('response', (r) => r.status() >= 400 && console.error('http', r.status(), r.url()));
    await page.goto(`${base}/daily/${values.date}`, { waitUntil: 'load' });
    try {
      await page.waitForFunction(
        () =>
          (window as unknown as { __firstCardPainted?: number }).__firstCardPainted !== undefined,
        null,
        { timeout: 60_000 },
      );
    } catch (e) {
      console.error(
        `no paper card appeared; the page says: ${(await page.locator('body').innerText()).slice(0, 400)}`,
      );
      throw e;
    }
    const firstCard = await page.evaluate(
      () => (window as unknown as { __firstCardPainted: number }).__firstCardPainted,
    );
    await page.waitForTimeout(500);
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const timeline = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
        (r) => ({
          name: r.name.replace(/^.*\//, '').replace(/\.[0-9a-f]{8,}\./, '.'),
          start: Math.round(r.startTime),
          end: Math.round(r.responseEnd),
          kb: Math.round(r.transferSize / 1024),
        }),
      );
      return { domContentLoaded: Math.round(nav.domContentLoadedEventEnd), resources: res };
    });
    const categories = page.getByRole('group', { name: 'Categories' }).getByRole('button');
    const second = categories.nth(1);
    const categoryClick = await eventDuration(page, 'click', () => second.click());
    const status = await page.getByRole('status').textContent();
    const categoryClickBack = await eventDuration(page, 'click', () => categories.first().click());
    const box = page.getByRole('searchbox');
    await box.focus();
    const keystroke = await eventDuration(page, 'keydown', () => page.keyboard.press('a'));
    runs.push({
      timeline,
      firstCardMs: Math.round(firstCard),
      categoryClickMs: categoryClick,
      categoryClickBackMs: categoryClickBack,
      keystrokeMs: keystroke,
      domElements,
      afterClick: status,
    });
    await context.close();
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  JSON.stringify(
    {
      date: values.date,
      cpuSlowdown: Number(values.cpu),
      runs,
      median: {
        firstCardMs: median(runs.map((r) => r.firstCardMs)),
        categoryClickMs: median(runs.map((r) => r.categoryClickMs)),
        keystrokeMs: median(runs.map((r) => r.keystrokeMs)),
        domElements: median(runs.map((r) => r.domElements)),
      },
    },
    null,
    2,
  ),
);
