/**
 * Similar papers: for each paper of a day, up to eight papers of the whole archive with the
 * closest ranking vectors (src/ranking: words, authors), written per day as
 * `similar/DATE.LANG.RANKHASH.json.gz` (named by the day's rank file, so a day whose papers
 * did not change keeps its file and is not computed again) and named in the manifest.
 *
 * Nearest neighbours by "champion lists" (the classic inverted-index shortcut): each term
 * keeps the CHAMPIONS papers that weigh it most, and a paper's dot products are summed over
 * the lists of its terms (a paper off a term's list misses that term's share). Time and
 * memory grow with the archive's papers times CHAMPIONS, not with their square.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CATEGORY_PREFIX } from '../../src/ranking/features.ts';
import { decodeRankFile } from '../../src/ranking/rank-file.ts';
import {
  dailyKey,
  dailySimilarSchema,
  SCHEMA_VERSION,
  type DailyList,
  type DailyRank,
  type DailySimilar,
} from '../../src/schema/digest.ts';
import { encodeData, readDataJson, removeUnlisted, serialise, writeAtomic } from './files.ts';
import type { DayShard } from './published.ts';
import { peakMemoryMb } from './report.ts';

export const SIMILAR_MAX = 8;
/** A neighbour's title as the similar file keeps it (a link's text; titles can run long). */
const TITLE_KEPT = 300;
const CHAMPIONS = 200;

/** The similar file of a day: named by its list key and its rank file's hash. */
export function similarFileName(shard: Pick<DayShard, 'info' | 'rank'>): string | null {
  const hash = shard.rank ? /\.([0-9a-f]{12})\.json(?:\.gz)?$/.exec(shard.rank)?.[1] : undefined;
  return hash ? `similar/${dailyKey(shard.info)}.${hash}.json.gz` : null;
}

interface Indexed {
  id: string;
  date: string;
  title: string;
  terms: Int32Array;
  /** Scaled to unit length: a dot product is the cosine. */
  weights: Float64Array;
}

function clip(title: string): string {
  return title.length > TITLE_KEPT ? `${title.slice(0, TITLE_KEPT - 1)}…` : title;
}

/**
 * Every paper of the archive once (its latest listing), its vector over interned terms; and
 * each day's paper ids, in its order.
 */
async function indexArchive(
  dir: string,
  days: readonly DayShard[],
): Promise<{ papers: Indexed[]; ids: Map<DayShard, string[]> }> {
  const intern = new Map<string, number>();
  const papers: Indexed[] = [];
  const ids = new Map<DayShard, string[]>();
  const seen = new Set<string>();
  const newestFirst = [...days].sort((a, b) => b.info.date.localeCompare(a.info.date));
  for (const d of newestFirst) {
    if (!d.rank) continue;
    const [list, rank] = await Promise.all([
      readDataJson(path.join(dir, d.file)),
      readDataJson(path.join(dir, d.rank)),
    ]);
    // Files this ingest wrote and checked (readPublished checks the lists again).
    const titles = new Map((list as DailyList).papers.map((p) => [p.id, p.title]));
    const vectors = decodeRankFile(rank as DailyRank);
    ids.set(d, [...vectors.keys()]);
    for (const [id, v] of vectors) {
      if (seen.has(id)) continue;
      seen.add(id);
      const terms: number[] = [];
      const weights: number[] = [];
      v.terms.forEach((t, i) => {
        // Categories join thousands of papers: they say nothing about a neighbour.
        if (t.startsWith(CATEGORY_PREFIX)) return;
        let n = intern.get(t);
        if (n === undefined) intern.set(t, (n = intern.size));
        terms.push(n);
        weights.push(v.weights[i]!);
      });
      const norm = Math.hypot(...weights) || 1;
      papers.push({
        id,
        date: d.info.date,
        title: clip(titles.get(id) ?? id),
        terms: Int32Array.from(terms),
        weights: Float64Array.from(weights, (w) => w / norm),
      });
    }
  }
  return { papers, ids };
}

/**
 * For each term, the CHAMPIONS papers weighing it most, as one compressed table: term `t`'s
 * papers and weights are at `start[t]` up to `start[t + 1]` (in no particular order). Terms
 * only one paper has are left out: they join nothing.
 */
interface Champions {
  start: Int32Array;
  papers: Int32Array;
  weights: Float64Array;
}

