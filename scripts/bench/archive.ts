/**
 * The archive a fork builds over years (issue 14): the ingest's peak memory and time for a
 * whole archive and for one new day added to it, and what the published folder costs on a
 * static host (bytes per distinct paper, files). The ingest runs as the README's command
 * does (`npm run ingest`), in a process of its own, which reports its own peak memory.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { countFiles } from './search.ts';

export interface ArchiveFigures {
  days: number;
  listings: number;
  distinctPapers: number;
  fullSeconds: number;
  peakMb: number;
  addDaySeconds: number;
  addDayPeakMb: number;
  /** A new day on which the search index's tail is merged into its main shards (ADR 0015). */
  addDayMergeSeconds: number;
  addDayMergePeakMb: number;
  /** The similar-papers step of the full ingest (issue 19: ≤ +60 s), and what it added to its peak. */
  similarSeconds: number;
  similarAddedPeakMb: number;
  mb: number;
  bytesPerPaper: number;
  dataFiles: number;
  /** Data files plus the app's own files: what the host publishes. */
  files: number;
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((total, e) => {
    const p = path.join(dir, e.name);
    return total + (e.isDirectory() ? folderBytes(p) : statSync(p).size);
  }, 0);
}

/** Runs `npm run generate` (scripts/generate.ts) into `out`. */
export function generate(
  root: string,
  out: string,
  days: number,
  perDay: number,
  end: string,
  seed: number,
  repeat = 0,
) {
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(root, 'scripts/generate.ts'),
      '--days',
      String(days),
      '--papers-per-day',
      String(perDay),
      '--out',
      out,
      '--end',
      end,
      '--seed',
      String(seed),
      '--repeat',
      String(repeat),
    ],
    { cwd: root, stdio: 'ignore' },
  );
}

/** Runs `npm run ingest -- ARGS`; its time, the peak memory and the similar-papers step it reports. */
function ingest(
  root: string,
  args: string[],
): { seconds: number; peakMb: number; similarSeconds: number; similarAddedPeakMb: number } {
  const started = performance.now();
  const out = execFileSync('npm', ['run', '--silent', 'ingest', '--', ...args, '--quiet'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const peakMb = Number(/peak memory +(\d+) MB/.exec(out)?.[1] ?? NaN);
  const similar = /similar papers +.*\(([\d.]+) s, \+(\d+) MB of peak memory\)/.exec(out);
  return {
    seconds: Math.round(seconds * 10) / 10,
    peakMb,
    similarSeconds: Number(similar?.[1] ?? NaN),
    similarAddedPeakMb: Number(similar?.[2] ?? NaN),
  };
}

export function measureArchive(
  root: string,
  work: string,
  dist: string,
  { days, perDay, repeat, seed }: { days: number; perDay: number; repeat: number; seed: number },
): ArchiveFigures {
  const src = path.join(work, `archive-${days}`);
  const out = path.join(work, `archive-${days}-data`);
  generate(root, src, days, perDay, '2026-06-30', seed, repeat);
  const full = ingest(root, [src, '--out', out]);
  const newDay = path.join(work, `archive-${days}-new-day`);
  generate(root, newDay, 1, perDay, '2026-07-01', seed + 1, 0);
  const add = ingest(root, [newDay, '--out', out]);
  // With a tail the index has up to one more postings file per shard (ADR 0015): the most
  // files and bytes the host holds between merges.
  const withTail = { bytes: folderBytes(out), files: countFiles(out) };
  const mergeDay = path.join(work, `archive-${days}-merge-day`);
  generate(root, mergeDay, 1, perDay, '2026-07-02', seed + 2, 0);
  const merge = ingest(root, [mergeDay, '--out', out, '--merge-search']);
  const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
    search: string;
  };
  const meta = JSON.parse(readFileSync(path.join(out, manifest.search), 'utf8')) as {
    docs: number;
  };
  const bytes = Math.max(withTail.bytes, folderBytes(out));
  const dataFiles = Math.max(withTail.files, countFiles(out));
  const appFiles = countFiles(dist) - countFiles(path.join(dist, 'data'));
  return {
    days: days + 2,
    listings: (days + 2) * perDay,
    distinctPapers: meta.docs,
    fullSeconds: full.seconds,
    peakMb: full.peakMb,
    addDaySeconds: add.seconds,
    addDayPeakMb: add.peakMb,
    addDayMergeSeconds: merge.seconds,
    addDayMergePeakMb: merge.peakMb,
    similarSeconds: full.similarSeconds,
    similarAddedPeakMb: full.similarAddedPeakMb,
    mb: Math.round(bytes / 1e5) / 10,
    bytesPerPaper: Math.round(bytes / meta.docs),
    dataFiles,
    files: dataFiles + appFiles,
  };
}

/**
 * A weekly digest for the week of Monday 2026-06-29 to Sunday 2026-07-05, into `out`, whose
 * five trends name papers of the generated day `dayFile` (a .jsonl) by their arXiv ids: the
 * ingest links a trend to the papers it mentions (ADR 0003), so the day shows trend chips
 * for the bench to tap (issue 17: "category and trend clicks"). Each trend names every 25th
 * paper from a different start, ~21 of a 532-paper day, spread across its categories.
 */
export function generateWeek(dayFile: string, out: string): void {
  const ids = readFileSync(dayFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { id: string }).id);
  const trends = ['Operators', 'Graphs', 'Agents', 'Spectra', 'Meshes'].map(
    (name, t) =>
      `${name} across the week: ${ids.filter((_, i) => i % 25 === t).join(', ')} and others.`,
  );
  const text = [
    'AI for Science: June 2026 Week 27',
    `Jun 29 – Jul 5, 2026 · ${ids.length} papers analyzed · 0 breakthroughs`,
    'Summary',
    'A week generated for the benchmark.',
    'Key Takeaway',
    'Trends name papers of the week by their ids.',
    'Breakthroughs (0)',
    'Trends',
    ...trends,
    'Notable Papers (0)',
    'Honorable Mentions',
    '',
  ].join('\n');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'weekly-2026-w27.txt'), text);
}
