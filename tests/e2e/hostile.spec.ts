/**
 * Script never runs from data. A set of classic XSS and TeX payloads is placed in every text
 * and link field of a daily digest and a weekly digest, ingested through the real command,
 * and every page that shows them is rendered in Chromium with a tripwire: a payload that
 * runs calls `__pwned`, a dialog opens, or an element, event handler or non-http(s) link
 * appears that the data put there.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/** Each payload calls `__pwned(MARK)` if it ever runs; MARK says which payload and field. */
const PAYLOADS: ((mark: string) => string)[] = [
  (m) => `<script>__pwned('${m}')</script>`,
  (m) => `<img src=x onerror="__pwned('${m}')">`,
  (m) => `<svg onload="__pwned('${m}')"></svg>`,
  (m) => `<iframe srcdoc="<script>parent.__pwned('${m}')</script>"></iframe>`,
  (m) => `<math><mtext><table><mglyph><style><img src=x onerror="__pwned('${m}')">`,
  (m) => `<noscript><p title="</noscript><img src=x onerror=__pwned('${m}')>">`,
  (m) => `"><script>__pwned('${m}')</script><a x="`,
  (m) => `<a href="javascript:__pwned('${m}')">click</a>`,
  (m) => `javascript:__pwned('${m}')`,
  (m) => `JaVaScRiPt:__pwned('${m}')`,
  (m) => `&#106;avascript:__pwned('${m}')`,
  (m) => `java\tscript:__pwned('${m}')`,
  (m) => ` \njavascript:__pwned('${m}')`,
  (m) => `data:text/html,<script>parent.__pwned('${m}')</script>`,
  (m) => `$\\href{javascript:__pwned('${m}')}{x}$ and \\(\\url{javascript:__pwned('${m}')}\\)`,
  (m) => `$\\htmlData{onclick=__pwned('${m}')}{x}$ $\\htmlId{${m}}{y}$`,
  (m) => `$\\includegraphics{javascript:__pwned('${m}')}$`,
  (m) => `$\\def\\a{\\a\\a}\\a$ $\\def\\b#1{#1#1#1#1}\\b{\\b{\\b{\\b{\\b{x}}}}}$ ${m}`,
  (m) => `$\\rule{100000em}{100000em}$ $\\kern{99999em}$ ${m}`,
  (m) => `{{constructor.constructor('__pwned("${m}")')()}} \${__pwned('${m}')}`,
];

const DATE = '2026-03-10';
const id = (i: number) => `2603.${String(100 + i).padStart(5, '0')}`;

/** One paper per payload, the payload in every field the pipeline's JSONL has. */
function dailyFile(): string {
  return PAYLOADS.map((payload, i) => {
    const p = (field: string) => payload(`P${i}-${field}`);
    return JSON.stringify({
      id: id(i),
      title: `Hostile paper ${i} ${p('title')}`,
      authors: [p('author'), `Author ${i}`],
      categories: ['cs.CR', p('category')],
      comment: p('comment'),
      summary: `Abstract ${i}. ${p('abstract')}`,
      pdf: p('pdf'),
      abs: p('abs'),
      code_url: p('code'),
      code_stars: 3,
      AI: {
        tldr: `TL;DR ${i} ${p('tldr')}`,
        motivation: p('motivation'),
        method: p('method'),
        result: p('result'),
        conclusion: p('conclusion'),
      },
    });
  }).join('\n');
}

/** A weekly digest with the payloads in its prose and in each of its lists. */
function weeklyFile(): string {
  const w = (i: number, field: string) => PAYLOADS[i % PAYLOADS.length]!(`W${i}-${field}`);
  const n = PAYLOADS.length;
  const lines = [
    `Hostile Science: March 2026 Week 11 ${w(0, 'title')}`,
    `Mar 9 – Mar 15, 2026 · ${n} papers analyzed · ${n} breakthroughs`,
    'Summary',
    PAYLOADS.map((_, i) => w(i, 'summary')).join(' '),
    'Key Takeaway',
    PAYLOADS.map((_, i) => w(i, 'takeaway')).join(' '),
    `Breakthroughs (${n})`,
    ...PAYLOADS.flatMap((_, i) => [
      `${i + 1}. Breakthrough ${i} ${w(i, 'breakthrough')} (${id(i)})`,
      `Why Novel: ${w(i, 'novel')}`,
      'Key Innovations:',
      `- ${w(i, 'innovation')}`,
      'Evidence:',
      `- ${w(i, 'evidence')}`,
      `Impact: ${w(i, 'impact')}`,
    ]),
    'Trends',
    ...PAYLOADS.map(
      (_, i) => `Trend ${i} ${w(i, 'trend')}: ${w(i, 'trenddesc')} Hostile paper ${i}`,
    ),
    `Notable Papers (${n})`,
    ...PAYLOADS.flatMap((_, i) => [
      `${i + 1}. Notable ${i} ${w(i, 'notable')}`,
      w(i, 'notabledesc'),
    ]),
    'Honorable Mentions',
    ...PAYLOADS.map((_, i) => `- Honorable ${i} ${w(i, 'honorable')} ()`),
  ];
  return `${lines.join('\n')}\n`;
}

let dataDir = '';
let weeklyId = '';
let ingestLog = '';

