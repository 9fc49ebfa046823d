/** Archive-search figures for the benchmark: bytes, files and latency at scale. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { searchMetaSchema } from '../../src/schema/search.ts';
import { documentTables, search } from '../../src/search/engine.ts';
import { median } from './browser.ts';

/** Fixed queries over the synthetic vocabulary, English and Chinese. */
export const QUERIES = [
  'diffusion',
  'graph transformer',
  'protein molecule',
  'robot trajectory',
  'quantization pruning',
  '蛋白质',
  '扩散',
  '机器人 轨迹',
  '量子',
  '神经算子',
];

/** KB sent for a file: gzip of it, or the file itself when it is stored gzip (ADR 0014). */
export const gzKb = (file: string) =>
  file.endsWith('.gz')
    ? statSync(file).size / 1024
    : gzipSync(readFileSync(file), { level: 9 }).byteLength / 1024;

export function countFiles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? countFiles(path.join(dir, e.name)) : 1),
    0,
  );
}

/** Bytes (gzip) each query downloads: the postings shards of its terms and its result chunks. */
export async function searchBytes(dataDir: string, metaFile: string) {
  const base = metaFile.replace(/meta\.json$/, '');
  const meta = searchMetaSchema.parse(
    JSON.parse(readFileSync(path.join(dataDir, metaFile), 'utf8')),
  );
  const tables = documentTables(meta);
  const perQuery: { query: string; kb: number; total: number }[] = [];
  for (const query of QUERIES) {
    let kb = 0;
    const seen = new Set<string>();
    const load = async (file: string) => {
      if (!seen.has(file)) kb += gzKb(path.join(dataDir, file));
      seen.add(file);
      const bytes = readFileSync(path.join(dataDir, file));
      return JSON.parse((file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'));
    };
    const r = await search(meta, tables, query, {}, load, base);
    perQuery.push({ query, kb: Math.round(kb), total: r.total });
  }
  return {
    docs: meta.docs,
    shards: meta.shards,
    metaKbGzip: Math.round(gzKb(path.join(dataDir, metaFile))),
    perQuery,
    medianKbPerQuery: median(perQuery.map((q) => q.kb)),
  };
}

/** Milliseconds from the last keystroke to the results painted, per query, on /search. */
export async function searchLatency(browser: Browser, baseUrl: string, cpu: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.goto(`${baseUrl}/search`, { waitUntil: 'networkidle' });
  await page.getByRole('searchbox').waitFor();
  const upfront = await page.evaluate(() => [
    '/',
    ...performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
  ]);
  const box = page.getByRole('searchbox');
  const times: { query: string; ms: number }[] = [];
  for (const query of QUERIES) {
    await box.fill('');
    await page.waitForTimeout(300);
    await box.fill(query);
    // Plain JavaScript text: tsx would add helpers to a function that the page does not have.
    const ms = await page.evaluate<number>(`new Promise((resolve) => {
      const t0 = performance.now();
      const q = ${JSON.stringify(`“${query}”`)};
      const done = () => {
        const s = document.querySelector('[role="status"]')?.textContent ?? '';
        if (s.includes(q)) requestAnimationFrame(() => resolve(performance.now() - t0));
        else requestAnimationFrame(done);
      };
      done();
    })`);
    times.push({ query, ms: Math.round(ms) });
  }
  await context.close();
  return { perQuery: times, medianMs: median(times.map((t) => t.ms)), upfront };
}

export function dirKbGzip(files: string[]): number {
  return Math.round(files.reduce((s, f) => s + (statSync(f).isFile() ? gzKb(f) : 0), 0));
}
