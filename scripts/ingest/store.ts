/**
 * The published data folder:
 *
 *   manifest.json                      rebuilt from the shards on every run
 *   daily/DATE.LANG.HASH.json          one day's list of papers (LANG is `raw` for abstracts only)
 *   details/DATE.LANG.HASH.json.gz     that day's details (abstracts, summary sections), named
 *                                      by its list file, which is written after it; gzip, as
 *                                      the paper index and the search shards are (ADR 0014)
 *   weekly/ID.HASH.json                one weekly digest with its trend links
 *
 * Shard names carry a hash of their content, so a changed digest is a new file and the old
 * one stays valid until the new manifest is in place. Every file is written to a temporary
 * name and renamed, the manifest last, and superseded shards are removed only after that:
 * a run killed at any point leaves the previous manifest and every file it names intact.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
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
  splitDaily,
  paperIndexKey,
  paperIndexSchema,
  describeSchemaError,
  manifestSchema,
  weeklyDigestSchema,
  type DailyDetails,
  type DailyDigest,
  type DailyList,
  type Manifest,
  type PaperIndex,
  type Validator,
  type WeeklyDigest,
} from '../../src/schema/digest.ts';
import type { Reporter } from './report.ts';

export class LockError extends Error {}

export function serialise(value: unknown): string {
  return JSON.stringify(value);
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/**
 * Files named `*.json.gz` are stored gzip-compressed (ADR 0014: the archive on disk is ~2.5×
 * smaller, so five years fit a free static host); the app decompresses them. Deterministic:
 * the same text gives the same bytes.
 */
export function encodeData(name: string, text: string): string | Uint8Array {
  return name.endsWith('.gz') ? gzipSync(text) : text;
}

/** A published data file's text, decompressed when its name says gzip. */
export async function readDataText(file: string): Promise<string> {
  const bytes = await fs.readFile(file);
  return file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
}

/**
 * Writes one day as its details file and then its list file (which names the details), each
 * content-hashed; an unchanged day is not written again. Returns the two files' paths.
 */
export async function writeDaily(
  dir: string,
  digest: DailyDigest,
): Promise<{ file: string; details: string; written: boolean }> {
  const { list, details } = splitDaily(digest);
  const detailsJson = serialise(dailyDetailsSchema.parse(details));
  const detailsFile = `details/${dailyKey(digest)}.${contentHash(detailsJson)}.json.gz`;
  const listJson = serialise(dailyListSchema.parse({ ...list, details: detailsFile }));
  const file = `daily/${dailyKey(digest)}.${contentHash(listJson)}.json`;
  const exists = async (f: string) => Boolean(await fs.stat(path.join(dir, f)).catch(() => null));
  let written = false;
  if (!(await exists(detailsFile))) {
    await writeAtomic(path.join(dir, detailsFile), encodeData(detailsFile, detailsJson));
    written = true;
  }
  if (written || !(await exists(file))) {
    await writeAtomic(path.join(dir, file), listJson);
    written = true;
  }
  return { file, details: detailsFile, written };
}

export function weeklyFileName(w: WeeklyDigest, json: string): string {
  return `weekly/${w.id}.${contentHash(json)}.json`;
}

/** Writes a file so that readers see the old content or the new, never a part. */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const handle = await fs.open(tmp, 'w');
  try {
    await (typeof content === 'string'
      ? handle.writeFile(content, 'utf8')
      : handle.writeFile(content));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, file);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the output folder's lock, so two ingests never write one folder at once. A lock left
 * by a process that no longer runs (a killed ingest) is taken over.
 */
