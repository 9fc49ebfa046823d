/**
 * First card on a daily page, for two or more production builds, loads interleaved (A, B, A,
 * B, ...) so that the machine's drift falls on all of them alike:
 *
 *   npx tsx scripts/compare-builds.ts --data DIR --date YYYY-MM-DD [--runs 14] [--cpu 4] DIST...
 *
 * Single loads at 4x CPU on a 2-core machine spread by ±300 ms; compare medians of 14 or more
 * (docs/decisions/0011-first-paint.md). Build a variant with
 * `node node_modules/vite/bin/vite.js build --outDir DIR`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, loadToFirstCard, median, serveBuild } from './bench/browser.ts';

const { values, positionals: dists } = parseArgs({
  allowPositionals: true,
  options: {
    data: { type: 'string' },
    date: { type: 'string' },
    cpu: { type: 'string', default: '4' },
    runs: { type: 'string', default: '14' },
  },
});
if (!values.data || !values.date || dists.length === 0) {
  process.stderr.write(
    'usage: compare-builds.ts --data DIR --date YYYY-MM-DD [--runs N] [--cpu N] DIST...\n',
  );
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const servers = [];
for (const dist of dists) servers.push(await serveBuild(root, dist, path.resolve(values.data)));
const browser = await launchChromium();
const times = dists.map((): number[] => []);
try {
  for (let i = 0; i < Number(values.runs); i++)
    for (const [j, server] of servers.entries()) {
      const url = `${server.base}/daily/${values.date}`;
      const { context, firstCardMs } = await loadToFirstCard(browser, url, Number(values.cpu));
      await context.close();
      times[j]!.push(firstCardMs);
    }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}
const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
for (const [j, dist] of dists.entries())
  process.stdout.write(
    `${dist}: first card median ${median(times[j]!)} ms, mean ${mean(times[j]!)} ms (${times[j]!.join(' ')})\n`,
  );
