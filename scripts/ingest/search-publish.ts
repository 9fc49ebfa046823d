/**
 * Publishes the archive search index under search/<build>/, where <build> is a hash of the
 * published daily files (their names are content hashes) and of the index format: when no day
 * changed, the index on disk is reused. Files go into a new folder that only the new manifest
 * names; other builds are removed after the manifest is in place.
 *
 * A new build extends the previous one when it can (ADR 0015): documents are numbered oldest
 * first, so the earlier documents keep their numbers; their postings (`p/N`) are linked from
 * the previous build unchanged, and only the documents after them, the tail, are indexed
 * again (`t/N`). When the tail has grown past `mergeThreshold`, it is appended to the `p/N`
 * shards instead (parsing those, not re-reading the archive's papers). Anything else (a
 * published day's papers changed or removed, a different format, more shards) rebuilds all.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { DailyDigest } from '../../src/schema/digest.ts';
import {
  SEARCH_SCHEMA_VERSION,
  searchMetaSchema,
  type SearchDoc,
  type SearchMeta,
} from '../../src/schema/search.ts';
import {
  DEFAULT_SEARCH_OPTIONS,
  SEARCH_INDEX_FORMAT,
  SearchIndexBuilder,
  appendPostings,
  listingKey,
  planDocuments,
  serialisePostings,
  shardCount,
  type DocumentPlan,
  type Listing,
} from './search-index.ts';
import { readDataJson } from './files.ts';
import type { DayShard } from './published.ts';

const gzipAsync = promisify(gzip);

/** What the next build needs to know to extend this one (`state.json.gz`, not read by the app). */
interface BuildState {
  /** The format and options: a build with another key is never extended. */
  key: string;
  /** Documents whose postings are in the `p/N` shards; those after them are the tail. */
  base: number;
  /** Paper ids by document number. */
  ids: string[];
  /** The daily file each listing (`DATE.LANG`) was published as. */
  files: Record<string, string>;
}

/** The tail is appended to the `p/N` shards once it has more documents than this. */
export function mergeThreshold(baseDocs: number): number {
  return Math.max(4000, Math.round(baseDocs * 0.05));
}

export type SearchBuildMode = 'reused' | 'full' | 'tail' | 'merged';

export interface PublishedSearch {
  file: string;
  build: string;
  rebuilt: boolean;
  mode: SearchBuildMode;
  files: number;
  seconds: number;
}

/**
 * Postings shards are gzipped at level 4, not zlib's default 6: 3.2× faster for 6% more bytes
 * (the 410-day archive's shards: 1.9 s and 29.5 MB against 5.9 s and 27.9 MB), which keeps a
 * merge run of the five-year archive within half a minute (ADR 0015).
 */
const POSTINGS = /^[pt]\//;

const FORMAT_KEY = `v${SEARCH_SCHEMA_VERSION}.${SEARCH_INDEX_FORMAT}:${JSON.stringify(DEFAULT_SEARCH_OPTIONS)}`;

/** The newest complete build under search/ that this format can extend, if any. */
async function previousBuild(
  out: string,
): Promise<{ dir: string; state: BuildState; meta: SearchMeta } | null> {
  const root = path.join(out, 'search');
  const names = await fs.readdir(root).catch(() => [] as string[]);
  const found: { dir: string; mtimeMs: number }[] = [];
  for (const name of names) {
    const st = await fs.stat(path.join(root, name, 'state.json.gz')).catch(() => null);
    const complete = await fs.stat(path.join(root, name, 'meta.json')).catch(() => null);
    if (st && complete) found.push({ dir: path.join(root, name), mtimeMs: st.mtimeMs });
  }
  const newest = found.sort((a, b) => b.mtimeMs - a.mtimeMs)[0];
  if (!newest) return null;
  try {
    const state = (await readDataJson(path.join(newest.dir, 'state.json.gz'))) as BuildState;
    const meta = searchMetaSchema.parse(await readDataJson(path.join(newest.dir, 'meta.json')));
    if (state.key !== FORMAT_KEY || meta.docs !== state.ids.length) return null;
    return { dir: newest.dir, state, meta };
  } catch {
    return null; // an unreadable state only costs a full build
  }
}

