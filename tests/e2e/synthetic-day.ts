/**
 * Long days of our own synthetic papers (scripts/generate), ingested as the real command
 * does and served to the page through routes: for e2e tests at scale without third-party text.
 */
import type { Page } from '@playwright/test';
import { generateDay } from '../../scripts/generate/synthetic.ts';
import { parseJsonlDay } from '../../scripts/ingest/jsonl.ts';
import { Reporter } from '../../scripts/ingest/report.ts';
import { toDigest } from '../../scripts/ingest/run.ts';
import { buildManifest } from '../../scripts/ingest/manifest.ts';
import { dayInfo } from '../../scripts/ingest/published.ts';
import { splitDaily } from '../../src/schema/digest.ts';

function buildDay(date: string, papers: number, seed: number, name: string, index: number) {
  const file = `daily/${date}.zh.${name}${2 * index}.json`;
  const detailsFile = `details/${date}.zh.${name}${2 * index + 1}.json`;
  const digest = toDigest(
    parseJsonlDay(
      generateDay(seed, 0, date, papers)
        .map((r) => JSON.stringify(r))
        .join('\n'),
      { file: 'x.jsonl', fileName: 'x.jsonl', date, statedLanguage: 'Chinese', enhanced: true },
      new Reporter(),
    ),
  );
  const { list, details } = splitDaily(digest);
  return { file, detailsFile, digest, details, dayList: { ...list, details: detailsFile } };
}

/** Several synthetic days in one manifest, and a route handler that serves them all. */
export function syntheticDays(
  days: readonly { date: string; papers: number; seed: number }[],
  name: string,
) {
  const built = days.map((d, i) => buildDay(d.date, d.papers, d.seed, name, i));
  const manifest = buildManifest(
    built.map(({ file, digest }) => ({ file, info: dayInfo(digest) })),
    [],
  );
  /** Answers the page's requests for the manifest, the days' lists and their details. */
  async function serve(page: Page): Promise<void> {
    await page.route('**/data/manifest.json', (route) => route.fulfill({ json: manifest }));
    for (const day of built) {
      await page.route(`**/data/${day.file}`, (route) => route.fulfill({ json: day.dayList }));
      await page.route(`**/data/${day.detailsFile}`, (route) =>
        route.fulfill({ json: day.details }),
      );
    }
  }
  return { days: built, manifest, serve };
}

export function syntheticDay(date: string, papers: number, seed: number, name: string) {
  const { days, manifest, serve } = syntheticDays([{ date, papers, seed }], name);
  const { file, digest, dayList } = days[0]!;
  return { file, digest, manifest, dayList, serve };
}
