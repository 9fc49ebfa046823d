/**
 * Offline reading with the service worker: a day opened once reads offline after a reload
 * (the app shell is precached, its files were cached when opened); a page never opened says
 * it waits for the connection.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, setOffline } from './helpers';

test.use({ serviceWorkers: 'allow' });

const DATE = '2026-02-06';

/** Opens the day, waits for the service worker, and reloads so that it serves the page. */
async function openUnderServiceWorker(page: Page) {
  await page.goto(`/daily/${DATE}`);
  await expect(page.getByRole('article')).toHaveCount(5);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true);
  await expect(page.getByRole('article')).toHaveCount(5);
}

test('an opened day reloads and reads offline, details included', async ({ page, context }) => {
  // Once the service worker is in charge, open the day (and its details) through it.
  await openUnderServiceWorker(page);
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.getByRole('heading', { name: 'Abstract' })).toHaveCount(5);

  await setOffline(context, page, true);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('You are offline.');
  await expect(page.getByRole('article')).toHaveCount(5);
  await expect(page.getByRole('status')).toHaveText('Showing 5 of 5 papers');
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.getByRole('heading', { name: 'Abstract' })).toHaveCount(5);
  await expectNoAxeViolations(page, 'daily, offline');

  // A page whose data was never opened: its code is there, its data waits.
  await page.getByRole('banner').getByRole('link', { name: 'Archive' }).click();
  await page
    .getByRole('link', { name: /AI for Science/ })
    .first()
    .click();
  await expect(page.getByRole('main').getByRole('status')).toContainText(
    'Waiting for the connection',
  );
  await setOffline(context, page, false);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('AI for Science');
});

test('For you ranks offline: its code and ranking data are kept like the day', async ({
  page,
  context,
}) => {
  await openUnderServiceWorker(page);
  await page.getByRole('article').nth(3).getByRole('button', { name: /Save/ }).click();
  await page.getByLabel('Sort').selectOption({ label: 'For you' });
  await expect(page.getByRole('status')).toContainText('ranked for you from 1 signal');
  const order = await page
    .getByRole('article')
    .evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));

  await setOffline(context, page, true);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('You are offline.');
  await expect(page.getByRole('status')).toContainText('ranked for you from 1 signal');
  expect(
    await page
      .getByRole('article')
      .evaluateAll((as) => as.map((a) => a.getAttribute('aria-label'))),
  ).toEqual(order);
  await expect(page.getByRole('article').first().locator('[data-part="why"]')).toContainText(
    'Why: ',
  );
});

test('a new version: the reader is told, and Reload switches to it', async ({ page }) => {
  const sw = path.resolve('dist-e2e/sw.js');
  const original = readFileSync(sw, 'utf8');
  try {
    await openUnderServiceWorker(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    // A deploy: the service worker's file changes.
    writeFileSync(sw, `${original}\n// deployed again\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const banner = page
      .getByRole('alert')
      .filter({ hasText: 'A new version of the reader is ready.' });
    await expect(banner).toBeVisible();
    await expectNoAxeViolations(page, 'update available');
    await Promise.all([
      page.waitForEvent('load'),
      banner.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await expect(page.getByRole('article')).toHaveCount(5);
    await expect(page.getByRole('alert')).toHaveCount(0);
  } finally {
    writeFileSync(sw, original);
  }
});