/**
 * Whether the previous build's `p/N` documents are all still what they were: the same paper at
 * each number, its text from the same listing, published as the same file, every listing
 * still published (so no document loses a date), and as many shards.
 */
function canExtend(
  prev: { state: BuildState; meta: SearchMeta },
  all: DocumentPlan,
  files: ReadonlyMap<string, string>,
): boolean {
  const { state, meta } = prev;
  if (meta.shards !== shardCount(all.ids.length)) return false;
  for (const key of Object.keys(state.files)) if (!files.has(key)) return false;
  for (let n = 0; n < state.base; n++) {
    const source = all.source.get(state.ids[n]!);
    if (source === undefined || state.files[source] !== files.get(source)) return false;
  }
  return true;
}

/** The files of one build folder: written (gzip on libuv's threads) or linked from another. */
class BuildFolder {
  written = 0;
  private readonly pending: Promise<void>[] = [];

  constructor(readonly dir: string) {}

  async create(subs: readonly string[]): Promise<void> {
    await fs.rm(this.dir, { recursive: true, force: true });
    for (const sub of subs) await fs.mkdir(path.join(this.dir, sub), { recursive: true });
  }

  async write(name: string, text: string): Promise<void> {
    this.written += 1;
    const data = name.endsWith('.gz')
      ? gzipAsync(text, { level: POSTINGS.test(name) ? 4 : 6 })
      : Promise.resolve(text);
    this.pending.push(data.then((d) => fs.writeFile(path.join(this.dir, name), d)));
    // Two at a time per core: zlib runs on libuv's threads, beside the indexing.
    if (this.pending.length >= 8) await this.flush();
  }

  /** The same file in `from` (a hard link; a copy where links are not possible). */
  async link(from: string, name: string): Promise<void> {
    const source = path.join(from, name);
    const target = path.join(this.dir, name);
    await fs.link(source, target).catch(() => fs.copyFile(source, target));
    this.written += 1;
  }

  async flush(): Promise<void> {
    await Promise.all(this.pending.splice(0));
  }
}

type Previous = NonNullable<Awaited<ReturnType<typeof previousBuild>>>;

/**
 * The doc files before the first one this build writes: linked from the previous build, or,
 * where a paper was listed again, rewritten with its new listing dates. The earlier documents
 * that share a doc file with the new ones are handed to the builder.
 */
async function carryDocFiles(
  prev: Previous,
  plan: DocumentPlan,
  listings: readonly Listing[],
  files: ReadonlyMap<string, string>,
  builder: SearchIndexBuilder,
  folder: BuildFolder,
): Promise<void> {
  const { chunk, compressed } = builder.options;
  const ext = compressed ? '.json.gz' : '.json';
  const base = prev.state.base;
  // Doc files with a document before `base` listed by a day that is new or published again.
  const touched = new Set<number>();
  const number = new Map(plan.ids.map((id, n) => [id, n]));
  for (const l of listings) {
    const key = listingKey(l);
    if (prev.state.files[key] === files.get(key)) continue;
    for (const id of l.ids) {
      const n = number.get(id)!;
      if (n < base) touched.add(Math.floor(n / chunk));
    }
  }
  const firstNew = builder.firstChunkDoc / chunk;
  const readChunk = async (c: number) =>
    (await readDataJson(path.join(prev.dir, 'd', `${c}${ext}`))) as SearchDoc[];
  for (let c = 0; c < firstNew; c++) {
    if (!touched.has(c)) await folder.link(prev.dir, `d/${c}${ext}`);
    else {
      const docs = (await readChunk(c)).map((doc, i) => ({
        ...doc,
        d: plan.listed[c * chunk + i]!,
      }));
      await folder.write(`d/${c}${ext}`, JSON.stringify(docs));
    }
  }
  if (builder.firstChunkDoc < base) {
    const docs = await readChunk(firstNew);
    for (let n = builder.firstChunkDoc; n < base; n++)
      builder.setDocument(n, docs[n - builder.firstChunkDoc]!);
  }
}

/**
 * Indexes the days whose text some document from `from` on takes, oldest first: documents are
 * numbered oldest first, so doc files complete nearly in order and are let go.
 */
