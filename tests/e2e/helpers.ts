import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';

/** The rules axe checks: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
export const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
] as const;

/** Runs axe (WCAG 2.2 AA and best practices) on the page as it is; fails with the violations. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Waits until the page is idle (its pending renders and layout done), at most 2 s. */
export async function idle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 2000 })),
  );
}

/** When the page started fetching each of the app's scripts (ms since navigation). */
export async function appScriptStarts(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((r) => /\/assets\/.*\.js$/.test(r.name))
      .map((r) => r.startTime),
  );
}

/**
 * Resolves once the page's scroll position has stayed put for `frames` animation frames in a
 * row (at most 600 frames in all): nothing is still moving the page, such as a restored
 * position arriving late.
 */
export async function scrollSettled(page: Page, frames = 90): Promise<void> {
  await page.evaluate(
    (wanted) =>
      new Promise<void>((resolve) => {
        let last = window.scrollY;
        let still = 0;
        let total = 0;
        const tick = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= wanted || ++total >= 600) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    frames,
  );
}

/**
 * Scrolls the window down by `dy` as a reader does, and waits until it is there: a virtual
 * list grows as its rows are measured, so the page may need a few frames to be long enough.
 */
export async function scrollDownBy(page: Page, dy: number): Promise<void> {
  const target = (await page.evaluate(() => window.scrollY)) + dy;
  await expect
    .poll(async () =>
      page.evaluate((y) => {
        if (window.scrollY < y - 1) window.scrollTo(0, y);
        return window.scrollY;
      }, target),
    )
    .toBeGreaterThanOrEqual(target - 1);
}

/**
 * The page's controls (buttons, links, fields) that are visible, outside running text, and
 * smaller than `min` CSS px in either dimension. A link inside a sentence is exempt, as WCAG
 * 2.2's target-size rule allows (it is laid out inline, among other words).
 */
export async function smallTargets(page: Page, min = 24): Promise<string[]> {
  return page.evaluate((least) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      'button, a[href], input, select, summary, [role="button"]',
    )) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (el.closest('.sr-only, [aria-hidden="true"]') || el.classList.contains('sr-only'))
        continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      // Inline in a line of text (a sentence, or a heading's own line): its size is the line's.
      let block = el.parentElement;
      while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
      const blockText = block?.textContent?.trim() ?? '';
      const ownText = el.textContent?.trim() ?? '';
      const inHeading = block !== null && /^H[1-6]$/.test(block.tagName);
      if (style.display === 'inline' && (inHeading || blockText.length > ownText.length + 2))
        continue;
      if (box.width < least - 0.5 || box.height < least - 0.5)
        out.push(
          `${el.tagName.toLowerCase()} "${ownText.slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    }
    return out;
  }, min);
}

/** Serves an ingested data folder (built by the test) as the app's /data/. */
export async function serveDataDir(
  page: Page,
  dir: string,
  options: {
    /** Each data file asked for, by its path in the folder. */
    seen?: (rel: string) => void;
    /** A file's body as served (an older manifest, say). */
    rewrite?: (rel: string, body: Buffer) => Buffer | string;
  } = {},
): Promise<void> {
  await page.route('**/data/**', (route) => {
    const rel = new URL(route.request().url()).pathname.replace(/^.*\/data\//, '');
    options.seen?.(rel);
    let body: Buffer;
    try {
      body = readFileSync(path.join(dir, rel));
    } catch {
      return route.fulfill({ status: 404 });
    }
    return route.fulfill({ body: options.rewrite?.(rel, body) ?? body });
  });
}

/** The paper articles' names (their titles), in the list's order. */
/**
 * After a link from a day to a paper's page: waits for the page itself. The address changes
 * first, and the day stays on screen (its h1 visible too) while the page's code arrives; the
 * day's cards, numbered in their list (`aria-setsize`), go when the page is drawn, in the same
 * commit as its scroll to the top.
 */
export async function paperPageShown(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/paper\//);
  await expect(page.locator('main article[aria-setsize]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export const articleTitles = (page: Page): Promise<string[]> =>
  page.getByRole('article').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''));

/**
 * Takes the browser offline, or back online. Playwright's `setOffline` cuts the network and
 * tells the page (`navigator.onLine`, the `offline` and `online` events). But Debian's
 * Chromium 150 starts a page loaded while offline (a reload) with `navigator.onLine` true; 156
 * did not. So every page loaded from now on is given the browser's answer, and the page on
 * screen keeps it when it had been given the other one. The network is cut either way; what
 * the tests check is what the app does once the browser says so.
 */
export async function setOffline(
  context: BrowserContext,
  page: Page,
  offline: boolean,
): Promise<void> {
  await context.setOffline(offline);
  await context.addInitScript({
    content: `Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => ${!offline} });`,
  });
  // Only where the page has it wrong: overriding it everywhere would leave the page's own
  // answer behind the browser's events (the `online` event fires inside setOffline, before this).
  await page.evaluate((online) => {
    if (navigator.onLine !== online)
      Object.defineProperty(Navigator.prototype, 'onLine', {
        configurable: true,
        get: () => online,
      });
  }, !offline);
}
