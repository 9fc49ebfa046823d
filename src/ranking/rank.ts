/**
 * Ranks a day for a reader: a logistic regression trained on their signals (positives against
 * dismissed and background papers), plus how closely each paper resembles the positive it is
 * closest to; and why, for each paper.
 */
import type { TermVector } from './features';
import { cosine, score, strongestTerms, train, type Example, type Model } from './model';

export interface Item {
  id: string;
  vector: TermVector;
}

export interface Signals {
  /** Saved and imported papers. */
  positives: readonly Item[];
  /** Papers marked Not interested. */
  negatives: readonly Item[];
  /** Papers the reader did not act on, from the days their signals came from. */
  background: readonly Item[];
}

export type Reason =
  | { kind: 'resembles'; id: string; similarity: number }
  | { kind: 'terms'; terms: string[] }
  | { kind: 'none' };

export interface Ranked {
  id: string;
  score: number;
  reason: Reason;
}

/** A dismissal counts this many background papers. */
export const NEGATIVE_WEIGHT = 5;
/** Resemblance from which a paper's reason is the paper it resembles. */
const RESEMBLES_FROM = 0.2;

export function trainOn(signals: Signals): Model {
  const examples: Example[] = [
    ...signals.positives.map((p): Example => ({ vector: p.vector, label: 1 })),
    ...signals.negatives.map((p): Example => ({
      vector: p.vector,
      label: 0,
      weight: NEGATIVE_WEIGHT,
    })),
    ...signals.background.map((p): Example => ({ vector: p.vector, label: 0 })),
  ];
  return train(examples);
}

/**
 * The day's papers, best first; those marked Not interested last. With no positive, the
 * day's own order.
 */
export function rankDay(
  signals: Signals,
  items: readonly Item[],
  model: Model | null = signals.positives.length > 0 ? trainOn(signals) : null,
): Ranked[] {
  if (!model) return items.map((it) => ({ id: it.id, score: 0, reason: { kind: 'none' } }));
  const dismissed = new Set(signals.negatives.map((n) => n.id));
  const ranked = items.map((it, order) => {
    let best = 0;
    let closest: Item | null = null;
    for (const p of signals.positives) {
      if (p.id === it.id) continue;
      const s = cosine(it.vector, p.vector);
      if (s > best) [best, closest] = [s, p];
    }
    const total = dismissed.has(it.id) ? -Infinity : score(model, it.vector);
    const reason: Reason =
      closest && best >= RESEMBLES_FROM
        ? { kind: 'resembles', id: closest.id, similarity: best }
        : reasonFromTerms(model, it.vector);
    return { id: it.id, score: total, reason, order };
  });
  ranked.sort((a, b) => (a.score === b.score ? a.order - b.order : b.score - a.score));
  return ranked.map(({ id, score: s, reason }) => ({ id, score: s, reason }));
}

function reasonFromTerms(model: Model, v: TermVector): Reason {
  const terms = strongestTerms(model, v, 3);
  return terms.length > 0 ? { kind: 'terms', terms } : { kind: 'none' };
}