async function indexDays(
  dailies: readonly DayShard[],
  plan: DocumentPlan,
  from: number,
  load: (shard: DayShard) => Promise<DailyDigest>,
  builder: SearchIndexBuilder,
  folder: BuildFolder,
): Promise<void> {
  const sources = new Set(plan.ids.slice(from).map((id) => plan.source.get(id)!));
  const needed = dailies
    .filter((d) => sources.has(listingKey(d.info)))
    .sort(
      (a, b) =>
        a.info.date.localeCompare(b.info.date) ||
        (a.info.language ?? '').localeCompare(b.info.language ?? ''),
    );
  for (const shard of needed) {
    builder.addDay(await load(shard));
    for (const [name, text] of builder.completedChunks()) await folder.write(name, text);
  }
}

/**
 * The builder's files: postings shards (appended to the previous build's when merging; the
 * previous `p/N` linked beside a tail), doc files, then the state and, last, the meta: a folder
 * without `meta.json` is an unfinished build, built again next time.
 */
async function writeIndexFiles(
  builder: SearchIndexBuilder,
  mode: SearchBuildMode,
  prev: Previous | null,
  state: BuildState,
  folder: BuildFolder,
): Promise<void> {
  let meta = '';
  for (const [name, text, postings] of builder.files()) {
    if (name === 'meta.json') meta = text!;
    else if (postings === undefined) await folder.write(name, text!);
    else if (mode === 'merged') {
      const earlier = (await readDataJson(path.join(prev!.dir, name))) as Record<string, number[]>;
      await folder.write(name, serialisePostings(appendPostings(earlier, postings)));
    } else await folder.write(name, serialisePostings(postings));
  }
  const ext = builder.options.compressed ? '.json.gz' : '.json';
  if (mode === 'tail')
    for (let i = 0; i < builder.options.shards; i++) await folder.link(prev!.dir, `p/${i}${ext}`);
  await folder.write('state.json.gz', JSON.stringify(state));
  await folder.flush();
  await folder.write('meta.json', meta);
  await folder.flush();
}

export async function publishSearchIndex(
  out: string,
  dailies: readonly DayShard[],
  load: (shard: DayShard) => Promise<DailyDigest>,
  { tailMax = mergeThreshold }: { tailMax?: (baseDocs: number) => number } = {},
): Promise<PublishedSearch> {
  const started = performance.now();
  const hash = createHash('sha256').update(FORMAT_KEY);
  for (const f of dailies.map((d) => d.file).sort()) hash.update(f);
  const build = hash.digest('hex').slice(0, 12);
  const folder = new BuildFolder(path.join(out, 'search', build));
  const done = (mode: SearchBuildMode): PublishedSearch => ({
    file: `search/${build}/meta.json`,
    build,
    rebuilt: mode !== 'reused',
    mode,
    files: folder.written,
    seconds: (performance.now() - started) / 1000,
  });
  if (await fs.stat(path.join(folder.dir, 'meta.json')).catch(() => null)) return done('reused');

  const listings = dailies.map((d) => d.info);
  const files = new Map(dailies.map((d) => [listingKey(d.info), d.file]));
  const all = planDocuments(listings);
  const prev = await previousBuild(out);
  const extending = prev && prev.dir !== folder.dir && canExtend(prev, all, files) ? prev : null;
  const base = extending?.state.base ?? 0;
  const plan = extending ? planDocuments(listings, extending.state.ids.slice(0, base)) : all;
  const tailDocs = plan.ids.length - base;
  const mode: SearchBuildMode = !extending ? 'full' : tailDocs > tailMax(base) ? 'merged' : 'tail';
  const builder = new SearchIndexBuilder(
    plan,
    { compressed: DEFAULT_SEARCH_OPTIONS.compressed },
    { from: base, tail: mode === 'tail', ...(extending ? { previous: extending.meta } : {}) },
  );
  await folder.create(['p', 'd', ...(mode === 'tail' ? ['t'] : [])]);
  if (extending) await carryDocFiles(extending, plan, listings, files, builder, folder);
  await indexDays(dailies, plan, base, load, builder, folder);
  const state: BuildState = {
    key: FORMAT_KEY,
    base: mode === 'tail' ? base : plan.ids.length,
    ids: plan.ids,
    files: Object.fromEntries(files),
  };
  await writeIndexFiles(builder, mode, extending, state, folder);
  return done(mode);
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
