/**
 * The ingest itself, apart from argument parsing and printing: find the input files, parse
 * each, choose one digest per date and summary language from the richest source, link the
 * weekly trends, and publish atomically.
 */
import { publishFeeds } from './feeds.ts';
import { publishSimilar, type SimilarFigures } from './similar.ts';
import type { Watch } from '../../src/entities/watches/types.ts';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  dailyDigestSchema,
  dailyKey,
  weeklyDigestSchema,
  SCHEMA_VERSION,
  isCalendarDate,
  type DailyDigest,
  type WeeklyDigest,
} from '../../src/schema/digest.ts';
import type { DayCandidate } from './day.ts';
import type { Reporter } from './report.ts';
import {
  acquireLock,
  encodeData,
  removeTemporaries,
  removeUnlisted,
  serialise,
  writeAtomic,
} from './files.ts';
import {
  buildManifest,
  buildPaperIndex,
  paperIndexFileName,
  weeklyFileName,
  writeDaily,
} from './manifest.ts';
import {
  dayInfo,
  loadDay,
  readPublished,
  removeUnnamedParts,
  shardFiles,
  type DayShard,
  type PublishedData,
  type Shard,
} from './published.ts';
import {
  publishSearchIndex,
  removeOtherSearchBuilds,
  type PublishedSearch,
} from './search-publish.ts';
import { shrinkVerdict } from './shrink-guard.ts';
import { SourceReader, UsageError, findInputs } from './sources.ts';
import { withLinks } from './trend-links.ts';

export interface IngestOptions {
  paths: readonly string[];
  out: string;
  /** Date for day files whose name carries none. */
  date?: string;
  /** Start from an empty data folder instead of adding to what is published. */
  clean?: boolean;
  /** The reader's public address, for absolute links in the Atom feeds. */
  siteUrl?: string | undefined;
  /** A fork owner's watches: one Atom feed each (feeds.ts). */
  watches?: readonly Watch[] | undefined;
  /** Let a source with fewer papers (or none) replace a published digest (ADR 0013). */
  allowShrink?: boolean;
  onProgress?: (done: number, total: number, bytes: number) => void;
  /** Tuning and tests: the search index's tail is merged past this many documents (ADR 0015). */
  searchTailMax?: (baseDocs: number) => number;
}

export interface IngestSummary {
  filesRead: number;
  /** Files found in folders that are not digests (READMEs, other text). */
  ignored: string[];
  bytesRead: number;
  seconds: number;
  /** Time spent finding, reading and parsing the input (throughput is measured on this). */
  readSeconds: number;
  records: number;
  papersKept: number;
  duplicates: number;
  skipped: number;
  /** Papers in sources that a richer source for the same date and language replaced. */
  superseded: number;
  /** Papers in sources not published because the published digest has more (ADR 0013). */
  withheld: number;
  warnings: number;
  daily: {
    written: number;
    unchanged: number;
    removed: number;
    /** Published digests kept because this run's source had fewer papers or none. */
    kept: number;
    total: number;
  };
  weekly: { written: number; unchanged: number; total: number };
  /** For each input file: what it became. */
  accounts: { file: string; outcome: string }[];
  /** The archive search index published (built anew, or reused when no day changed). */
  search?: PublishedSearch;
  /** Atom feeds written (feeds/all.xml and one per category). */
  feeds?: number;
  /** Similar papers: days computed this run, papers indexed, time. */
  similar?: SimilarFigures;
}

/** Ranks sources for one date and language: the JSONL carries every field, markdown less. */
function rank(c: DayCandidate): number {
  return c.format === 'jsonl' ? 3 : c.format === 'markdown' ? 2 : 1;
}

/** Fills fields the chosen source lacks (all categories, comment) from the other sources of the day. */
function enrich(chosen: DayCandidate, others: readonly DayCandidate[]): void {
  if (others.length === 0) return;
  const byId = new Map(others.flatMap((o) => o.papers.map((p) => [p.id, p] as const)));
  for (const p of chosen.papers) {
    const o = byId.get(p.id);
    if (!o) continue;
    if (
      o.categories.length > p.categories.length &&
      (p.categories.length === 0 || o.categories[0] === p.categories[0])
    ) {
      p.categories = o.categories;
      p.classifications = o.classifications;
    }
    if (!p.comment && o.comment) p.comment = o.comment;
    if (!p.links.code && o.links.code) {
      p.links.code = o.links.code;
      if (o.codeStars !== undefined) p.codeStars = o.codeStars;
    }
  }
}