test.beforeAll(() => {
  const root = mkdtempSync(path.join(tmpdir(), 'hostile-'));
  const src = path.join(root, 'src');
  dataDir = path.join(root, 'data');
  mkdirSync(src);
  writeFileSync(path.join(src, `${DATE}_AI_enhanced_Chinese.jsonl`), dailyFile());
  writeFileSync(path.join(src, 'hostile-weekly.txt'), weeklyFile());
  // The real command, as a pipeline would run it.
  ingestLog = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/ingest.ts', '--clean', src, '--out', dataDir],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const manifest = JSON.parse(readFileSync(path.join(dataDir, 'manifest.json'), 'utf8'));
  weeklyId = manifest.weeklies[0].id;
});

async function serveHostile(page: Page) {
  await page.route('**/data/**', (route) => {
    const rel = decodeURIComponent(new URL(route.request().url()).pathname).replace(
      /^.*?\/data\//,
      '',
    );
    try {
      route.fulfill({
        body: readFileSync(path.join(dataDir, rel)),
        contentType: 'application/json',
      });
    } catch {
      route.fulfill({ status: 404, body: 'not found' });
    }
  });
  await page.addInitScript({
    content: `window.__hits = []; window.__pwned = (m) => window.__hits.push(String(m));`,
  });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

/**
 * What the data could have planted: calls of the tripwire, event-handler attributes, frames,
 * images, inline scripts other than index.html's own, and links whose scheme is not http(s).
 */
const INSPECT = `(() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes)
      if (/^on/i.test(a.name)) bad.push('handler ' + el.tagName + '[' + a.name + ']');
  }
  for (const el of document.querySelectorAll('iframe, frame, object, embed, base, img, form[action], meta[http-equiv]'))
    bad.push('element ' + el.tagName);
  // index.html's own inline scripts are in <head>, where no data goes.
  for (const s of document.body.querySelectorAll('script')) if (!s.src) bad.push('inline script');
  for (const el of document.body.querySelectorAll('[href], [src], [action], [xlink\\\\:href]')) {
    const url = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('xlink:href') ?? '';
    const u = new URL(url, location.href);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') bad.push('link ' + el.tagName + ' ' + url);
  }
  const text = document.body.innerText;
  const shown = (text.match(/[PW]\\d+-[a-z]+/g) ?? []).length;
  return { hits: window.__hits, bad, shown };
})()`;

interface Inspection {
  hits: string[];
  bad: string[];
  shown: number;
}

const exercised: { page: string; shown: number }[] = [];

async function expectInert(page: Page, dialogs: string[], name: string) {
  // The page's data is on screen: some payload is shown (as text, if all is well).
  await expect
    .poll(async () => ((await page.evaluate(INSPECT)) as Inspection).shown, { message: name })
    .toBeGreaterThan(0);
  // Let anything that could run have its chance: every image has loaded or failed (onload,
  // onerror), then two frames.
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const r = (await page.evaluate(INSPECT)) as Inspection;
  expect(r.hits, `${name}: payloads that ran`).toEqual([]);
  expect(r.bad, `${name}: planted markup or links`).toEqual([]);
  expect(dialogs, `${name}: dialogs`).toEqual([]);
  expect(r.shown, `${name}: payloads shown as text`).toBeGreaterThan(0);
  exercised.push({ page: name, shown: r.shown });
}

test('the ingest drops every non-http(s) link, naming file, line and field', () => {
  // Link payloads in pdf, abs and code: each dropped with a warning (abs falls back to arXiv).
  const dropped =
    ingestLog.match(/\.jsonl:\d+: warning: paper 2603\.\d+: (pdf|abs|code) link dropped/g) ?? [];
  expect(dropped).toHaveLength(PAYLOADS.length * 3);
});

test('no payload runs on the daily, paper, search, weekly and home pages', async ({ page }) => {
  test.setTimeout(120_000);
  const dialogs = await serveHostile(page);

  await page.goto(`/daily/${DATE}`);
  await expect(page.getByRole('article')).toHaveCount(PAYLOADS.length);
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.getByRole('heading', { name: 'Abstract' })).toHaveCount(PAYLOADS.length);
  // Author lists, the text filter and its highlighting run over the payloads too.
  await page.getByRole('searchbox', { name: /Filter papers/ }).fill('script');
  await expect(page.getByRole('status')).toContainText('of 20 papers');
  await expectInert(page, dialogs, 'daily');

  for (let i = 0; i < PAYLOADS.length; i++) {
    await page.goto(`/paper/${id(i)}`);
    await expect(page.getByRole('heading', { name: 'Abstract' })).toBeVisible();
    await expectInert(page, dialogs, `paper ${id(i)}`);
  }

  await page.goto('/search?q=hostile');
  await expect(page.getByRole('status')).toContainText('20 papers match');
  // Ten results at first, the other ten on request.
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(PAYLOADS.length);
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
  await expectInert(page, dialogs, 'search');

  await page.goto(`/weekly/${weeklyId}`);
  await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();
  for (const b of await page.getByRole('button', { expanded: false }).all()) await b.click();
  await expectInert(page, dialogs, 'weekly');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectInert(page, dialogs, 'home');

  const pages = exercised.length;
  const total = exercised.reduce((s, e) => s + e.shown, 0);
  console.log(
    `hostile data: ${PAYLOADS.length} payloads × 13 daily fields and 13 weekly fields; ` +
      `${pages} pages rendered; ${total} payload instances shown as text; 0 executions`,
  );
});
