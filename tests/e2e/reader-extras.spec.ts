/**
 * What readers expect beyond the anchors, walked through in Chromium: the reading list and
 * read state (save, hide read, export BibTeX and JSON, import), citations, and the keyboard.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const DATE = '2026-02-06';
const ESM = 'Mechanisms of AI Protein Folding in ESMFold';

test('save → reading list → export BibTeX and JSON → import into a fresh browser', async ({
  page,
  browser,
}) => {
  await page.goto(`/daily/${DATE}`);
  const card = page.getByRole('article', { name: ESM });
  const save = card.getByRole('button', { name: /Save/ });
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('article').first().getByRole('button', { name: /Save/ }).click();

  // Read state, and the daily page's "Hide read" filter (in the URL).
  await card.getByRole('button', { name: 'Mark read', exact: true }).click();
  await expect(card.getByRole('button', { name: 'Read', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Hide read' }).click();
  await expect(page.getByRole('status')).toHaveText('Showing 4 of 5 papers');
  await expect(page).toHaveURL(/hide=read/);
  await page.reload();
  await expect(page.getByRole('status')).toHaveText('Showing 4 of 5 papers');

  await page.getByRole('banner').getByRole('link', { name: 'Reading list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reading list' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.getByRole('article', { name: ESM })).toBeVisible();
  await expectNoAxeViolations(page, 'reading list');

  const [bib] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export BibTeX' }).click(),
  ]);
  const bibtex = readFileSync((await bib.path())!, 'utf8');
  expect(bibtex).toContain('@misc{');
  expect(bibtex).toMatch(/eprint=\{2602\.06020\},/);
  expect(bibtex).toContain('archivePrefix={arXiv},');
  expect(bibtex.match(/@misc\{/g)).toHaveLength(2);

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const exported = (await json.path())!;

  // A fresh browser profile imports the file and has the same list.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto('/reading-list');
  await expect(fresh.getByText('Nothing saved yet')).toBeVisible();
  await fresh.getByLabel('Import a reading list (JSON)').setInputFiles(exported);
  await expect(fresh.getByText('Imported: 2 new papers.')).toBeVisible();
  await expect(fresh.getByRole('article')).toHaveCount(2);
  await fresh.getByLabel('Import a reading list (JSON)').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"not": "a list"}'),
  });
  await expect(fresh.getByRole('alert')).toContainText('Not imported');
  await expect(fresh.getByRole('article')).toHaveCount(2);
  await other.close();
});

test('with Hide read on, a paper marked read from the keyboard leaves and the focus goes to the next', async ({
  page,
}) => {
  await page.goto(`/daily/${DATE}?hide=read`);
  await expect(page.getByRole('status')).toHaveText('Showing 5 of 5 papers');
  const before = await page
    .getByRole('article')
    .evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''));
  await page
    .getByRole('article')
    .first()
    .getByRole('button', { name: 'Mark read', exact: true })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Showing 4 of 5 papers');
  await expect(page.locator('article:focus')).toHaveAttribute('aria-label', before[1]!);
  // m, the shortcut, on the paper focused now: the same.
  await page.keyboard.press('m');
  await expect(page.getByRole('status')).toHaveText('Showing 3 of 5 papers');
  await expect(page.locator('article:focus')).toHaveAttribute('aria-label', before[2]!);
});

test('Copy BibTeX copies arXiv’s style of entry', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/paper/2602.06020');
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(page.getByText('BibTeX copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^@misc\{[a-z]+2026mechanismsai,\n/);
  expect(copied).toContain(`      title={${ESM}},\n`);
  expect(copied).toContain('      primaryClass={');
  expect(copied).toContain('      url={https://arxiv.org/abs/2602.06020},\n}');
});

test('the keyboard: j/k move between papers, o opens, s saves, x marks Not interested, m marks read, / and ?', async ({
  page,
}) => {
  await page.goto(`/daily/${DATE}`);
  await expect(page.getByRole('article')).toHaveCount(5);
  const articles = page.getByRole('article');
  await page.keyboard.press('j');
  await expect(articles.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(articles.nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(articles.nth(1)).toBeFocused();
  await page.keyboard.press('o');
  await expect(articles.nth(1).getByRole('button', { name: /Details/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await page.keyboard.press('s');
  await expect(articles.nth(1).getByRole('button', { name: /Save/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('m');
  await expect(articles.nth(1).getByRole('button', { name: 'Read', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('x');
  const notInterested = articles.nth(1).getByRole('button', { name: 'Not interested' });
  await expect(notInterested).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/^Not interested changed: /)).toBeAttached();
  await page.keyboard.press('x');
  await expect(notInterested).toHaveAttribute('aria-pressed', 'false');
  // Typing in the filter is never taken for shortcuts.
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: /Filter papers/ });
  await expect(box).toBeFocused();
  await page.keyboard.type('jk');
  await expect(box).toHaveValue('jk');
  await box.fill('');
  await box.blur();

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Next paper');
  await expectNoAxeViolations(page, 'shortcuts dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('g');
  await page.keyboard.press('h');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('arXiv digests');
});

test('dark theme: follows the system, the choice is remembered, no flash on reload', async ({
  page,
}) => {
  // Before any page script: is <html> dark at the first frame (before the first paint)?
  await page.addInitScript({
    content: `requestAnimationFrame(() => { window.__firstFrameDark = document.documentElement.classList.contains('dark'); });`,
  });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/daily/${DATE}`);
  await expect(page.locator('html')).toHaveClass(/dark/);
  expect(await page.evaluate('window.__firstFrameDark')).toBe(true);

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  const theme = page.getByRole('banner').getByRole('combobox', { name: /theme/i });
  await theme.selectOption('dark');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.getByRole('article')).toHaveCount(5);
  expect(await page.evaluate('window.__firstFrameDark')).toBe(true);
  await expect(theme).toHaveValue('dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).not.toBe('rgb(255, 255, 255)');
  await page.screenshot({ path: 'test-results/states/daily-dark.png' });

  // Every page passes axe in the dark theme too (light is covered in reader.spec.ts).
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expectNoAxeViolations(page, 'daily, dark');
  for (const [path, ready] of [
    ['/', 'arXiv digests'],
    ['/weekly/ai-for-science-2026-w06', /AI for Science/],
    ['/paper/2602.06020', ESM],
    ['/search?q=protein', 'Search the archive'],
    ['/reading-list', 'Reading list'],
    ['/daily/1999-01-01', '1999-01-01'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(ready);
    await expectNoAxeViolations(page, `${path}, dark`);
  }
  await theme.selectOption('system');
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});

test('a system theme change while the page is still loading is followed', async ({ page }) => {
  // A slow phone: the switch lands before the app has rendered anything.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/daily/${DATE}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.documentElement.classList.contains('dark'));
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.getByRole('article')).toHaveCount(5);
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});

test('Atom feeds are discoverable from every page, and parse', async ({ page, request }) => {
  for (const path of ['/', `/daily/${DATE}`, '/reading-list']) {
    await page.goto(path);
    const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(link).toHaveCount(1);
    const href = await link.getAttribute('href');
    const response = await request.get(new URL(href!, page.url()).toString());
    expect(response.ok()).toBe(true);
    const xml = await response.text();
    const entries = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return -1;
      if (doc.documentElement.namespaceURI !== 'http://www.w3.org/2005/Atom') return -2;
      return doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry').length;
    }, xml);
    expect(entries).toBe(5);
  }
});

/** The sample archive's one day, plus 59 earlier synthetic days (their files are not needed). */
async function withSixtyDays(page: Page) {
  const sample = await (await page.request.get('/data/manifest.json')).json();
  const cats = ['cs.LG', 'cs.CV', 'cs.CL', 'hep-th', 'quant-ph', 'astro-ph.GA', 'math.PR'];
  const extra = Array.from({ length: 59 }, (_, i) => {
    const date = new Date(Date.UTC(2026, 1, 5) - i * 86_400_000).toISOString().slice(0, 10);
    const categories = Object.fromEntries(
      cats.map((c, k) => [c, ((i * 7 + k * 13) % 23) + (k === 0 ? 20 : 2)]),
    );
    const paperCount = Object.values(categories).reduce((a, b) => a + b, 0);
    return {
      date,
      language: 'zh',
      file: `daily/${date}.zh.000000000000.json`,
      paperCount,
      categories,
    };
  });
  await page.route('**/data/manifest.json', (route) =>
    route.fulfill({ json: { ...sample, dailies: [...sample.dailies, ...extra] } }),
  );
}

