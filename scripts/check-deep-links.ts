/**
 * Opens deep links to papers one after another in one tab, as typed into the address bar, and
 * checks each paper is still in view and focused 2 s after it was found (issue 20):
 *
 *   npx tsx scripts/check-deep-links.ts --data DIR [--links 50] [--seed 1] [--dist DIR]
 *
 * DIR is an ingested data folder (npm run ingest -- --out DIR ...). Links alternate between
 * days, papers anywhere in the day. Prints one line per link and a summary; exits 1 when a
 * link lost its paper.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, serveBuild, buildApp } from './bench/browser.ts';
import { dailyListSchema, manifestSchema } from '../src/schema/digest.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    links: { type: 'string', default: '50' },
    seed: { type: 'string', default: '1' },
    dist: { type: 'string' },
  },
});
if (!values.data) {
  process.stderr.write(
    'usage: check-deep-links.ts --data DIR [--links N] [--seed S] [--dist DIR]\n',
  );
  process.exit(2);
}
const data = path.resolve(values.data);
const root = path.resolve(import.meta.dirname, '..');
const manifest = manifestSchema.parse(
  JSON.parse(readFileSync(path.join(data, 'manifest.json'), 'utf8')),
);
const days = manifest.dailies
  .filter((d) => d.paperCount > 1)
  .map((d) => ({
    date: d.date,
    ids: dailyListSchema
      .parse(JSON.parse(readFileSync(path.join(data, d.file), 'utf8')))
      .papers.map((p) => p.id),
  }));
if (days.length < 2) throw new Error('needs at least two days with papers');

// A small deterministic generator (mulberry32): the same links for the same seed.
let state = Number(values.seed) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const links: { date: string; id: string }[] = [];
let previous = -1;
while (links.length < Number(values.links)) {
  let day = Math.floor(random() * days.length);
  if (day === previous) day = (day + 1) % days.length;
  previous = day;
  const { date, ids } = days[day]!;
  links.push({ date, id: ids[Math.floor(random() * ids.length)]! });
}

let dist = values.dist;
if (!dist) {
  dist = mkdtempSync(path.join(tmpdir(), 'deep-links-dist-'));
  buildApp(root, dist);
}
const server = await serveBuild(root, dist, data);
const browser = await launchChromium();
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
let lost = 0;
try {
  for (const [i, { date, id }] of links.entries()) {
    const anchor = `paper-${id}`;
    await page.goto(`${server.base}/daily/${date}#${anchor}`);
    const found = await page
      .waitForFunction((a) => document.activeElement?.id === a, anchor, { timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    // The protocol of the report: the paper, 2 s after it was found.
    await page.waitForTimeout(2000);
    const after = await page.evaluate((a) => {
      const el = document.getElementById(a);
      const box = el?.getBoundingClientRect();
      return {
        focused: document.activeElement?.id === a,
        inView: !!box && box.bottom > 0 && box.top < window.innerHeight,
        scrollY: Math.round(window.scrollY),
      };
    }, anchor);
    const ok = found && after.focused && after.inView;
    if (!ok) lost++;
    process.stdout.write(
      `${String(i + 1).padStart(3)} /daily/${date}#${anchor}: ${ok ? 'ok' : 'LOST'} (found ${found}, focused ${after.focused}, in view ${after.inView}, scrollY ${after.scrollY})\n`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
process.stdout.write(
  `${links.length} deep links in one tab: ${links.length - lost} kept their paper, ${lost} lost it\n`,
);
process.exit(lost > 0 ? 1 : 0);