function championLists(papers: readonly Indexed[]): Champions {
  let terms = 0;
  let postings = 0;
  for (const p of papers) {
    for (const t of p.terms) terms = Math.max(terms, t + 1);
    postings += p.terms.length;
  }
  // Every posting once, by term (a counting sort), then each term's best CHAMPIONS kept.
  const all = new Int32Array(terms + 1);
  for (const p of papers) for (const t of p.terms) all[t + 1]! += 1;
  for (let t = 0; t < terms; t++) all[t + 1]! += all[t]!;
  const fill = all.slice(0, terms);
  const postedPaper = new Int32Array(postings);
  const postedWeight = new Float64Array(postings);
  papers.forEach((p, n) => {
    for (let i = 0; i < p.terms.length; i++) {
      const at = fill[p.terms[i]!]!++;
      postedPaper[at] = n;
      postedWeight[at] = p.weights[i]!;
    }
  });
  const start = new Int32Array(terms + 1);
  const keptPaper = new Int32Array(Math.min(postings, terms * CHAMPIONS));
  const keptWeight = new Float64Array(keptPaper.length);
  let kept = 0;
  for (let t = 0; t < terms; t++) {
    start[t] = kept;
    const from = all[t]!;
    const count = all[t + 1]! - from;
    if (count < 2) continue;
    let order = Array.from({ length: count }, (_, i) => from + i);
    if (count > CHAMPIONS) {
      // Heaviest first; as heavy, the paper listed first (newest) first: never input order.
      order.sort(
        (a, b) => postedWeight[b]! - postedWeight[a]! || postedPaper[a]! - postedPaper[b]!,
      );
      order = order.slice(0, CHAMPIONS);
    }
    for (const at of order) {
      keptPaper[kept] = postedPaper[at]!;
      keptWeight[kept] = postedWeight[at]!;
      kept += 1;
    }
  }
  start[terms] = kept;
  return { start, papers: keptPaper.subarray(0, kept), weights: keptWeight.subarray(0, kept) };
}

/** Neighbour search with one accumulator for the whole run. */
function searcher(papers: readonly Indexed[], champions: Champions) {
  const { start, papers: listed, weights: listedWeight } = champions;
  const acc = new Float64Array(papers.length);
  const touched = new Int32Array(papers.length);
  /** Up to SIMILAR_MAX neighbours of paper `n`, closest first. */
  return (n: number): Indexed[] => {
    const p = papers[n]!;
    let reached = 0;
    for (let i = 0; i < p.terms.length; i++) {
      const t = p.terms[i]!;
      const w = p.weights[i]!;
      for (let k = start[t]!, end = start[t + 1]!; k < end; k++) {
        const c = listed[k]!;
        if (c === n) continue;
        if (acc[c] === 0) touched[reached++] = c;
        acc[c]! += w * listedWeight[k]!;
      }
    }
    // The best SIMILAR_MAX by insertion (thousands of candidates, eight kept). The vectors are
    // unit length, so the sums are the cosines: no other paper's data is read here (reading
    // each candidate's norm kept the search waiting on memory for most of its time).
    const best: { c: number; s: number }[] = [];
    for (let j = 0; j < reached; j++) {
      const c = touched[j]!;
      const s = acc[c]!;
      acc[c] = 0;
      if (best.length === SIMILAR_MAX && !better(s, c, best[SIMILAR_MAX - 1]!)) continue;
      let at = best.length === SIMILAR_MAX ? SIMILAR_MAX - 1 : best.length;
      while (at > 0 && better(s, c, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at -= 1;
      }
      best[at] = { c, s };
    }
    return best.map(({ c }) => papers[c]!);
  };
  /** Closer, or as close and first by id (the order never depends on the input's). */
  function better(s: number, c: number, than: { c: number; s: number }): boolean {
    return s > than.s || (s === than.s && papers[c]!.id < papers[than.c]!.id);
  }
}

export interface SimilarFigures {
  days: number;
  computed: number;
  papers: number;
  seconds: number;
  /** How much the step raised the process's peak resident memory (what a runner must have). */
  addedPeakMb: number;
}

/**
 * Writes the similar files of the days that lack one and removes those nothing names;
 * returns each day's file by its list key.
 */
export async function publishSimilar(
  dir: string,
  days: readonly DayShard[],
): Promise<{ files: Record<string, string>; figures: SimilarFigures }> {
  const started = performance.now();
  const peakBefore = peakMemoryMb();
  const files: Record<string, string> = {};
  const missing: [DayShard, string][] = [];
  for (const d of days) {
    const name = similarFileName(d);
    if (!name) continue;
    files[dailyKey(d.info)] = name;
    if (!(await fs.stat(path.join(dir, name)).catch(() => null))) missing.push([d, name]);
  }
  let papers = 0;
  if (missing.length > 0) {
    const { papers: indexed, ids } = await indexArchive(dir, days);
    papers = indexed.length;
    const search = searcher(indexed, championLists(indexed));
    // A paper listed on several days (a quarter of them) is searched once.
    const memo = new Map<number, Indexed[]>();
    const near = (n: number) => memo.get(n) ?? memo.set(n, search(n)).get(n)!;
    const number = new Map(indexed.map((p, n) => [p.id, n]));
    for (const [d, name] of missing) {
      const out: DailySimilar = {
        schemaVersion: SCHEMA_VERSION,
        kind: 'daily-similar',
        date: d.info.date,
        language: d.info.language,
        papers: Object.fromEntries(
          (ids.get(d) ?? []).map((id) => {
            const n = number.get(id);
            const found = n === undefined ? [] : near(n);
            return [id, found.map((q) => [q.id, q.date, q.title] as [string, string, string])];
          }),
        ),
      };
      const json = serialise(dailySimilarSchema.parse(out));
      await writeAtomic(path.join(dir, name), encodeData(name, json));
    }
  }
  await removeUnlisted(dir, ['similar'], new Set(Object.values(files)));
  return {
    files,
    figures: {
      days: days.length,
      computed: missing.length,
      papers,
      seconds: Math.round((performance.now() - started) / 10) / 100,
      addedPeakMb: Math.round(peakMemoryMb() - peakBefore),
    },
  };
}
