/**
 * Measures one daily page of a production build with your own data:
 *
 *   npx tsx scripts/measure-day.ts --data DIR --date YYYY-MM-DD [--cpu 4] [--runs 3] [--dist DIR]
 *     [--early-taps N]
 *
 * --early-taps N: instead, N cold loads each with a category tap the moment its chip is painted
 * (issue 17): how many were lost, and how soon the list filtered.
 *
 * (npm run bench does this on generated data, with budgets.)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildApp,
  launchChromium,
  measureDaily,
  measureEarlyTap,
  median,
  serveBuild,
  summariseEarlyTaps,
} from './bench/browser.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    date: { type: 'string' },
    cpu: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    dist: { type: 'string' },
    'early-taps': { type: 'string' },
  },
});
if (!values.data || !values.date) {
  process.stderr.write(
    'usage: measure-day.ts --data DIR --date YYYY-MM-DD [--cpu N] [--runs N] [--dist DIR]\n',
  );
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
let dist = values.dist;
if (!dist) {
  dist = mkdtempSync(path.join(tmpdir(), 'measure-dist-'));
  buildApp(root, dist);
}
const server = await serveBuild(root, dist, path.resolve(values.data));
const browser = await launchChromium();
if (values['early-taps']) {
  const url = `${server.base}/daily/${values.date}`;
  const taps = [];
  try {
    for (let i = 0; i < Number(values['early-taps']); i++) {
      const run = await measureEarlyTap(browser, url, Number(values.cpu));
      process.stderr.write(`${JSON.stringify(run)}\n`);
      taps.push(run);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(`${JSON.stringify(summariseEarlyTaps(taps))}\n`);
  process.exit(0);
}
const runs: Awaited<ReturnType<typeof measureDaily>>[] = [];
try {
  for (let i = 0; i < Number(values.runs); i++)
    runs.push(
      await measureDaily(browser, `${server.base}/daily/${values.date}`, Number(values.cpu)),
    );
} finally {
  await browser.close();
  await server.close();
}
const pick = (
  k:
    | 'firstCardMs'
    | 'categoryClickMs'
    | 'detailsClickMs'
    | 'saveClickMs'
    | 'keystrokeMs'
    | 'domElements',
) => median(runs.map((r) => r[k]));
process.stdout.write(
  `${JSON.stringify(
    {
      date: values.date,
      cpuSlowdown: Number(values.cpu),
      runs: runs.map(({ resources: _r, ...rest }) => rest),
      median: {
        firstCardMs: pick('firstCardMs'),
        categoryClickMs: pick('categoryClickMs'),
        detailsClickMs: pick('detailsClickMs'),
        saveClickMs: pick('saveClickMs'),
        keystrokeMs: pick('keystrokeMs'),
        domElements: pick('domElements'),
      },
    },
    null,
    2,
  )}\n`,
);
