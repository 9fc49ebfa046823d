import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

test('archive search from the header, in Chinese and English, with the query in the URL', async ({
  page,
}) => {
  await page.goto('/daily/2026-02-06');
  await page.getByRole('textbox', { name: 'Search the archive' }).fill('ESMFold');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=ESMFold$/);
  await expect(page.getByRole('status')).toHaveText('1 paper matches “ESMFold”.');
  await page.getByRole('link', { name: 'Mechanisms of AI Protein Folding in ESMFold' }).click();
  await expect(page).toHaveURL(/\/paper\/2602\.06020$/);

  await page.goto('/search?q=' + encodeURIComponent('重整化'));
  await expect(page.getByRole('status')).toHaveText('1 paper matches “重整化”.');
  await expect(
    page.getByRole('link', {
      name: 'Towards Worst-Case Guarantees with Scale-Aware Interpretability',
    }),
  ).toBeVisible();

  await page.getByRole('searchbox').fill('learning');
  await expect(page).toHaveURL(/q=learning/);
  await page.getByLabel('Category').selectOption('cs.LG');
  await expect(page).toHaveURL(/cat=cs\.LG/);
  await expect(page.getByRole('status')).toContainText('match “learning”');
  for (const link of await page.getByRole('main').getByRole('list').getByRole('link').all())
    await expect(link).toHaveAttribute('href', /\/paper\//);
  await expectNoAxeViolations(page, 'search results');
});
