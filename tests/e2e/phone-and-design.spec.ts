/**
 * Issue 16: reading on a phone first, one design system, targets and contrast. At 390 × 844:
 * a one-row header, the first paper's title and TL;DR on the first screen, the filters as a
 * compact bar that stays on screen, the compact view remembered; at 390 and 1,280 px, light
 * and dark, English and Chinese: axe's WCAG 2.2 AA rules on every page, and no control under
 * 24 × 24 px outside running text.
 */
import { expect, test, type Page } from '@playwright/test';
import { LOCALE_KEY, THEME_KEY } from '../../src/boot/contract';
import { expectNoAxeViolations, smallTargets } from './helpers';

const DATE = '2026-02-06';
const ESM = 'Mechanisms of AI Protein Folding in ESMFold';
const PHONE = { width: 390, height: 844 };
/** The phone's Filters button, with how many filters are on. */
const FILTERS = /^Filters( \d+)?$/;

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('the first paper and its TL;DR are on the first screen, under a one-row header', async ({
    page,
  }) => {
    await page.goto(`/daily/${DATE}`);
    const banner = page.getByRole('banner');
    const header = await banner.boundingBox();
    expect(header?.height ?? 0).toBeLessThanOrEqual(64);
    // Theme and language wait in the menu.
    await expect(banner.getByRole('combobox', { name: /theme/ })).toBeHidden();
    const first = page.getByRole('article').first();
    const title = await first.getByRole('heading').first().boundingBox();
    const tldr = await first
      .getByText(/^TL;DR/)
      .last()
      .boundingBox();
    expect(title?.y ?? Infinity).toBeLessThan(PHONE.height / 2);
    expect((tldr?.y ?? Infinity) + 24).toBeLessThanOrEqual(PHONE.height);
  });

  test('the menu holds the pages, theme and language; Escape closes it', async ({ page }) => {
    await page.goto('/');
    const menu = page.getByRole('button', { name: /Menu/ });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    const theme = page.getByRole('banner').getByRole('combobox', { name: /theme/ });
    await expect(theme).toBeVisible();
    await expect(
      page.getByRole('banner').getByRole('combobox', { name: /Language/ }),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(theme).toBeHidden();
    await expect(menu).toBeFocused();
    await menu.click();
    await page.getByRole('link', { name: 'Reading list' }).click();
    await expect(page).toHaveURL(/\/reading-list$/);
    await expect(theme).toBeHidden();
  });

  test('the filter bar stays on screen while reading, and opens the categories on demand', async ({
    page,
  }) => {
    await page.goto(`/daily/${DATE}`);
    const status = page.getByRole('main').getByRole('status');
    await expect(status).toHaveText('Showing 5 of 5 papers');
    const categories = page.getByRole('group', { name: 'Categories' });
    await expect(categories).toBeHidden();
    // Far down the list, the text filter and the count are still at the top of the screen.
    await page.getByRole('article').last().scrollIntoViewIfNeeded();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(800);
    const box = page.getByRole('searchbox');
    await expect(box).toBeInViewport();
    expect((await box.boundingBox())?.y ?? Infinity).toBeLessThan(60);
    await expect(status).toBeInViewport();

    const open = page.getByRole('button', { name: FILTERS });
    await open.click();
    await expect(categories).toBeInViewport();
    const chip = categories.getByRole('button').nth(1);
    const code = ((await chip.textContent()) ?? '').split(/\s/)[0] ?? '';
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(status).not.toHaveText('Showing 5 of 5 papers');
    await expect(open).toContainText('1');
    for (const a of await page.getByRole('article').all())
      await expect(a.getByText(code).first()).toBeAttached();
  });

  test('main controls are thumb-sized, and no control is under 24 × 24 px', async ({ page }) => {
    await page.goto(`/daily/${DATE}`);
    await page.getByRole('button', { name: FILTERS }).click();
    const heights = async (loc: ReturnType<Page['getByRole']>) =>
      Promise.all((await loc.all()).map(async (b) => (await b.boundingBox())?.height ?? 0));
    const card = page.getByRole('article', { name: ESM });
    for (const h of [
      ...(await heights(page.getByRole('group', { name: 'Categories' }).getByRole('button'))),
      ...(await heights(card.getByRole('button', { name: /Details|Save/ }))),
    ])
      expect(h).toBeGreaterThanOrEqual(43.5);
    expect(await smallTargets(page)).toEqual([]);
  });

  test('the compact view is remembered, and opening details never moves the card', async ({
    page,
  }) => {
    await page.goto(`/daily/${DATE}`);
    await page.getByRole('button', { name: FILTERS }).click();
    const view = page.getByRole('group', { name: 'View' });
    await view.getByRole('button', { name: 'Compact' }).click();
    const card = page.getByRole('article', { name: ESM });
    await expect(card.getByRole('button', { name: 'Mark read' })).toBeHidden();
    await expect(card.getByRole('link', { name: /^PDF/ })).toBeVisible();
    await expect(card.getByText(/^TL;DR/).last()).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-density', 'compact');
    await expect(card.getByRole('button', { name: 'Mark read' })).toBeHidden();

    await card.scrollIntoViewIfNeeded();
    const before = await card.boundingBox();
    await card.getByRole('button', { name: /Details/ }).click();
    await expect(card.getByRole('heading', { name: 'Abstract' })).toBeVisible();
    const after = await card.boundingBox();
    expect(after?.y).toBe(before?.y);
    expect(after?.height ?? 0).toBeGreaterThan(before?.height ?? 0);

    await page.getByRole('button', { name: FILTERS }).click();
    await view.getByRole('button', { name: 'Full' }).click();
    await expect(card.getByRole('button', { name: 'Mark read' })).toBeVisible();
  });
});

