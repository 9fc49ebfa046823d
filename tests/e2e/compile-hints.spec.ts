/**
 * The scripts a long day runs as it starts are compiled whole off the main thread: each begins
 * with V8's explicit compile hint as its very first line (ADR 0034), the entry and its shared
 * chunks included (Vite writes their preload map at the top too). KaTeX, of which a page runs
 * a small part, is compiled as it is used.
 */
import { expect, test } from '@playwright/test';
import { syntheticDay } from './synthetic-day.ts';

const DATE = '2026-06-30';
const { serve } = syntheticDay(DATE, 600, 5, 'compilehintstest');
const HINT = '//# allFunctionsCalledOnLoad\n';

test('every script a long day runs as it starts begins with the compile hint', async ({ page }) => {
  const scripts = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js'))
      scripts.add(url.pathname);
  });
  await serve(page);
  await page.goto(`/daily/${DATE}`);
  // The long day's list (its own chunk) in place.
  await expect(page.locator('[data-index]').first()).toBeAttached();
  const names = [...scripts].map((p) => p.replace(/^\/assets\/|-[\w-]{8}\.js$/g, ''));
  expect(names).toEqual(
    expect.arrayContaining(['index', 'vendor', 'shared', 'virtual-rows', 'data-worker']),
  );
  for (const pathname of scripts) {
    const text = await (await page.request.get(pathname)).text();
    expect.soft(text.startsWith(HINT), pathname).toBe(!/\/katex-/.test(pathname));
  }
});
