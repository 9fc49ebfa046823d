/**
 * Publishes the archive search index under search/<build>/, where <build> is a hash of the
 * published daily files (their names are content hashes) and of the index format: when no day
 * changed, the index on disk is reused. Files go into a new folder that only the new manifest
 * names; other builds are removed after the manifest is in place.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DailyDigest } from '../../src/schema/digest.ts';
import { SEARCH_SCHEMA_VERSION } from '../../src/schema/search.ts';
import { DEFAULT_SEARCH_OPTIONS, SEARCH_INDEX_FORMAT, SearchIndexBuilder } from './search-index.ts';
import { encodeData, type DayShard } from './store.ts';

export async function publishSearchIndex(
  out: string,
  dailies: readonly DayShard[],
  load: (shard: DayShard) => Promise<DailyDigest>,
): Promise<{ file: string; build: string; rebuilt: boolean; files: number; seconds: number }> {
  const started = performance.now();
  const hash = createHash('sha256').update(
    `v${SEARCH_SCHEMA_VERSION}.${SEARCH_INDEX_FORMAT}:${JSON.stringify(DEFAULT_SEARCH_OPTIONS)}`,
  );
  for (const f of dailies.map((d) => d.file).sort()) hash.update(f);
  const build = hash.digest('hex').slice(0, 12);
  const dir = path.join(out, 'search', build);
  const file = `search/${build}/meta.json`;
  if (await fs.stat(path.join(dir, 'meta.json')).catch(() => null)) {
    return { file, build, rebuilt: false, files: 0, seconds: (performance.now() - started) / 1000 };
  }
  // A day at a time, newest first: only the postings, not the archive's papers, are held in
  // memory; the doc files are written as their documents are complete.
  const builder = new SearchIndexBuilder(
    dailies.map((d) => d.info),
    { compressed: DEFAULT_SEARCH_OPTIONS.compressed },
  );
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(path.join(dir, 'p'), { recursive: true });
  await fs.mkdir(path.join(dir, 'd'), { recursive: true });
  let files = 0;
  const write = async (entries: Iterable<[string, string]>) => {
    const batch: Promise<void>[] = [];
    for (const [name, content] of entries) {
      files += 1;
      // meta.json comes last: a folder without it is an unfinished build, rebuilt next time.
      if (name === 'meta.json') await Promise.all(batch.splice(0));
      batch.push(fs.writeFile(path.join(dir, name), encodeData(name, content)));
      if (batch.length >= 64) await Promise.all(batch.splice(0));
    }
    await Promise.all(batch);
  };
  const newestFirst = [...dailies].sort(
    (a, b) =>
      b.info.date.localeCompare(a.info.date) ||
      (a.info.language ?? '').localeCompare(b.info.language ?? ''),
  );
  for (const shard of newestFirst) {
    builder.addDay(await load(shard));
    await write(builder.completedChunks());
  }
  await write(builder.files());
  return { file, build, rebuilt: true, files, seconds: (performance.now() - started) / 1000 };
}

export async function removeOtherSearchBuilds(out: string, keep: string): Promise<void> {
  let names: string[] = [];
  try {
    names = await fs.readdir(path.join(out, 'search'));
  } catch {
    return;
  }
  for (const n of names)
    if (n !== keep) await fs.rm(path.join(out, 'search', n), { recursive: true, force: true });
}
