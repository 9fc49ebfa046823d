/**
 * Takes screenshots of pages of a running build, for looking at them:
 *   npx tsx scripts/screenshot.ts http://localhost:4173 out-dir [width] path…
 * A path may end with `!details` to expand every card first.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const [base = 'http://localhost:4173', out = '/tmp/shots', widthArg = '1280', ...paths] =
  process.argv.slice(2);
const width = Number(widthArg);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({
  viewport: { width, height: 900 },
  deviceScaleFactor: width < 500 ? 2 : 1,
});
for (const raw of paths) {
  const [path, action] = raw.split('!');
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  if (action === 'details') await page.getByRole('button', { name: 'Expand all' }).click();
  if (action?.startsWith('trend'))
    await page.getByRole('group', { name: 'Trends' }).getByRole('button').first().click();
  await page.waitForTimeout(300);
  const name = `${out}/${width}-${(path + (action ?? '')).replace(/[^\w-]+/g, '_')}.png`;
  await page.screenshot({ path: name, fullPage: process.env.FULL !== '0' });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  console.log(`${name} overflow=${overflow}px`);
}
await browser.close();
