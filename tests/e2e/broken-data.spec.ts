/**
 * Broken data and flaky networks in the browser: each gives a clear alert in place, the rest
 * of the app keeps working, axe finds nothing wrong with the error state, and the page
 * recovers when the data comes back. Each state is also saved as a screenshot
 * (test-results/states/) for people to look at.
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, setOffline } from './helpers';

const DATE = '2026-02-06';

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join('test-results', 'states', `${name}.png`) });

test('offline: its own alert, opened pages keep working, the rest loads when back', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: DATE }).first().click();
  await expect(page.getByRole('article')).toHaveCount(5);
  await setOffline(context, page, true);
  // A page not opened yet (neither its code nor its data): no endless skeleton, an alert
  // and a waiting message.
  await page.getByRole('link', { name: 'Archive' }).click();
  await page
    .getByRole('link', { name: /AI for Science/ })
    .first()
    .click();
  await expect(page.getByRole('alert')).toContainText('You are offline.');
  await expect(page.getByRole('main').getByRole('status')).toContainText(
    'Waiting for the connection',
  );
  await expectNoAxeViolations(page, 'offline');
  await shot(page, 'offline');
  // The day already opened still reads.
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('article')).toHaveCount(5);
  await page.goForward();
  await page.goForward();
  await setOffline(context, page, false);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('AI for Science');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a day file of a newer format says to reload, and the header still works', async ({
  page,
}) => {
  await page.route('**/data/daily/*.json', (route) =>
    route.fulfill({ json: { schemaVersion: 99, kind: 'daily', papers: [] } }),
  );
  await page.goto(`/daily/${DATE}`);
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('data format version 99');
  await expect(alert).toContainText('Reload to get the newest reader');
  await expectNoAxeViolations(page, 'newer format');
  await shot(page, 'newer-format');
  await page.getByRole('banner').getByRole('link', { name: 'Archive' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('arXiv digests');
});

test('a manifest naming a missing file: an alert, and Try again recovers once it is there', async ({
  page,
}) => {
  let missing = true;
  await page.route('**/data/daily/*.json', (route) =>
    missing ? route.fulfill({ status: 404, body: 'Not Found' }) : route.fallback(),
  );
  await page.goto(`/daily/${DATE}`);
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('HTTP 404');
  await expectNoAxeViolations(page, 'missing day file');
  await shot(page, 'missing-file');
  missing = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('article')).toHaveCount(5);
});

test('details that fail to load: an alert in the card, the list keeps working', async ({
  page,
}) => {
  let failing = true;
  await page.route('**/data/details/*.json*', (route) =>
    failing ? route.fulfill({ status: 500, body: 'oops' }) : route.fallback(),
  );
  await page.goto(`/daily/${DATE}`);
  const card = page.getByRole('article').first();
  await card.getByRole('button', { name: /Details/ }).click();
  const alert = card.getByRole('alert');
  await expect(alert).toContainText('The details could not be loaded');
  await expect(alert).toContainText('HTTP 500');
  await expectNoAxeViolations(page, 'details error');
  await alert.scrollIntoViewIfNeeded();
  await shot(page, 'details-error');
  await page
    .getByRole('group', { name: 'Categories' })
    .getByRole('button', { name: /^hep-th/ })
    .click();
  await expect(page.getByRole('status')).toHaveText('Showing 1 of 5 papers');
  await page
    .getByRole('group', { name: 'Categories' })
    .getByRole('button', { name: /^All/ })
    .click();
  failing = false;
  await page.getByRole('article').first().getByRole('button', { name: 'Try again' }).click();
  await expect(
    page.getByRole('article').first().getByRole('heading', { name: 'Abstract' }),
  ).toBeVisible();
});

test('a slow network shows a skeleton, then the day', async ({ page }) => {
  await page.route('**/data/daily/*.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.fallback();
  });
  await page.goto(`/daily/${DATE}`);
  await expect(page.getByLabel('Loading')).toBeVisible();
  await expectNoAxeViolations(page, 'loading');
  await expect(page.getByRole('article')).toHaveCount(5, { timeout: 10_000 });
});

test('files are checked in the data worker: the page itself loads no schema code', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  // A day of the wrong shape: the worker's check is what finds it.
  await page.route('**/data/daily/*.json', (route) =>
    route.fulfill({ json: { schemaVersion: 2, kind: 'daily', papers: 'many' } }),
  );
  await page.goto(`/daily/${DATE}`);
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    'does not match the digest format',
  );
  expect(workers.some((url) => /data-worker-[\w-]+\.js(#.*)?$/.test(url))).toBe(true);
  expect(scripts.filter((s) => /\/(schemas|data-check)-[\w-]+\.js$/.test(s))).toEqual([]);
});