export function toDigest(c: DayCandidate): DailyDigest {
  return dailyDigestSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    kind: 'daily',
    date: c.date,
    language: c.language,
    source: { format: c.format, files: [c.fileName] },
    stats: { records: c.records, duplicatesRemoved: c.duplicatesRemoved, skipped: c.skipped },
    papers: c.papers,
  });
}

function emptySummary(ignored: string[]): IngestSummary {
  return {
    filesRead: 0,
    ignored,
    bytesRead: 0,
    seconds: 0,
    readSeconds: 0,
    records: 0,
    papersKept: 0,
    duplicates: 0,
    skipped: 0,
    superseded: 0,
    withheld: 0,
    warnings: 0,
    daily: { written: 0, unchanged: 0, removed: 0, kept: 0, total: 0 },
    weekly: { written: 0, unchanged: 0, total: 0 },
    accounts: [],
  };
}

/**
 * Chooses one digest per summary language from one date's sources: the richest source, filled
 * in from the others; abstracts-only sources only where the date has no summarised one. Pure
 * but for the accounts and counts it records.
 */
export function chooseDigests(
  cands: readonly DayCandidate[],
  account: Map<string, string>,
  summary: Pick<IngestSummary, 'superseded'>,
): Map<string, DayCandidate> {
  const chosen = new Map<string, DayCandidate>();
  const summarised = cands.filter((c) => c.language !== null);
  const pool = summarised.length > 0 ? summarised : cands;
  for (const lang of new Set(pool.map((c) => c.language))) {
    const same = pool.filter((c) => c.language === lang);
    const best = same.reduce((a, b) =>
      rank(b) > rank(a) || (rank(b) === rank(a) && b.papers.length > a.papers.length) ? b : a,
    );
    enrich(
      best,
      cands.filter((c) => c !== best),
    );
    chosen.set(`${best.date}.${lang ?? 'raw'}`, best);
    for (const c of same)
      if (c !== best) {
        summary.superseded += c.papers.length;
        account.set(c.file, `superseded by ${path.basename(best.file)} (${best.date}, ${lang})`);
      }
  }
  for (const c of cands)
    if (!pool.includes(c)) {
      summary.superseded += c.papers.length;
      account.set(c.file, `superseded: ${c.date} has summarised sources`);
    }
  return chosen;
}

/**
 * Builds the data folder from pipeline output: read the sources (./sources.ts), then, one date
 * at a time, choose its digests (`chooseDigests`, pure) and publish them (`publishDay`); then
 * what depends on the whole archive (`publishArchive`). Memory stays bounded by one date's
 * sources and the archive's light records (ids and counts per day), whatever its size.
 */
