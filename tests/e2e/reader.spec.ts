import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, horizontalOverflow, idle } from './helpers';

const DATE = '2026-02-06';
const WEEK = 'ai-for-science-2026-w06';

test('home → daily → category filter → reload → details → weekly → trend', async ({ page }) => {
  await page.goto('/');
  await expect(
    page.getByRole('banner').getByRole('link', { name: 'arXiv Digest Reader' }),
  ).toBeVisible();
  await page
    .getByRole('region', { name: 'Latest daily digest' })
    .getByRole('link', { name: DATE })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(DATE);
  await expect(page.getByRole('article')).toHaveCount(5);

  const lg = page
    .getByRole('group', { name: 'Categories' })
    .getByRole('button', { name: /^cs\.LG\s+2$/ });
  await lg.click();
  await expect(lg).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status')).toHaveText('Showing 2 of 5 papers');
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page).toHaveURL(/\?cat=cs\.LG$/);

  await page.reload();
  await expect(page.getByRole('status')).toHaveText('Showing 2 of 5 papers');
  await expect(
    page.getByRole('group', { name: 'Categories' }).getByRole('button', { name: /^cs\.LG/ }),
  ).toHaveAttribute('aria-pressed', 'true');

  const card = page.getByRole('article', { name: 'Mechanisms of AI Protein Folding in ESMFold' });
  await card.getByRole('button', { name: /Details/ }).click();
  await expect(card.getByRole('button', { name: /Details/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  for (const label of ['Motivation', 'Method', 'Result', 'Conclusion', 'Abstract']) {
    await expect(card.getByRole('heading', { name: label, exact: true })).toBeVisible();
  }
  await expect(card.getByRole('link', { name: /PDF/ })).toHaveAttribute(
    'href',
    'https://arxiv.org/pdf/2602.06020',
  );

  await page.getByRole('banner').getByRole('link', { name: 'arXiv Digest Reader' }).click();
  await page.getByRole('region', { name: 'Latest weekly digest' }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'AI for Science: February 2026 Week 6',
  );
  const trend = page
    .getByRole('group', { name: 'Trends' })
    .getByRole('button', { name: 'Mechanistic interpretability reaching protein models' });
  await trend.click();
  await expect(trend).toHaveAttribute('aria-pressed', 'true');
  const panel = page.getByRole('region', {
    name: 'Trend: Mechanistic interpretability reaching protein models',
  });
  await expect(
    panel.getByRole('link', { name: 'Mechanisms of AI Protein Folding in ESMFold' }),
  ).toBeVisible();

  // The linked paper opens its card in the daily digest.
  await panel.getByRole('link', { name: 'Mechanisms of AI Protein Folding in ESMFold' }).click();
  await expect(page).toHaveURL(new RegExp(`/daily/${DATE}#paper-2602\\.06020$`));
  await expect(
    page.getByRole('article', { name: 'Mechanisms of AI Protein Folding in ESMFold' }),
  ).toBeFocused();
});

test('deep links typed into the address bar', async ({ page }) => {
  await page.goto(
    `/weekly/${WEEK}?trend=${encodeURIComponent('LLMs entering materials synthesis planning')}`,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'AI for Science: February 2026 Week 6',
  );
  await expect(
    page.getByRole('region', { name: 'Trend: LLMs entering materials synthesis planning' }),
  ).toContainText('MSP-LLM');
  await page.goto('/paper/2602.06020');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Mechanisms of AI Protein Folding in ESMFold',
  );
  await page.goto(`/daily/${DATE}?q=ESMFold`);
  await expect(page.getByRole('status')).toHaveText('Showing 1 of 5 papers');
  await page.goto('/nowhere/at/all');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('math is typeset, and text filter matches Chinese', async ({ page }) => {
  await page.goto(`/daily/${DATE}`);
  const card = page.getByRole('article', { name: /Graph--Theoretic Analysis/ });
  await card.getByRole('button', { name: /Details/ }).click();
  const abstract = card
    .getByRole('heading', { name: 'Abstract' })
    .locator('xpath=following-sibling::div');
  await expect(abstract.locator('.katex').first()).toBeVisible();
  await expect(abstract).not.toContainText('$\\mathbb');
  await page.getByRole('searchbox', { name: /Filter papers/ }).fill('蛋白质');
  await expect(page.getByRole('status')).toHaveText('Showing 1 of 5 papers');
  await expect(page.getByRole('article').locator('mark').first()).toHaveText('蛋白质');
});

test('KaTeX loads when a formula comes into view, not before', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  // The sample day with a very long first TL;DR: the last card, with a formula, is far down.
  const dir = path.resolve('public/data/daily');
  const digest = JSON.parse(readFileSync(path.join(dir, readdirSync(dir)[0]!), 'utf8'));
  digest.papers[0].tldr = '超长摘要'.repeat(900);
  digest.papers[4].tldr = 'A bound of $\\alpha^2$ on the error.';
  await page.route('**/data/daily/*.json', (route) => route.fulfill({ json: digest }));
  const katexFiles: string[] = [];
  page.on('request', (r) => {
    if (/katex/i.test(r.url())) katexFiles.push(r.url());
  });
  await page.goto(`/daily/${DATE}`);
  const last = page.getByRole('article').nth(4);
  await expect(last).toContainText('$\\alpha^2$');
  // Settled: nothing on screen needs KaTeX, and nothing fetched it.
  await idle(page);
  expect(katexFiles).toEqual([]);
  await last.scrollIntoViewIfNeeded();
  await expect(last.locator('.katex', { hasText: 'α' })).toBeVisible();
  await expect(last).not.toContainText('$\\alpha^2$');
  expect(katexFiles.length).toBeGreaterThan(0);
});

test('a corrupt digest file shows an alert, and the header still works', async ({ page }) => {
  await page.route('**/data/daily/*.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: '{"schemaVersion": 1, "papers": [',
    }),
  );
  await page.goto(`/daily/${DATE}`);
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('This daily digest could not be loaded.');
  await expect(alert).toContainText('not valid JSON');
  await expectNoAxeViolations(page, 'daily error state');
  await page.getByRole('banner').getByRole('link', { name: 'arXiv Digest Reader' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('arXiv digests');
});

test('works with the keyboard alone', async ({ page }) => {
  await page.goto(`/daily/${DATE}`);
  await expect(page.getByRole('article')).toHaveCount(5);
  const hepTh = page.getByRole('button', { name: /^hep-th/ });
  await hepTh.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Showing 1 of 5 papers');
  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toHaveText('Showing 5 of 5 papers');
  const details = page.getByRole('button', { name: /Details/ }).first();
  await details.focus();
  await page.keyboard.press('Enter');
  await expect(details).toHaveAttribute('aria-expanded', 'true');
});

test('no horizontal overflow at 360 px, even with a 3,600-character TL;DR and 1,000 authors', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  // The sample day, with a 3,600-character TL;DR, 1,000 long author names and a 400-character
  // unbroken title.
  const dir = path.resolve('public/data/daily');
  const digest = JSON.parse(readFileSync(path.join(dir, readdirSync(dir)[0]!), 'utf8'));
  digest.papers[0].tldr = '超长摘要'.repeat(900);
  digest.papers[0].authors = Array.from(
    { length: 1000 },
    (_, i) => `Author${i}WithAVeryLongUnbrokenSurnameThatGoesOnAndOn`,
  );
  digest.papers[1].title = 'A'.repeat(400);
  digest.papers[2].links.code = 'https://github.com/example/widgets';
  digest.papers[2].codeStars = 1234;
  // 40 categories, a 2,048-character link, and (in the details) a 3,600-character abstract and
  // comment without a space, and the formula shapes KaTeX rejects in the real archive.
  digest.papers[3].categories = Array.from(
    { length: 40 },
    (_, i) => `cs.${String.fromCharCode(65 + (i % 26), 65 + Math.floor(i / 26))}x`,
  );
  digest.papers[3].links.html = `https://example.org/${'p'.repeat(2020)}`;
  digest.papers[4].tldr =
    'Bad TeX: $\\undefinedmacro{x}$, $\\frac{1}{$ and an unbalanced $x + y, then fine $\\alpha$.';
  const detailsDir = path.resolve('public/data/details');
  // Stored gzip-compressed (ADR 0014); answered below as plain JSON, as a host that decodes it.
  const details = JSON.parse(
    gunzipSync(readFileSync(path.join(detailsDir, readdirSync(detailsDir)[0]!))).toString('utf8'),
  );
  details.papers[3].abstract = 'x'.repeat(3600);
  details.papers[3].comment = '评'.repeat(3600);
  await page.route('**/data/daily/*.json', (route) => route.fulfill({ json: digest }));
  await page.route('**/data/details/*.json*', (route) => route.fulfill({ json: details }));
  await page.goto(`/daily/${DATE}`);
  await expect(page.getByRole('article')).toHaveCount(5);
  // On a phone, Expand all is among the filters the bar opens.
  await page.getByRole('button', { name: /^Filters( \d+)?$/ }).click();
  await page.getByRole('button', { name: 'Expand all' }).click();
  expect(await horizontalOverflow(page)).toBe(0);
  await expect(page.getByRole('link', { name: /^Code ★ 1234 of / })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Abstract' })).toHaveCount(5);
  expect(await horizontalOverflow(page)).toBe(0);
  // Failing formulas are their source text; the good one is typeset (KaTeX loads when a
  // formula comes into view); no KaTeX error boxes.
  const bad = page.getByRole('article').nth(4);
  await bad.scrollIntoViewIfNeeded();
  await expect(bad).toContainText('$\\undefinedmacro{x}$');
  await expect(bad).toContainText('$\\frac{1}{$');
  await expect(bad).toContainText('unbalanced $x + y');
  await expect(bad.locator('.katex', { hasText: 'α' })).toHaveCount(1);
  await expect(page.locator('.katex-error')).toHaveCount(0);
  await expectNoAxeViolations(page, 'daily with long fields and a code link');
  for (const path of ['/', `/weekly/${WEEK}`, '/paper/2602.06020']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await horizontalOverflow(page), path).toBe(0);
  }
});

test.describe('accessibility (axe)', () => {
  test('home', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Latest daily digest' })).toBeVisible();
    await expectNoAxeViolations(page, 'home');
  });

  test('daily, filtered, with every card open', async ({ page }) => {
    await page.goto(`/daily/${DATE}?q=the`);
    await expect(page.getByRole('article').first()).toBeVisible();
    await page.getByRole('button', { name: 'Expand all' }).click();
    // KaTeX loads when a formula comes into view, and then typesets every formula of the page.
    await page
      .getByText(/\$[^$]+\$/)
      .first()
      .scrollIntoViewIfNeeded();
    await expect(page.locator('.katex').first()).toBeAttached();
    await expect(page.locator('mark').first()).toBeVisible();
    await expectNoAxeViolations(page, 'daily');
  });

  test('daily, nothing matches', async ({ page }) => {
    await page.goto(`/daily/${DATE}?q=zzzz`);
    await expect(page.getByText('No papers match these filters.')).toBeVisible();
    await expectNoAxeViolations(page, 'daily empty');
  });

  test('weekly, with a trend open', async ({ page }) => {
    await page.goto(`/weekly/${WEEK}`);
    await page.getByRole('group', { name: 'Trends' }).getByRole('button').first().click();
    await expectNoAxeViolations(page, 'weekly');
  });

  test('paper', async ({ page }) => {
    await page.goto('/paper/2602.06020');
    await expect(page.getByRole('article')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Abstract' })).toBeVisible();
    await expectNoAxeViolations(page, 'paper');
  });

  test('not found and missing digest', async ({ page }) => {
    await page.goto('/nowhere');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, 'not found');
    await page.goto('/daily/1999-01-01');
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page, 'missing digest');
  });
});