// One test per theme: each runs axe over a 60-day table (together they neared the timeout).
for (const theme of ['light', 'dark'] as const)
  test(`stats: papers per category per day and trends across weeks, charts with tables, ${theme}`, async ({
    page,
  }) => {
    await withSixtyDays(page);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/stats');
    await expect(page.getByRole('heading', { level: 1, name: 'Trends and stats' })).toBeVisible();
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await page.getByRole('combobox', { name: 'Range' }).selectOption('all');
    await page.getByText('Table: papers per category per day').click();
    const table = page.getByRole('table', { name: 'Papers per category per day' });
    const row = table.getByRole('row', { name: /^2026-02-06/ });
    await expect(row.getByRole('cell').last()).toHaveText('5');
    await expect(table.getByRole('row')).toHaveCount(61);
    const trends = page.getByRole('region', { name: 'Trends across weeks' });
    await expect(trends.getByRole('link', { name: /Mechanistic interpretability/ })).toBeVisible();
    await expect(
      trends.getByRole('link', { name: /Mechanisms of AI Protein Folding/ }),
    ).toBeVisible();
    await expectNoAxeViolations(page, `stats, ${theme}`);
    await page.getByText('Table: papers per category per day').click();
    await page.screenshot({ path: `test-results/states/stats-${theme}.png`, fullPage: true });
  });

test.describe('a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('gets the interface in Chinese from the first paint; Language switches and is remembered', async ({
    page,
  }) => {
    // Is the first painted frame already Chinese (no flash of English)?
    await page.addInitScript({
      content: `new MutationObserver((_, o) => { const h = document.querySelector('header a'); if (h) { window.__firstHeader = h.textContent; o.disconnect(); } }).observe(document, { childList: true, subtree: true });`,
    });
    await page.goto(`/daily/${DATE}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('main').getByRole('status')).toHaveText('显示 5 / 5 篇论文');
    expect(await page.evaluate('window.__firstHeader')).toBe('arXiv 摘要阅读器');
    await expect(page.getByText('2026年2月6日星期五')).toBeVisible();
    await page.screenshot({ path: 'test-results/states/daily-zh.png' });
    const card = page.getByRole('article', { name: ESM });
    await card.getByRole('button', { name: /详情/ }).click();
    await expect(card.getByRole('heading', { name: '原文摘要' })).toBeVisible();
    await expectNoAxeViolations(page, 'daily, Chinese interface');

    const language = page.getByRole('banner').getByRole('combobox', { name: /Language/ });
    await language.selectOption('en');
    await expect(page.getByRole('main').getByRole('status')).toHaveText('Showing 5 of 5 papers');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Expand all' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await language.selectOption('zh');
    await page.goto('/stats');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('趋势与统计');
  });
});
