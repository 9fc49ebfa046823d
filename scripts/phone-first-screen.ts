/**
 * Where the first paper's title and TL;DR start on a phone screen, for every daily digest of
 * one or more data folders (issue 16: both on the first screen, without scrolling):
 *
 *   npx tsx scripts/phone-first-screen.ts --data DIR [--data DIR…] [--dist DIR] [--no-prerender]
 *     [--width 390] [--height 844]
 *
 * Prints one line per day: the top of the first title and of the first TL;DR line in CSS px
 * from the top of the page, the bottom of that line, and whether it is on the first screen.
 * `--dist` measures an existing build (for example one of an earlier commit); without it the
 * current sources are built first.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp, launchChromium, serveBuild } from './bench/browser.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', multiple: true },
    dist: { type: 'string' },
    'no-prerender': { type: 'boolean', default: false },
    width: { type: 'string', default: '390' },
    height: { type: 'string', default: '844' },
  },
});
if (!values.data?.length) {
  process.stderr.write('usage: phone-first-screen.ts --data DIR [--data DIR…] [--dist DIR]\n');
  process.exit(2);
}
const width = Number(values.width);
const height = Number(values.height);
const root = path.resolve(import.meta.dirname, '..');
let dist = values.dist;
if (!dist) {
  dist = mkdtempSync(path.join(tmpdir(), 'phone-dist-'));
  buildApp(root, dist);
}

interface Entry {
  date: string;
  language: string | null;
  paperCount: number;
}

/** Runs in the page: the first article's title and TL;DR, from the top of the document. */
const MEASURE = `(() => {
  const article = document.querySelector('main article');
  if (!article) return null;
  const top = (el) => Math.round(el.getBoundingClientRect().top + window.scrollY);
  const title = article.querySelector('h1, h2, h3');
  const tldrHeading = [...article.querySelectorAll('h2, h3, h4')].find(
    (h) => h.textContent.trim() === 'TL;DR',
  );
  // The TL;DR (or the note saying the paper has none); older builds have no data-part.
  const tldr =
    article.querySelector('[data-part="tldr"]') ?? (tldrHeading ? tldrHeading.nextElementSibling : null);
  let lineBottom = null;
  if (tldr) {
    const range = document.createRange();
    range.selectNodeContents(tldr);
    const first = [...range.getClientRects()].find((r) => r.height > 0);
    if (first) lineBottom = Math.round(first.bottom + window.scrollY);
  }
  return { title: top(title), tldr: tldr ? top(tldr) : null, lineBottom, scrollY: window.scrollY };
})()`;

const browser = await launchChromium();
let onScreen = 0;
let days = 0;
try {
  for (const dataDir of values.data) {
    const manifest = JSON.parse(readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')) as {
      dailies: Entry[];
    };
    const server = await serveBuild(root, dist, path.resolve(dataDir), {
      prerender: !values['no-prerender'],
    });
    const page = await browser.newPage({ viewport: { width, height } });
    try {
      for (const d of manifest.dailies) {
        if (d.paperCount === 0) continue;
        const several = manifest.dailies.filter((o) => o.date === d.date).length > 1;
        const url = `${server.base}/daily/${d.date}${several ? `?lang=${d.language ?? 'raw'}` : ''}`;
        await page.goto(url);
        await page.locator('main article').first().waitFor();
        await page.evaluate(() => document.fonts.ready);
        const m = (await page.evaluate(MEASURE)) as {
          title: number;
          tldr: number | null;
          lineBottom: number | null;
        } | null;
        if (!m) continue;
        days++;
        const ok = m.lineBottom !== null && m.lineBottom <= height;
        if (ok) onScreen++;
        process.stdout.write(
          `${d.date} ${(d.language ?? 'raw').padEnd(3)} ${String(d.paperCount).padStart(4)} papers` +
            `  title ${String(m.title).padStart(4)}  tldr ${String(m.tldr ?? '-').padStart(4)}` +
            `  first line ends ${String(m.lineBottom ?? '-').padStart(4)}  ${ok ? 'on screen' : 'BELOW'}\n`,
        );
      }
    } finally {
      await page.close();
      await server.close();
    }
  }
} finally {
  await browser.close();
}
process.stdout.write(
  `${onScreen} of ${days} days at ${width}×${height}: first TL;DR line on the first screen\n`,
);
