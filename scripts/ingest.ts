/**
 * npm run ingest -- [options] PATH...
 *
 * Thin command: parses arguments, runs the ingest, prints every issue as file:line: reason,
 * a progress line and a closing summary. Exit 0 when everything readable was ingested, 1 with
 * --strict when anything was skipped, 2 for bad options, unreadable paths or a held lock.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { annotation, stepSummary } from './ingest/github.ts';
import { formatIssue, peakMemoryMb, Reporter } from './ingest/report.ts';
import { ingest, type IngestSummary } from './ingest/run.ts';
import { watchesFrom } from '../src/entities/watches/parse.ts';
import type { Watch } from '../src/entities/watches/types.ts';
import { UsageError } from './ingest/sources.ts';
import { LockError } from './ingest/files.ts';

const HELP = `Usage: npm run ingest -- [options] PATH...

Reads what daily-arXiv-ai-enhanced pipelines (and their forks) publish and writes the
reader's data folder. Each PATH is a file or a folder (searched recursively).

Inputs
  DATE_AI_enhanced_LANG.jsonl   daily papers with AI summaries (any schema era or fork)
  DATE.jsonl                    daily papers without summaries (a digest of abstracts)
  DATE.md                       day-markdown, any of its three formats
  *.txt                         weekly digest text
  For each date and summary language one digest is made, from the richest source.
  In folders, .md files without a date in their name (README.md) are ignored and listed.

Options
  --out DIR      data folder to write (default: public/data)
  --date DATE    date (YYYY-MM-DD) for day files whose name carries none
  --clean        start from an empty data folder instead of adding to it
  --site-url URL the reader's public address, for absolute links in the Atom feeds
  --watches FILE a reading list exported from the reader (JSON) whose watches each get an
                 Atom feed, feeds/watch-KIND-NAME.xml; its negative keywords leave their
                 papers out of all of them
  --allow-shrink let a source with fewer papers than the published digest of its day (or
                 with none) replace it; without it that digest is kept and the run says
                 "FILE: kept published DATE.LANG (N papers); this source has M"
  --strict       exit 1 if any record, line or file was skipped, or a published digest kept
  --merge-search merge the search index's tail of new papers into its main shards now
                 (each run otherwise only re-indexes the tail, and merges it once it holds
                 over 5% of the archive's papers; docs/decisions/0015)
  --quiet        print only skips, warnings' count and the summary
  -h, --help     show this help

Output
  The data folder gets manifest.json, daily/*.json and weekly/*.json (docs/data-format.md).
  Adding a day adds or replaces that digest and keeps the others; the manifest is rebuilt
  from what is on disk. Writes are atomic: an interrupted run leaves the previous data intact.
  A published digest is never replaced by one with fewer papers, and a source with no
  readable paper publishes nothing, unless --allow-shrink is given.

In GitHub Actions (GITHUB_ACTIONS=true)
  Every skip, warning and kept digest is also printed as a workflow annotation, and the
  summary is appended to $GITHUB_STEP_SUMMARY, so that they show on the run's page.

Exit status
  0  everything readable was ingested (skips, warnings and kept digests are printed)
  1  --strict and something was skipped or a published digest was kept
  2  bad options, an unreadable path, or another ingest is writing the same folder`;

function fail(message: string): never {
  process.stderr.write(`ingest: ${message}\n`);
  process.exit(2);
}

/** The closing summary as labelled rows (printed as text, and as a table for GitHub). */
function summaryRows(s: IngestSummary, reporter: Reporter): [string, string][] {
  const mb = s.bytesRead / 1e6;
  const rows: [string, string][] = [
    [
      'files read',
      `${s.filesRead} (${mb.toFixed(1)} MB read and parsed in ${s.readSeconds.toFixed(2)} s, ${(mb / Math.max(s.readSeconds, 1e-3)).toFixed(1)} MB/s; ${s.seconds.toFixed(2)} s in all)`,
    ],
    [
      'files ignored',
      `${s.ignored.length}${s.ignored.length ? ` (${s.ignored.map((f) => path.basename(f)).join(', ')})` : ''}`,
    ],
    [
      'daily digests',
      `${s.daily.written} written, ${s.daily.unchanged} unchanged, ${s.daily.removed} replaced by summarised days, ${s.daily.kept} kept (the source had fewer papers); ${s.daily.total} published`,
    ],
    [
      'weekly digests',
      `${s.weekly.written} written, ${s.weekly.unchanged} unchanged; ${s.weekly.total} published`,
    ],
  ];
  if (s.search) {
    const how = {
      reused: 'unchanged',
      full: 'built anew',
      tail: 'extended (new papers indexed as its tail)',
      merged: 'extended (its tail merged into the main shards)',
    }[s.search.mode];
    const built = s.search.rebuilt
      ? `${how} (${s.search.files} files, ${s.search.seconds.toFixed(1)} s)`
      : how;
    rows.push(['search index', `${built}: ${s.search.file}`]);
  }
  if (s.feeds !== undefined)
    rows.push(['atom feeds', `${s.feeds} (feeds/all.xml and one per category)`]);
  if (s.similar !== undefined)
    rows.push([
      'similar papers',
      `${s.similar.computed} of ${s.similar.days} days computed over ${s.similar.papers} papers (${s.similar.seconds} s, +${s.similar.addedPeakMb} MB of peak memory)`,
    ]);
  const balance = s.papersKept + s.superseded + s.withheld + s.duplicates + s.skipped;
  rows.push(
    ['records read', String(s.records)],
    ['  papers kept', String(s.papersKept)],
    ['  superseded', `${s.superseded} (in sources replaced by a richer one for the same day)`],
    ['  withheld', `${s.withheld} (in sources with fewer papers than the published day)`],
    ['  duplicates', String(s.duplicates)],
    ['  skipped', String(s.skipped)],
    [
      '  reconciled',
      `${balance === s.records ? 'yes' : 'NO'}: ${s.papersKept} + ${s.superseded} + ${s.withheld} + ${s.duplicates} + ${s.skipped} = ${balance}`,
    ],
    ['skips', `${reporter.count('skip')} (records, lines or files)`],
    ['warnings', String(s.warnings)],
    ['kept digests', String(reporter.count('kept'))],
    ['peak memory', `${Math.round(peakMemoryMb())} MB resident`],
  );
  return rows;
}