export async function acquireLock(dir: string): Promise<() => Promise<void>> {
  await fs.mkdir(dir, { recursive: true });
  const lock = path.join(dir, '.ingest.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await fs.open(lock, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return async () => {
        await fs.rm(lock, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number((await fs.readFile(lock, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && pidAlive(pid)) {
        throw new LockError(
          `another ingest (pid ${pid}) is writing ${dir}; try again when it has finished`,
        );
      }
      await fs.rm(lock, { force: true });
    }
  }
  throw new LockError(`could not take the lock ${lock}`);
}

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
      return JSON.parse(await readDataText(path.join(dir, rel))) as unknown;
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
export function shardFiles(shard: { file: string; details?: string | undefined }): string[] {
  return shard.details ? [shard.file, shard.details] : [shard.file];
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
export async function readPublished(dir: string, reporter: Reporter): Promise<PublishedData> {
  const data: PublishedData = { dailies: new Map(), weeklies: new Map(), superseded: [] };
  const readJson = async (rel: string): Promise<{ value: unknown; mtimeMs: number } | null> => {
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
  };
  /** The file's content at today's version, or null (reported) when it cannot be used. */
  const upgrade = <T>(rel: string, value: unknown, schema: Validator<T>): T | null => {
    const full = path.join(dir, rel);
    const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > SCHEMA_VERSION) {
      reporter.warn(
        full,
        0,
        `published file has schema version ${version}, newer than this ingest's ${SCHEMA_VERSION}; left as it is`,
      );
      return null;
    }
    // Older versions differ only in what the schemas below tell apart: upgrade in memory;
    // the file is rewritten in today's format by this run.
    const current =
      typeof version === 'number' && READABLE_SCHEMA_VERSIONS.includes(version)
        ? { ...(value as object), schemaVersion: SCHEMA_VERSION }
        : value;
    const parsed = schema.safeParse(current);
    if (!parsed.success) {
      reporter.warn(
        full,
        0,
        `published file does not fit the schema, left as it is (${describeSchemaError(parsed.error)})`,
      );
      return null;
    }
    return parsed.data;
  };
  const keep = <T extends { file: string; details?: string | undefined; mtimeMs: number }>(
    into: Map<string, T>,
    key: string,
    shard: T,
  ) => {
    const seen = into.get(key);
    // Two shards for one key happen only when a run was interrupted between writing the new
    // shard and removing the old one: the newer file is the one that run meant to publish.
    if (!seen || seen.mtimeMs < shard.mtimeMs) {
      if (seen) data.superseded.push(...shardFiles(seen));
      into.set(key, shard);
    } else data.superseded.push(...shardFiles(shard));
  };
  const manifestMs =
    (await fs.stat(path.join(dir, 'manifest.json')).catch(() => null))?.mtimeMs ?? -Infinity;
  for (const rel of await listJson(dir, 'daily')) {
    const read = await readJson(rel);
    if (!read) continue;
    const { value, mtimeMs } = read;
    const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (version === 1) {
      const digest = upgrade(rel, value, dailyDigestSchema); // one file held the whole day
      if (digest)
        keep(data.dailies, dailyKey(digest), { file: rel, info: dayInfo(digest), mtimeMs });
      continue;
    }
    const list = upgrade(rel, value, dailyListSchema);
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
    keep(data.dailies, dailyKey(list), { file: rel, details, info: dayInfo(list), mtimeMs });
  }
  for (const rel of await listJson(dir, 'weekly')) {
    const read = await readJson(rel);
    const weekly = read && upgrade(rel, read.value, weeklyDigestSchema);
    if (read && weekly)
      keep(data.weeklies, weekly.id, { file: rel, digest: weekly, mtimeMs: read.mtimeMs });
  }
  return data;
}

export function buildManifest(
  dailies: readonly { file: string; info: DayInfo }[],
  weeklies: readonly Shard<WeeklyDigest>[],
  paperIndex: Readonly<Record<string, string>> = {},
  search?: string,
): Manifest {
  const manifest: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    dailies: dailies
      .map(({ file, info }) => ({
        date: info.date,
        language: info.language,
        file,
        paperCount: info.paperCount,
        categories: info.categories,
      }))
      .sort(
        (a, b) =>
          b.date.localeCompare(a.date) || (a.language ?? '~').localeCompare(b.language ?? '~'),
      ),
    weeklies: weeklies
      .map(({ file, digest }) => ({
        id: digest.id,
        title: digest.title,
        start: digest.start,
        end: digest.end,
        file,
        trends: digest.trends.map((t) => t.name),
      }))
      .sort((a, b) => b.start.localeCompare(a.start) || a.id.localeCompare(b.id)),
    ...(search ? { search } : {}),
    paperIndex: Object.fromEntries(
      Object.entries(paperIndex).sort(([a], [b]) => a.localeCompare(b)),
    ),
  };
  return manifestSchema.parse(manifest);
}

/** Removes left-over temporary files from interrupted runs. */
export async function removeTemporaries(dir: string): Promise<void> {
  for (const sub of ['.', 'daily', 'details', 'weekly', 'papers']) {
    let names: string[] = [];
    try {
      names = await fs.readdir(path.join(dir, sub));
    } catch {
      continue;
    }
    for (const n of names)
      if (/\.tmp-\d+-[a-z0-9]+$/.test(n)) await fs.rm(path.join(dir, sub, n), { force: true });
  }
}

/** The paper-location shards for a set of daily digests: key → its content. */
export function buildPaperIndex(dailies: readonly DayInfo[]): PaperIndex[] {
  const shards = new Map<string, Map<string, string[]>>();
  const sorted = [...dailies].sort((a, b) => dailyKey(a).localeCompare(dailyKey(b)));
  for (const d of sorted) {
    const key = dailyKey(d);
    for (const id of d.ids) {
      const shardKey = paperIndexKey(id);
      let shard = shards.get(shardKey);
      if (!shard) shards.set(shardKey, (shard = new Map()));
      const list = shard.get(id) ?? [];
      if (!list.includes(key)) list.push(key);
      shard.set(id, list);
    }
  }
  return [...shards.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, papers]) =>
      paperIndexSchema.parse({
        schemaVersion: SCHEMA_VERSION,
        kind: 'paper-index',
        key,
        papers: Object.fromEntries([...papers.entries()].sort(([a], [b]) => a.localeCompare(b))),
      }),
    );
}

export function paperIndexFileName(index: PaperIndex, json: string): string {
  return `papers/${index.key.replace(/[^\w.-]/g, '_')}.${contentHash(json)}.json.gz`;
}

/** Removes the `ext` files in `subs` that the new publication does not name (`keep`). */
export async function removeUnlisted(
  dir: string,
  subs: readonly string[],
  keep: ReadonlySet<string>,
  ext = '.json',
): Promise<void> {
  for (const sub of subs) {
    let names: string[] = [];
    try {
      names = await fs.readdir(path.join(dir, sub));
    } catch {
      continue;
    }
    for (const n of names) {
      if ((n.endsWith(ext) || n.endsWith(`${ext}.gz`)) && !keep.has(`${sub}/${n}`))
        await fs.rm(path.join(dir, sub, n), { force: true });
    }
  }
}
