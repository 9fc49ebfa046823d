/**
 * New since your last visit (issue 19): three ingested days, the Saturday file repeating
 * Friday's papers (as real weekend files do), and Monday one of them again.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { Reporter } from '../../scripts/ingest/report.ts';
import { ingest } from '../../scripts/ingest/run.ts';
import { tempDir } from '../helpers/data-dir.ts';
import { articleTitles, serveDataDir } from './helpers.ts';

const record = (n: number, topic: string) => {
  const id = `2603.${String(10000 + n)}`;
  return {
    id,
    categories: [n % 2 ? 'cs.CV' : 'cs.LG'],
    pdf: `https://arxiv.org/pdf/${id}`,
    abs: `https://arxiv.org/abs/${id}`,
    authors: [`Author ${n}`],
    title: `A study of ${topic} number ${n}`,
    comment: null,
    summary: `We study ${topic} in paper ${n} with care and measure it.`,
    AI: { tldr: `关于${topic}的研究 ${n}` },
  };
};
const DAYS: Record<string, number[]> = {
  '2026-03-06': [1, 2, 3],
  '2026-03-07': [1, 2, 3],
  '2026-03-09': [4, 5, 3],
};
let data = '';

test.beforeAll(async () => {
  const src = tempDir('since-src-');
  data = tempDir('since-data-');
  for (const [date, ns] of Object.entries(DAYS))
    writeFileSync(
      path.join(src, `${date}_AI_enhanced_Chinese.jsonl`),
      `${ns.map((n) => JSON.stringify(record(n, n > 3 ? 'robots' : 'graphs'))).join('\n')}\n`,
    );
  await ingest({ paths: [src], out: data }, new Reporter());
});

const serve = (page: Page) => serveDataDir(page, data);
const titles = articleTitles;

test('a range shows each repeated paper once, with the dates it was listed on', async ({
  page,
}) => {
  await serve(page);
  await page.goto('/since?from=2026-03-06&to=2026-03-09');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Papers from 2026-03-06 to 2026-03-09',
  );
  await expect(
    page.getByText('5 papers from 3 days (4 repeated listings shown once)'),
  ).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(5);
  expect(new Set(await titles(page)).size).toBe(5);
  const three = page.getByRole('article', { name: /number 3$/ });
  await expect(three.locator('[data-part="dates"]')).toHaveText(
    'Listed on 2026-03-06, 2026-03-07, 2026-03-09',
  );
  await expect(page.getByRole('article').first()).toHaveAttribute('aria-setsize', '5');

  // The daily page's filters apply.
  await page
    .getByRole('group', { name: 'Categories' })
    .getByRole('button', { name: /cs\.CV/ })
    .click();
  await expect(page.getByRole('status')).toHaveText('Showing 3 of 5 papers');
  await expect(page).toHaveURL(/cat=cs\.CV/);

  // For you over the whole range, from a paper saved on its own day.
  await page
    .getByRole('group', { name: 'Categories' })
    .getByRole('button', { name: /All/ })
    .click();
  await page
    .getByRole('article', { name: /number 4$/ })
    .getByRole('button', { name: /Save/ })
    .click();
  await page.getByLabel('Sort').selectOption({ label: 'For you' });
  await expect(page.getByRole('status')).toContainText('ranked for you from 1 signal');
  expect((await titles(page)).slice(0, 2).every((t) => t.includes('robots'))).toBe(true);

  // Another range keeps the order chosen.
  await page.getByRole('link', { name: 'Last week' }).click();
  await expect(page).toHaveURL(/sort=for-you/);
  await expect(page).toHaveURL(/from=2026-03-03&to=2026-03-09/);
  await expect(page.getByRole('status')).toContainText('ranked for you from 1 signal');
});

test('after a visit, /since and the home page start from it', async ({ page }) => {
  await serve(page);
  // A first visit: the last 3 days.
  await page.goto('/since');
  await expect(page.getByText(/Your first visit here/)).toBeVisible();

  // A later visit (a new tab session) when the archive then ended on Friday.
  await page.evaluate(() => {
    localStorage.setItem('digest-reader:last-visit-newest', '2026-03-06');
    sessionStorage.clear();
  });
  await page.goto('/');
  await expect(
    page.getByRole('link', { name: 'New since your last visit: 6 papers listed over 2 days' }),
  ).toBeVisible();
  await page.getByRole('link', { name: /New since your last visit/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New since your last visit');
  await expect(page.getByRole('article')).toHaveCount(5);
  await expect(
    page.getByRole('article', { name: /number 1$/ }).locator('[data-part="dates"]'),
  ).toHaveText('Listed on 2026-03-07');
  // Quick choices.
  await page.getByRole('link', { name: 'Last week' }).click();
  await expect(page).toHaveURL(/from=2026-03-03&to=2026-03-09/);
  await expect(page.getByRole('article')).toHaveCount(5);
});