function printSummary(s: IngestSummary, reporter: Reporter): void {
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out();
  out('Summary');
  for (const [label, value] of summaryRows(s, reporter)) out(`  ${label.padEnd(18)}${value}`);
  out('  files');
  for (const a of s.accounts) out(`    ${a.file}: ${a.outcome}`);
}

/** The watches of a reading list exported from the reader, or exit 2 saying what is wrong. */
function readWatches(file: string): Watch[] {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`--watches ${file}: ${(e as Error).message}`);
  }
  const watches = watchesFrom((value as { watches?: unknown } | null)?.watches);
  if (!watches.some((w) => w.kind !== 'negative'))
    fail(`--watches ${file}: no keyword, author or category watch in it (a reader's JSON export)`);
  return watches;
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        date: { type: 'string' },
        clean: { type: 'boolean', default: false },
        'site-url': { type: 'string' },
        watches: { type: 'string' },
        'allow-shrink': { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        'merge-search': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (positionals.length === 0) fail('no PATH given (see --help)');

  const watches = values.watches === undefined ? undefined : readWatches(values.watches);
  const reporter = new Reporter();
  const tty = process.stderr.isTTY;
  let lastProgress = 0;
  try {
    const summary = await ingest(
      {
        paths: positionals,
        out: values.out ?? path.join('public', 'data'),
        ...(values.date !== undefined ? { date: values.date } : {}),
        clean: values.clean,
        siteUrl: values['site-url'],
        watches,
        allowShrink: values['allow-shrink'],
        ...(values['merge-search'] ? { searchTailMax: () => 0 } : {}),
        onProgress: (done, total, bytes) => {
          const now = performance.now();
          if (total < 10 || (now - lastProgress < 500 && done < total)) return;
          lastProgress = now;
          const line = `reading ${done}/${total} files (${(bytes / 1e6).toFixed(1)} MB)`;
          process.stderr.write(tty ? `\r${line}${done === total ? '\n' : ''}` : `${line}\n`);
        },
      },
      reporter,
    );
    for (const issue of reporter.issues) {
      if (values.quiet && issue.kind === 'warning') continue;
      process.stdout.write(`${formatIssue(issue)}\n`);
    }
    printSummary(summary, reporter);
    if (process.env.GITHUB_ACTIONS === 'true') {
      const workspace = process.env.GITHUB_WORKSPACE;
      for (const issue of reporter.issues)
        process.stdout.write(`${annotation(issue, workspace)}\n`);
      const file = process.env.GITHUB_STEP_SUMMARY;
      if (file) appendFileSync(file, stepSummary(summaryRows(summary, reporter), summary.accounts));
    }
    const problems = reporter.count('skip') + reporter.count('kept');
    if (values.strict && problems > 0) {
      process.stderr.write(
        `ingest: --strict: ${reporter.count('skip')} skipped, ${reporter.count('kept')} published digests kept\n`,
      );
      process.exitCode = 1;
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof LockError) fail(e.message);
    throw e;
  }
}

await main();