/** Every page, as a reader reaches it, with what it must show before it is checked. */
const PAGES: readonly (readonly [string, (page: Page) => Promise<void>])[] = [
  ['/', (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible()],
  [
    `/daily/${DATE}?q=protein`,
    async (p) => {
      await expect(p.locator('mark').first()).toBeVisible();
      await p
        .getByRole('button', { name: /Details|详情/ })
        .first()
        .click();
    },
  ],
  [
    '/weekly/ai-for-science-2026-w06',
    (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible(),
  ],
  ['/paper/2602.06020', (p) => expect(p.getByRole('article')).toBeVisible()],
  ['/search?q=protein', (p) => expect(p.locator('main mark').first()).toBeVisible()],
  ['/reading-list', (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible()],
  ['/watches', (p) => expect(p.getByRole('listitem').filter({ hasText: 'protein' })).toBeVisible()],
  [
    '/since?from=2026-02-06&to=2026-02-06',
    (p) => expect(p.getByRole('article').first()).toBeVisible(),
  ],
  ['/stats', (p) => expect(p.getByRole('heading', { level: 2 }).first()).toBeVisible()],
  ['/nowhere', (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible()],
];

for (const width of [390, 1280])
  for (const theme of ['light', 'dark'] as const)
    for (const locale of ['en', 'zh'] as const)
      test(`axe WCAG 2.2 AA and target sizes: every page at ${width} px, ${theme}, ${locale}`, async ({
        page,
      }) => {
        test.setTimeout(120_000);
        await page.setViewportSize({ width, height: 900 });
        await page.addInitScript(
          ([tk, t, lk, l, library]) => {
            localStorage.setItem(tk, t);
            localStorage.setItem(lk, l);
            // A watch, so that its line on the cards and the Watched filter are checked too.
            localStorage.setItem('digest-reader:library', library);
          },
          [
            THEME_KEY,
            theme,
            LOCALE_KEY,
            locale,
            JSON.stringify({
              saved: {},
              read: {},
              watches: [{ kind: 'keyword', value: 'protein', at: '2026-12-01' }],
            }),
          ] as const,
        );
        for (const [path, ready] of PAGES) {
          await page.goto(path);
          await expect(page.locator('html')).toHaveAttribute(
            'lang',
            locale === 'zh' ? 'zh-CN' : 'en',
          );
          await ready(page);
          const label = `${path} at ${width} px, ${theme}, ${locale}`;
          await expectNoAxeViolations(page, label);
          expect(await smallTargets(page), label).toEqual([]);
        }
      });
