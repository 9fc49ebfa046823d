/**
 * Reading what is published: each day as a light record (`DayShard`: its files, ids and counts),
 * read back whole (`loadDay`) only when a later step needs its papers; weekly digests whole. A
 * file that cannot be read or does not fit the schema is reported and left where it is.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  READABLE_SCHEMA_VERSIONS,
  SCHEMA_VERSION,
  dailyDetailsSchema,
  dailyDigestSchema,
  dailyKey,
  dailyListSchema,
  joinDaily,
  describeSchemaError,
  weeklyDigestSchema,
  type DailyDetails,
  type DailyDigest,
  type DailyList,
  type Validator,
  type WeeklyDigest,
} from '../../src/schema/digest.ts';
import { contentHash, readDataJson, readDataText, removeUnlisted } from './files.ts';
import type { Reporter } from './report.ts';
import { isCurrentRankFile } from './rank.ts';

export interface Shard<T> {
  file: string;
  /** A daily digest's details file. */
  details?: string | undefined;
  digest: T;
  mtimeMs: number;
}

/**
 * What the ingest keeps in memory of a published day: enough for the manifest, the paper
 * index and its decisions, not the papers themselves (a five-year archive's papers do not fit
 * a CI runner's memory). The whole day is read back from disk when needed (`loadDay`).
 */
export interface DayInfo {
  date: string;
  language: string | null;
  paperCount: number;
  /** Papers by primary category. */
  categories: Record<string, number>;
  ids: string[];
}

export interface DayShard {
  /** The list file (or, for a version-1 folder, the one file of the day). */
  file: string;
  /** The details file; absent for a version-1 day. */
  details?: string | undefined;
  /** The ranking data; absent for a day published before it (or whose file is gone). */
  rank?: string | undefined;
  info: DayInfo;
  mtimeMs: number;
}

export function dayInfo(d: {
  date: string;
  language: string | null;
  papers: readonly { id: string; categories: readonly string[] }[];
}): DayInfo {
  const categories: Record<string, number> = {};
  for (const p of d.papers) {
    const c = p.categories[0] ?? '';
    categories[c] = (categories[c] ?? 0) + 1;
  }
  return {
    date: d.date,
    language: d.language,
    paperCount: d.papers.length,
    categories,
    ids: d.papers.map((p) => p.id),
  };
}

/**
 * A published day, whole, read back from its files. They were checked when this ingest (or
 * `readPublished`) accepted them, so they are only parsed here: this runs for every day when
 * the search index is rebuilt.
 */
export async function loadDay(dir: string, shard: DayShard): Promise<DailyDigest> {
  const read = async (rel: string) => {
    try {
      return await readDataJson(path.join(dir, rel));
    } catch (e) {
      throw new Error(
        `${path.join(dir, rel)}: published file unreadable (${(e as Error).message})`,
      );
    }
  };
  // Older readable versions differ only in what the schemas tell apart (see readPublished).
  if (!shard.details)
    return { ...((await read(shard.file)) as DailyDigest), schemaVersion: SCHEMA_VERSION };
  const [list, details] = await Promise.all([read(shard.file), read(shard.details)]);
  const digest = joinDaily(list as DailyList, details as DailyDetails);
  if (!digest) throw new Error(`${shard.file}: its details file ${shard.details} no longer fits`);
  return { ...digest, schemaVersion: SCHEMA_VERSION };
}

/** The files a shard is published as. */
export function shardFiles(shard: {
  file: string;
  details?: string | undefined;
  rank?: string | undefined;
}): string[] {
  return [shard.file, shard.details, shard.rank].filter((f): f is string => Boolean(f));
}

export interface PublishedData {
  dailies: Map<string, DayShard>;
  weeklies: Map<string, Shard<WeeklyDigest>>;
  /** Shard files that are valid and superseded by a newer one for the same key. */
  superseded: string[];
}

