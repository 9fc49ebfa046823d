/**
 * A long day of our own synthetic papers (scripts/generate), ingested as the real command
 * does and served to the page through routes: for e2e tests at scale without third-party text.
 */
import type { Page } from '@playwright/test';
import { generateDay } from '../../scripts/generate/synthetic.ts';
import { parseJsonlDay } from '../../scripts/ingest/jsonl.ts';
import { Reporter } from '../../scripts/ingest/report.ts';
import { toDigest } from '../../scripts/ingest/run.ts';
import { buildManifest } from '../../scripts/ingest/store.ts';
import { splitDaily } from '../../src/schema/digest.ts';

export function syntheticDay(date: string, papers: number, seed: number, name: string) {
  const file = `daily/${date}.zh.${name}0.json`;
  const detailsFile = `details/${date}.zh.${name}1.json`;
  const digest = toDigest(
    parseJsonlDay(
      generateDay(seed, 0, date, papers)
        .map((r) => JSON.stringify(r))
        .join('\n'),
      { file: 'x.jsonl', fileName: 'x.jsonl', date, statedLanguage: 'Chinese', enhanced: true },
      new Reporter(),
    ),
  );
  const manifest = buildManifest([{ file, digest, mtimeMs: 0 }], []);
  const { list, details } = splitDaily(digest);
  const dayList = { ...list, details: detailsFile };
  /** Answers the page's requests for the manifest, the day's list and its details. */
  async function serve(page: Page): Promise<void> {
    await page.route('**/data/manifest.json', (route) => route.fulfill({ json: manifest }));
    await page.route(`**/data/${file}`, (route) => route.fulfill({ json: dayList }));
    await page.route(`**/data/${detailsFile}`, (route) => route.fulfill({ json: details }));
  }
  return { file, digest, manifest, dayList, serve };
}
