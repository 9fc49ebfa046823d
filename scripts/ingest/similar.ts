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
import { encodeData, readDataText, removeUnlisted, serialise, writeAtomic } from './files.ts';
import type { DayShard } from './published.ts';

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
  weights: Float64Array;
  norm: number;
}

function clip(title: string): string {
  return title.length > TITLE_KEPT ? `${title.slice(0, TITLE_KEPT - 1)}…` : title;
}

async function readJson(dir: string, rel: string): Promise<unknown> {
  return JSON.parse(await readDataText(path.join(dir, rel))) as unknown;
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
    const [list, rank] = await Promise.all([readJson(dir, d.file), readJson(dir, d.rank)]);
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
        weights: Float64Array.from(weights),
        norm,
      });
    }
  }
  return { papers, ids };
}

interface Champions {
  papers: Int32Array;
  weights: Float64Array;
}

/** For each term, the papers weighing it most (best first), with their weights. */
function championLists(papers: readonly Indexed[]): Map<number, Champions> {
  const lists = new Map<number, [number, number][]>();
  papers.forEach((p, n) => {
    for (let i = 0; i < p.terms.length; i++) {
      const list = lists.get(p.terms[i]!);
      const entry: [number, number] = [n, p.weights[i]!];
      if (list) list.push(entry);
      else lists.set(p.terms[i]!, [entry]);
    }
  });
  const out = new Map<number, Champions>();
  for (const [t, list] of lists) {
    if (list.length < 2) continue;
    list.sort((a, b) => b[1] - a[1]);
    const kept = list.slice(0, CHAMPIONS);
    out.set(t, {
      papers: Int32Array.from(kept, ([n]) => n),
      weights: Float64Array.from(kept, ([, w]) => w),
    });
  }
  return out;
}

/** Neighbour search with one accumulator for the whole run. */
function searcher(papers: readonly Indexed[], champions: ReadonlyMap<number, Champions>) {
  const acc = new Float64Array(papers.length);
  const touched: number[] = [];
  /** Up to SIMILAR_MAX neighbours of paper `n`, closest first. */
  return (n: number): Indexed[] => {
    const p = papers[n]!;
    for (let i = 0; i < p.terms.length; i++) {
      const list = champions.get(p.terms[i]!);
      if (!list) continue;
      const w = p.weights[i]!;
      for (let k = 0; k < list.papers.length; k++) {
        const c = list.papers[k]!;
        if (c === n) continue;
        if (acc[c] === 0) touched.push(c);
        acc[c]! += w * list.weights[k]!;
      }
    }
    // The best SIMILAR_MAX by insertion (thousands of candidates, eight kept).
    const best: { c: number; s: number }[] = [];
    for (const c of touched) {
      const s = acc[c]! / (p.norm * papers[c]!.norm);
      acc[c] = 0;
      if (best.length === SIMILAR_MAX && !better(s, c, best[SIMILAR_MAX - 1]!)) continue;
      let at = best.length === SIMILAR_MAX ? SIMILAR_MAX - 1 : best.length;
      while (at > 0 && better(s, c, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at -= 1;
      }
      best[at] = { c, s };
    }
    touched.length = 0;
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
  const files: Record<string, string> = {};
  const missing: DayShard[] = [];
  for (const d of days) {
    const name = similarFileName(d);
    if (!name) continue;
    files[dailyKey(d.info)] = name;
    if (!(await fs.stat(path.join(dir, name)).catch(() => null))) missing.push(d);
  }
  let papers = 0;
  if (missing.length > 0) {
    const { papers: indexed, ids } = await indexArchive(dir, days);
    papers = indexed.length;
    const near = searcher(indexed, championLists(indexed));
    const number = new Map(indexed.map((p, n) => [p.id, n]));
    for (const d of missing) {
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
      const name = similarFileName(d)!;
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
    },
  };
}