export async function ingest(opts: IngestOptions, reporter: Reporter): Promise<IngestSummary> {
  const started = performance.now();
  if (opts.date !== undefined && !isCalendarDate(opts.date)) {
    throw new UsageError(`--date ${opts.date}: expected YYYY-MM-DD`);
  }
  const { inputs, ignored } = await findInputs(opts.paths);
  const summary = emptySummary(ignored);
  const sources = new SourceReader(opts, reporter, summary, inputs.length);
  sources.addMs(performance.now() - started);
  const { weeks, byDate } = await sources.sort(inputs);

  const release = await acquireLock(opts.out);
  try {
    await removeTemporaries(opts.out);
    const published: PublishedData = opts.clean
      ? { dailies: new Map(), weeklies: new Map(), superseded: [] }
      : await readPublished(opts.out, reporter);
    const dailies = await upgradeOlder(opts.out, published.dailies, summary);
    for (const date of [...byDate.keys()].sort()) {
      const cands: DayCandidate[] = [];
      for (const input of byDate.get(date)!) {
        const day = await sources.readDay(input, date);
        if (day) cands.push(day);
      }
      for (const [key, c] of chooseDigests(cands, sources.account, summary))
        sources.account.set(c.file, await publishDay(opts, key, c, dailies, reporter, summary));
    }
    summary.readSeconds = sources.seconds;
    await publishArchive(opts, published, dailies, weeks, summary);
  } finally {
    await release();
  }
  for (const input of inputs)
    summary.accounts.push({ file: input.path, outcome: sources.account.get(input.path) ?? 'read' });
  summary.warnings = reporter.count('warning');
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/**
 * Days published by an older ingest are published again: a version-1 day (one file per day)
 * as list + details + ranking data, a day without ranking data with it.
 */
async function upgradeOlder(
  out: string,
  published: ReadonlyMap<string, DayShard>,
  summary: IngestSummary,
): Promise<Map<string, DayShard>> {
  const dailies = new Map(published);
  for (const [key, shard] of dailies) {
    if (shard.details && shard.rank) continue;
    const { file, details, rank } = await writeDaily(out, await loadDay(out, shard));
    dailies.set(key, { ...shard, file, details, rank });
    summary.daily.written += 1;
  }
  return dailies;
}

/**
 * What depends on the whole archive, once its days are published: the weekly links of the
 * weeks whose days changed, the paper index, the search index, the manifest (the moment the
 * new publication is live), the files nothing names any more, and the feeds.
 */
async function publishArchive(
  opts: IngestOptions,
  published: PublishedData,
  dailies: ReadonlyMap<string, DayShard>,
  weeks: readonly WeeklyDigest[],
  summary: IngestSummary,
): Promise<void> {
  const { out } = opts;
  const load = (shard: DayShard) => loadDay(out, shard);
  /** Dates whose published digests changed in this run: their weeks' links are redone. */
  const changedDates = new Set<string>();
  for (const [key, shard] of published.dailies)
    if (dailies.get(key)?.file !== shard.file) changedDates.add(shard.info.date);
  for (const shard of dailies.values())
    if (!published.dailies.has(dailyKey(shard.info))) changedDates.add(shard.info.date);
  summary.daily.removed = [...published.dailies.keys()].filter((k) => !dailies.has(k)).length;

  const finalDailies = [...dailies.values()];
  const weeklies = await publishWeeklies(
    out,
    published.weeklies,
    weeks,
    finalDailies,
    changedDates,
    summary,
  );
  const finalWeeklies = [...weeklies.values()];
  const paperIndex = await publishPaperIndex(out, finalDailies);
  const searchEntry = await publishSearchIndex(out, finalDailies, load, {
    ...(opts.searchTailMax ? { tailMax: opts.searchTailMax } : {}),
  });
  summary.search = searchEntry;
  const similar = await publishSimilar(out, finalDailies);
  summary.similar = similar.figures;
  const manifest = buildManifest(
    finalDailies,
    finalWeeklies,
    paperIndex,
    searchEntry.file,
    similar.files,
  );
  await writeAtomic(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);

  // Only now, with the new manifest in place, remove the shards nothing names any more.
  const keep = new Set([...finalDailies, ...finalWeeklies].flatMap(shardFiles));
  const before = [...published.dailies.values(), ...published.weeklies.values()].flatMap(
    shardFiles,
  );
  for (const f of [...before, ...published.superseded])
    if (!keep.has(f)) await fs.rm(path.join(out, f), { force: true });
  if (opts.clean) await removeUnlisted(out, ['daily', 'details', 'rank', 'weekly'], keep);
  await removeUnnamedParts(out, keep);
  await removeUnlisted(out, ['papers'], new Set(Object.values(paperIndex)));
  await removeOtherSearchBuilds(out, searchEntry.build);
  summary.feeds = await publishFeeds(out, finalDailies, (i) => load(finalDailies[i]!), {
    siteUrl: opts.siteUrl,
    watches: opts.watches,
  });
  summary.daily.total = finalDailies.length;
  summary.weekly.total = finalWeeklies.length;
}

/** The paper index files (paper id → the days that list it), written where new. */
async function publishPaperIndex(
  out: string,
  dailies: readonly DayShard[],
): Promise<Record<string, string>> {
  const paperIndex: Record<string, string> = {};
  for (const index of buildPaperIndex(dailies.map((s) => s.info))) {
    const json = serialise(index);
    const file = paperIndexFileName(index, json);
    const target = path.join(out, file);
    if (!(await fs.stat(target).catch(() => null)))
      await writeAtomic(target, encodeData(file, json));
    paperIndex[index.key] = file;
  }
  return paperIndex;
}

/**
 * Publishes one chosen digest over what is published for its day, unless it would shrink it
 * (ADR 0013); records it in `dailies` as a light shard. Returns what became of its source.
 */
async function publishDay(
  opts: IngestOptions,
  key: string,
  c: DayCandidate,
  dailies: Map<string, DayShard>,
  reporter: Reporter,
  summary: IngestSummary,
): Promise<string> {
  if (c.language === null) {
    const hasSummaries = [...dailies.values()].some(
      (s) => s.info.date === c.date && s.info.language !== null,
    );
    if (hasSummaries) {
      summary.superseded += c.papers.length;
      return `superseded: ${c.date} is already published with summaries`;
    }
  }
  // A source with fewer papers than what is published for its day (the same language, or
  // the abstracts-only digest it would replace) publishes nothing: a truncated download
  // or a failed run must not empty a good day.
  const rawKey = `${c.date}.raw`;
  const publishedKey = dailies.has(key) || c.language === null ? key : rawKey;
  const published = dailies.get(publishedKey);
  const verdict = shrinkVerdict(
    key,
    published && { key: publishedKey, papers: published.info.paperCount },
    c.papers.length,
    opts.allowShrink ?? false,
  );
  if (!verdict.publish) {
    reporter.kept(c.file, verdict.reason);
    summary.withheld += c.papers.length;
    if (published) summary.daily.kept += 1;
    return verdict.reason;
  }
  if (c.language !== null) dailies.delete(rawKey);
  const digest = toDigest(c);
  const { file, details, rank, written } = await writeDaily(opts.out, digest);
  if (written || dailies.get(key)?.file !== file) summary.daily.written += 1;
  else summary.daily.unchanged += 1;
  dailies.set(key, { file, details, rank, info: dayInfo(digest), mtimeMs: Date.now() });
  summary.papersKept += digest.papers.length;
  return `daily ${key}: ${digest.papers.length} papers`;
}

/**
 * Weekly digests with their trend links, from the daily papers now published: a week is
 * linked anew when it is new or a day in its range changed (its days are read back from disk,
 * a week at a time); otherwise its published file stays.
 */
async function publishWeeklies(
  out: string,
  published: ReadonlyMap<string, Shard<WeeklyDigest>>,
  weeks: readonly WeeklyDigest[],
  dailies: readonly DayShard[],
  changedDates: ReadonlySet<string>,
  summary: IngestSummary,
): Promise<Map<string, Shard<WeeklyDigest>>> {
  const weeklies = new Map(published);
  const fresh = new Set<string>();
  for (const week of weeks) {
    weeklies.set(week.id, { file: '', digest: week, mtimeMs: Date.now() });
    fresh.add(week.id);
  }
  for (const [id, shard] of weeklies) {
    const { start, end } = shard.digest;
    const touched = [...changedDates].some((d) => d >= start && d <= end);
    if (!fresh.has(id) && !touched) {
      summary.weekly.unchanged += 1;
      continue;
    }
    const inRange = await Promise.all(
      dailies.filter((d) => d.info.date >= start && d.info.date <= end).map((d) => loadDay(out, d)),
    );
    const linked = weeklyDigestSchema.parse(withLinks(shard.digest, inRange));
    const json = serialise(linked);
    const file = weeklyFileName(linked, json);
    if (file === shard.file) summary.weekly.unchanged += 1;
    else {
      await writeAtomic(path.join(out, file), json);
      summary.weekly.written += 1;
    }
    weeklies.set(id, { file, digest: linked, mtimeMs: Date.now() });
  }
  return weeklies;
}