async function listJson(dir: string, sub: string): Promise<string[]> {
  try {
    const names = await fs.readdir(path.join(dir, sub));
    return names
      .filter((n) => n.endsWith('.json'))
      .sort()
      .map((n) => `${sub}/${n}`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

/**
 * Removes the details and ranking files that no day list names: a run killed after writing a
 * day's details or ranking file, before its list, leaves them (`writeDaily` writes the list
 * last). `published` holds the new publication's files; the files of a list still in `daily/`
 * that is not among them (one this run could not read, left as it is) are kept too, matched by
 * the digest key their names begin with.
 */
export async function removeUnnamedParts(
  dir: string,
  published: ReadonlySet<string>,
): Promise<void> {
  const leftKeys = (await listJson(dir, 'daily'))
    .filter((f) => !published.has(f))
    .map((f) => `${path.basename(f).split('.').slice(0, 2).join('.')}.`);
  await removeUnlisted(
    dir,
    ['details', 'rank'],
    (rel) => published.has(rel) || leftKeys.some((k) => path.basename(rel).startsWith(k)),
  );
}

/**
 * Whether a list's details file is there and describes the same papers. A file whose content
 * still has the hash its name carries is exactly what an ingest wrote after checking it, so it
 * is not parsed again (reading 175 MB of details on every run would be most of a small run's
 * time); any other is parsed and checked against the schema and the list.
 */
/**
 * Whether a list's details file is there and fits it. A details file no newer than the
 * manifest was written, atomically and named by its content, by a run that completed: it is
 * trusted without being read (reading every day's details made each run as slow as the whole
 * archive, ADR 0015). A damaged one is found when it is read, which stops the run, naming it,
 * before anything is published.
 */
async function detailsFit(
  dir: string,
  list: DailyList,
  details: string,
  manifestMs: number,
): Promise<boolean> {
  const st = await fs.stat(path.join(dir, details)).catch(() => null);
  if (!st || st.size === 0) return false;
  if (st.mtimeMs <= manifestMs) return true;
  let text: string;
  try {
    text = await readDataText(path.join(dir, details));
  } catch {
    return false;
  }
  if (/\.([0-9a-f]{12})\.json(?:\.gz)?$/.exec(details)?.[1] === contentHash(text)) return true;
  try {
    const value = JSON.parse(text) as { schemaVersion?: unknown };
    const current =
      typeof value.schemaVersion === 'number' &&
      READABLE_SCHEMA_VERSIONS.includes(value.schemaVersion)
        ? { ...value, schemaVersion: SCHEMA_VERSION }
        : value;
    const parsed = dailyDetailsSchema.safeParse(current);
    return parsed.success && joinDaily(list, parsed.data) !== null;
  } catch {
    return false;
  }
}

/**
 * Reads every shard on disk. A file that cannot be read or does not fit the schema is
 * reported and left where it is, never deleted or overwritten.
 */
/** A published file's JSON and its modification time, or null (reported) when unreadable. */
async function readJson(
  dir: string,
  rel: string,
  reporter: Reporter,
): Promise<{ value: unknown; mtimeMs: number } | null> {
  const full = path.join(dir, rel);
  try {
    const [text, st] = await Promise.all([readDataText(full), fs.stat(full)]);
    return { value: JSON.parse(text) as unknown, mtimeMs: st.mtimeMs };
  } catch (e) {
    reporter.warn(
      full,
      0,
      `published file unreadable, left as it is (${(e as Error).message.split('\n')[0]})`,
    );
    return null;
  }
}

/** A published file's content at today's version, or null (reported) when it cannot be used. */
function upgrade<T>(
  full: string,
  value: unknown,
  schema: Validator<T>,
  reporter: Reporter,
): T | null {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    reporter.warn(
      full,
      0,
      `published file has schema version ${version}, newer than this ingest's ${SCHEMA_VERSION}; left as it is`,
    );
    return null;
  }
  // Older versions differ only in what the schemas tell apart: upgrade in memory; the file
  // is rewritten in today's format by this run.
  const current =
    typeof version === 'number' && READABLE_SCHEMA_VERSIONS.includes(version)
      ? { ...(value as object), schemaVersion: SCHEMA_VERSION }
      : value;
  const parsed = schema.safeParse(current);
  if (parsed.success) return parsed.data;
  reporter.warn(
    full,
    0,
    `published file does not fit the schema, left as it is (${describeSchemaError(parsed.error)})`,
  );
  return null;
}

/**
 * Keeps one shard per key. Two shards for one key happen only when a run was interrupted
 * between writing the new shard and removing the old one: the newer file is the one that run
 * meant to publish; the other is superseded.
 */
function keepNewest<T extends { file: string; details?: string | undefined; mtimeMs: number }>(
  into: Map<string, T>,
  key: string,
  shard: T,
  superseded: string[],
): void {
  const seen = into.get(key);
  if (!seen || seen.mtimeMs < shard.mtimeMs) {
    if (seen) superseded.push(...shardFiles(seen));
    into.set(key, shard);
  } else superseded.push(...shardFiles(shard));
}

export async function readPublished(dir: string, reporter: Reporter): Promise<PublishedData> {
  const data: PublishedData = { dailies: new Map(), weeklies: new Map(), superseded: [] };
  const fit = <T>(rel: string, value: unknown, schema: Validator<T>) =>
    upgrade(path.join(dir, rel), value, schema, reporter);
  const keep = <T extends { file: string; details?: string | undefined; mtimeMs: number }>(
    into: Map<string, T>,
    key: string,
    shard: T,
  ) => keepNewest(into, key, shard, data.superseded);
  const manifestMs =
    (await fs.stat(path.join(dir, 'manifest.json')).catch(() => null))?.mtimeMs ?? -Infinity;
  for (const rel of await listJson(dir, 'daily')) {
    const read = await readJson(dir, rel, reporter);
    if (!read) continue;
    const { value, mtimeMs } = read;
    const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (version === 1) {
      const digest = fit(rel, value, dailyDigestSchema); // one file held the whole day
      if (digest)
        keep(data.dailies, dailyKey(digest), { file: rel, info: dayInfo(digest), mtimeMs });
      continue;
    }
    const list = fit(rel, value, dailyListSchema);
    if (!list) continue;
    const details = list.details;
    if (!(await detailsFit(dir, list, details, manifestMs))) {
      reporter.warn(
        path.join(dir, rel),
        0,
        `its details file ${details} is unusable; left as it is`,
      );
      continue;
    }
    // A day without its ranking data, or with data of older features, is published again
    // (run.ts), which writes it.
    const rank =
      list.rank &&
      isCurrentRankFile(list.rank) &&
      (await fs.stat(path.join(dir, list.rank)).catch(() => null))
        ? list.rank
        : undefined;
    keep(data.dailies, dailyKey(list), {
      file: rel,
      details,
      rank,
      info: dayInfo(list),
      mtimeMs,
    });
  }
  for (const rel of await listJson(dir, 'weekly')) {
    const read = await readJson(dir, rel, reporter);
    const weekly = read && fit(rel, read.value, weeklyDigestSchema);
    if (read && weekly)
      keep(data.weeklies, weekly.id, { file: rel, digest: weekly, mtimeMs: read.mtimeMs });
  }
  return data;
}
