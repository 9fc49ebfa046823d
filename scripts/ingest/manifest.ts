/**
 * Building what is published: a day's list and details files, a weekly digest's file name,
 * the paper index and the manifest that names them all.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  SCHEMA_VERSION,
  dailyDetailsSchema,
  dailyKey,
  dailyListSchema,
  dailyRankSchema,
  splitDaily,
  paperIndexKey,
  paperIndexSchema,
  manifestSchema,
  type DailyDigest,
  type Manifest,
  type PaperIndex,
  type WeeklyDigest,
} from '../../src/schema/digest.ts';
import { contentHash, encodeData, serialise, writeAtomic } from './files.ts';
import { dayRank, rankFileName } from './rank.ts';
import type { DayInfo, Shard } from './published.ts';

/**
 * Writes one day as its details file, its ranking data and then its list file (which names
 * the other two), each content-hashed; an unchanged day is not written again. Returns the
 * files' paths.
 */
export async function writeDaily(
  dir: string,
  digest: DailyDigest,
): Promise<{ file: string; details: string; rank: string; written: boolean }> {
  const { list, details } = splitDaily(digest);
  const detailsJson = serialise(dailyDetailsSchema.parse(details));
  const detailsFile = `details/${dailyKey(digest)}.${contentHash(detailsJson)}.json.gz`;
  const rankJson = serialise(dailyRankSchema.parse(dayRank(digest)));
  const rankFile = rankFileName(dailyKey(digest), contentHash(rankJson));
  const listJson = serialise(
    dailyListSchema.parse({ ...list, details: detailsFile, rank: rankFile }),
  );
  const file = `daily/${dailyKey(digest)}.${contentHash(listJson)}.json`;
  const exists = async (f: string) => Boolean(await fs.stat(path.join(dir, f)).catch(() => null));
  let written = false;
  for (const [name, json] of [
    [detailsFile, detailsJson],
    [rankFile, rankJson],
  ] as const) {
    if (await exists(name)) continue;
    await writeAtomic(path.join(dir, name), encodeData(name, json));
    written = true;
  }
  if (written || !(await exists(file))) {
    await writeAtomic(path.join(dir, file), listJson);
    written = true;
  }
  return { file, details: detailsFile, rank: rankFile, written };
}

export function weeklyFileName(w: WeeklyDigest, json: string): string {
  return `weekly/${w.id}.${contentHash(json)}.json`;
}

/** A record of `entries` in the order of their keys (the manifest reads the same each run). */
function byKey(entries: readonly (readonly [string, string])[]): Record<string, string> {
  return Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b)));
}

export function buildManifest(
  dailies: readonly { file: string; info: DayInfo; rank?: string | undefined }[],
  weeklies: readonly Shard<WeeklyDigest>[],
  paperIndex: Readonly<Record<string, string>> = {},
  search?: string,
  similar: Readonly<Record<string, string>> = {},
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
    ...(dailies.some((d) => d.rank)
      ? {
          rank: byKey(
            dailies.flatMap(({ info, rank }) => (rank ? [[dailyKey(info), rank] as const] : [])),
          ),
        }
      : {}),
    paperIndex: byKey(Object.entries(paperIndex)),
    ...(Object.keys(similar).length > 0 ? { similar: byKey(Object.entries(similar)) } : {}),
  };
  return manifestSchema.parse(manifest);
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
