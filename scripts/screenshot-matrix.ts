/**
 * Screenshots of every page at a phone's and a desktop's width, light and dark, English and
 * Chinese (issue 16), of a running build, for looking at them:
 *   npx tsx scripts/screenshot-matrix.ts http://127.0.0.1:4173 out-dir [path…]
 * Each is the first screen (what a reader sees before scrolling); FULL=1 takes the whole page.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { LOCALE_KEY, THEME_KEY } from '../src/boot/contract.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const [base = 'http://127.0.0.1:4173', out = '/tmp/shots', ...given] = process.argv.slice(2);
const paths = given.length
  ? given
  : [
      '/',
      '/daily/2026-02-06',
      '/weekly/ai-for-science-2026-w06',
      '/paper/2602.06020',
      '/search?q=protein',
      '/reading-list',
      '/stats',
      '/nowhere',
    ];
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const width of [390, 1280])
  for (const theme of ['light', 'dark'])
    for (const locale of ['en', 'zh']) {
      const context = await browser.newContext({
        viewport: { width, height: width < 500 ? 844 : 900 },
        deviceScaleFactor: 1,
      });
      await context.addInitScript(
        ([tk, t, lk, l]) => {
          localStorage.setItem(tk!, t!);
          localStorage.setItem(lk!, l!);
        },
        [THEME_KEY, theme, LOCALE_KEY, locale],
      );
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
        await page.locator('h1').first().waitFor();
        const name = `${out}/${width}-${theme}-${locale}-${path.replace(/[^\w-]+/g, '_')}.png`;
        await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
        process.stdout.write(`${name}\n`);
      }
      await context.close();
    }
await browser.close();
