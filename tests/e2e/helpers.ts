import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe on the page as it is and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
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
