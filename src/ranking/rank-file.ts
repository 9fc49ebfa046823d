/**
 * A day's ranking data (`rank/DATE.LANG.HASH.json`): its papers' vectors, written by the
 * ingest and read by the app's ranking worker and the evaluation.
 *
 * `terms` is the day's vocabulary, sorted; each paper lists the positions of its terms in it
 * as differences from the previous one (small numbers, which compress well) and, for its
 * word terms only, their weights in 1/255ths. Author and category terms weigh what
 * features.ts says, so they carry no weight here.
 */
import {
  AUTHOR_PREFIX,
  AUTHOR_WEIGHT,
  CATEGORY_PREFIX,
  CATEGORY_WEIGHT,
  isWordTerm,
  type TermVector,
} from './features';
import type { DailyRank } from '../schema/digest';

export type RankFile = DailyRank;

const QUANT = 255;

export function encodeRankFile(
  head: Pick<DailyRank, 'schemaVersion' | 'date' | 'language'>,
  vectors: readonly { id: string; vector: TermVector }[],
): RankFile {
  const vocabulary = [...new Set(vectors.flatMap((v) => v.vector.terms))].sort();
  const position = new Map(vocabulary.map((t, i) => [t, i]));
  return {
    ...head,
    kind: 'daily-rank',
    terms: vocabulary,
    papers: vectors.map(({ id, vector }) => {
      const t: number[] = [];
      const w: number[] = [];
      let previous = 0;
      vector.terms.forEach((term, i) => {
        const at = position.get(term)!;
        t.push(at - previous);
        previous = at;
        if (isWordTerm(term)) w.push(Math.max(1, Math.round(vector.weights[i]! * QUANT)));
      });
      return { id, t, w };
    }),
  };
}

/** The vectors of a day's rank file, by paper id. Throws on a file that does not add up. */
export function decodeRankFile(f: Pick<RankFile, 'terms' | 'papers'>): Map<string, TermVector> {
  const vocabulary = f.terms;
  const out = new Map<string, TermVector>();
  for (const p of f.papers) {
    const terms: string[] = [];
    const weights: number[] = [];
    let at = 0;
    let word = 0;
    for (const d of p.t) {
      at += d;
      const term = vocabulary[at];
      if (typeof term !== 'string') throw new Error(`paper ${p.id}: term ${at} out of range`);
      terms.push(term);
      if (term.startsWith(AUTHOR_PREFIX)) weights.push(AUTHOR_WEIGHT);
      else if (term.startsWith(CATEGORY_PREFIX)) weights.push(CATEGORY_WEIGHT);
      else {
        const q = p.w[word++];
        if (typeof q !== 'number') throw new Error(`paper ${p.id}: a weight is missing`);
        weights.push(q / QUANT);
      }
    }
    out.set(p.id, { terms, weights });
  }
  return out;
}
