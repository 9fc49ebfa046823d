/**
 * Writing the published data folder safely: atomic writes (a temporary name, then a rename),
 * the lock that keeps two runs apart, content hashes for file names, gzip for `*.json.gz`
 * files, and removing what a new publication no longer names. The folder's layout:
 *
 * The published data folder:
 *
 *   manifest.json                      rebuilt from the shards on every run
 *   daily/DATE.LANG.HASH.json          one day's list of papers (LANG is `raw` for abstracts only)
 *   details/DATE.LANG.HASH.json.gz     that day's details (abstracts, summary sections), named
 *                                      by its list file, which is written after it; gzip, as
 *                                      the paper index and the search shards are (ADR 0014)
 *   rank/DATE.LANG.fN.HASH.json.gz     that day's ranking data (src/ranking) with features N,
 *                                      named by its list file too
 *   similar/DATE.LANG.RANKHASH.json.gz that day's similar papers (similar.ts), named by its
 *                                      rank file, listed in the manifest
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

/** A published data file's JSON, decompressed when its name says gzip (parsed, not checked). */
export async function readDataJson(file: string): Promise<unknown> {
  return JSON.parse(await readDataText(file)) as unknown;
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

/** Removes left-over temporary files from interrupted runs. */
export async function removeTemporaries(dir: string): Promise<void> {
  for (const sub of ['.', 'daily', 'details', 'rank', 'similar', 'weekly', 'papers']) {
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

/**
 * Removes the `ext` files in `subs` that the new publication does not name (`keep`: the paths
 * it names, or a test of a path).
 */
export async function removeUnlisted(
  dir: string,
  subs: readonly string[],
  keep: ReadonlySet<string> | ((rel: string) => boolean),
  ext = '.json',
): Promise<void> {
  const kept = typeof keep === 'function' ? keep : (rel: string) => keep.has(rel);
  for (const sub of subs) {
    let names: string[] = [];
    try {
      names = await fs.readdir(path.join(dir, sub));
    } catch {
      continue;
    }
    for (const n of names) {
      if ((n.endsWith(ext) || n.endsWith(`${ext}.gz`)) && !kept(`${sub}/${n}`))
        await fs.rm(path.join(dir, sub, n), { force: true });
    }
  }
}
