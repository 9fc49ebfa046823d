/**
 * The published data folder:
 *
 *   manifest.json                      rebuilt from the shards on every run
 *   daily/DATE.LANG.HASH.json          one daily digest (LANG is `raw` for abstracts only)
 *   weekly/ID.HASH.json                one weekly digest with its trend links
 *
 * Shard names carry a hash of their content, so a changed digest is a new file and the old
 * one stays valid until the new manifest is in place. Every file is written to a temporary
 * name and renamed, the manifest last, and superseded shards are removed only after that:
 * a run killed at any point leaves the previous manifest and every file it names intact.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  SCHEMA_VERSION,
  dailyDigestSchema,
  dailyKey,
  paperIndexKey,
  paperIndexSchema,
  describeSchemaError,
  manifestSchema,
  weeklyDigestSchema,
  type DailyDigest,
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

export function dailyFileName(d: DailyDigest, json: string): string {
  return `daily/${dailyKey(d)}.${contentHash(json)}.json`;
}

export function weeklyFileName(w: WeeklyDigest, json: string): string {
  return `weekly/${w.id}.${contentHash(json)}.json`;
}

/** Writes a file so that readers see the old content or the new, never a part. */
export async function writeAtomic(file: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(content, 'utf8');
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
  digest: T;
  mtimeMs: number;
}

export interface PublishedData {
  dailies: Map<string, Shard<DailyDigest>>;
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
 * Reads every shard on disk. A file that cannot be read or does not fit the schema is
 * reported and left where it is, never deleted or overwritten.
 */
export async function readPublished(dir: string, reporter: Reporter): Promise<PublishedData> {
  const data: PublishedData = { dailies: new Map(), weeklies: new Map(), superseded: [] };
  const load = async <T>(
    rel: string,
    schema: Validator<T>,
    keyOf: (d: T) => string,
    into: Map<string, Shard<T>>,
  ) => {
    const full = path.join(dir, rel);
    let value: unknown;
    let mtimeMs = 0;
    try {
      const [text, st] = await Promise.all([fs.readFile(full, 'utf8'), fs.stat(full)]);
      mtimeMs = st.mtimeMs;
      value = JSON.parse(text);
    } catch (e) {
      reporter.warn(
        full,
        0,
        `published file unreadable, left as it is (${(e as Error).message.split('\n')[0]})`,
      );
      return;
    }
    const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > SCHEMA_VERSION) {
      reporter.warn(
        full,
        0,
        `published file has schema version ${version}, newer than this ingest's ${SCHEMA_VERSION}; left as it is`,
      );
      return;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      reporter.warn(
        full,
        0,
        `published file does not fit the schema, left as it is (${describeSchemaError(parsed.error)})`,
      );
      return;
    }
    const key = keyOf(parsed.data);
    const seen = into.get(key);
    const shard = { file: rel, digest: parsed.data, mtimeMs };
    // Two shards for one key happen only when a run was interrupted between writing the new
    // shard and removing the old one: the newer file is the one that run meant to publish.
    if (!seen || seen.mtimeMs < mtimeMs) {
      if (seen) data.superseded.push(seen.file);
      into.set(key, shard);
    } else data.superseded.push(rel);
  };
  for (const rel of await listJson(dir, 'daily'))
    await load(rel, dailyDigestSchema, dailyKey, data.dailies);
  for (const rel of await listJson(dir, 'weekly'))
    await load(rel, weeklyDigestSchema, (w) => w.id, data.weeklies);
  return data;
}

export function buildManifest(
  dailies: readonly Shard<DailyDigest>[],
  weeklies: readonly Shard<WeeklyDigest>[],
  paperIndex: Readonly<Record<string, string>> = {},
  search?: string,
): Manifest {
  const manifest: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    dailies: dailies
      .map(({ file, digest }) => {
        const categories: Record<string, number> = {};
        for (const p of digest.papers) {
          const c = p.categories[0] ?? '';
          categories[c] = (categories[c] ?? 0) + 1;
        }
        return {
          date: digest.date,
          language: digest.language,
          file,
          paperCount: digest.papers.length,
          categories,
        };
      })
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
  for (const sub of ['.', 'daily', 'weekly', 'papers']) {
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
export function buildPaperIndex(dailies: readonly DailyDigest[]): PaperIndex[] {
  const shards = new Map<string, Map<string, string[]>>();
  const sorted = [...dailies].sort((a, b) => dailyKey(a).localeCompare(dailyKey(b)));
  for (const d of sorted) {
    const key = dailyKey(d);
    for (const p of d.papers) {
      const shardKey = paperIndexKey(p.id);
      let shard = shards.get(shardKey);
      if (!shard) shards.set(shardKey, (shard = new Map()));
      const list = shard.get(p.id) ?? [];
      if (!list.includes(key)) list.push(key);
      shard.set(p.id, list);
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
  return `papers/${index.key.replace(/[^\w.-]/g, '_')}.${contentHash(json)}.json`;
}

/** Removes the .json files in `subs` that the new manifest does not name (`keep`). */
export async function removeUnlisted(
  dir: string,
  subs: readonly string[],
  keep: ReadonlySet<string>,
): Promise<void> {
  for (const sub of subs) {
    let names: string[] = [];
    try {
      names = await fs.readdir(path.join(dir, sub));
    } catch {
      continue;
    }
    for (const n of names) {
      if (n.endsWith('.json') && !keep.has(`${sub}/${n}`))
        await fs.rm(path.join(dir, sub, n), { force: true });
    }
  }
}
