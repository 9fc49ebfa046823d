/**
 * Ranks a day for a reader: a logistic regression trained on their signals (positives against
 * dismissed and background papers), plus how closely each paper resembles the positive it is
 * closest to; and why, for each paper.
 */
import { AUTHOR_PREFIX, type TermVector } from './features';
import { score, strongestTerms, train, type Example, type Model, type TermSet } from './model';

const isAuthorTerm = (t: string) => t.startsWith(AUTHOR_PREFIX);

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

/**
 * A dismissal counts this many background papers: with the learner at its minimum, the ten
 * papers closest to a dismissed one fall about as far as they did under ADR 0027's learner
 * (7 places on a shared-month day, against 3 with 5: ADR 0051).
 */
export const NEGATIVE_WEIGHT = 10;
/** Resemblance from which a paper's reason is the paper it resembles. */
const RESEMBLES_FROM = 0.2;

/**
 * The learner sees author terms at this multiple of their weight in the vectors: as much as
 * all of a paper's words together, as in arxiv-sanity-lite. The vectors keep theirs, so that
 * resemblance (the reasons, similar papers) is not swamped by long author lists (ADR 0027).
 */
export const LEARNER_AUTHOR_SCALE = 2;

/**
 * Where the learner's penalty pulls an author's weight (the learner's units): a little above
 * nothing. An author the training papers hold and the signals say nothing of (one of the
 * background's) ends a little above an author it has never seen, who counts 0. It orders
 * papers whose words score alike: with the learner trained to its minimum, those authors
 * would otherwise count slightly against a paper for being in the background (ADR 0051).
 */
export const AUTHOR_PRIOR = 0.006;

function forLearner(v: TermVector): TermVector {
  if (!v.terms.some(isAuthorTerm)) return v;
  return {
    terms: v.terms,
    weights: v.weights.map((w, i) => (isAuthorTerm(v.terms[i]!) ? w * LEARNER_AUTHOR_SCALE : w)),
  };
}

export function trainOn(signals: Signals): Model {
  const example = (p: Item, label: 0 | 1, weight = 1): Example => ({
    vector: forLearner(p.vector),
    label,
    weight,
  });
  const model = train(
    [
      ...signals.positives.map((p) => example(p, 1)),
      ...signals.negatives.map((p) => example(p, 0, NEGATIVE_WEIGHT)),
      ...signals.background.map((p) => example(p, 0)),
    ],
    { prior: (t) => (isAuthorTerm(t) ? AUTHOR_PRIOR : undefined) },
  );
  // Scores are taken on the vectors as they are: the scale goes into the weights.
  for (const [t, w] of model.weights)
    if (isAuthorTerm(t)) model.weights.set(t, w * LEARNER_AUTHOR_SCALE);
  return model;
}

/**
 * Terms only one background paper has (and no signal): what the model learned from them it
 * learned of that paper alone. When that paper is ranked itself (a day ranked with signals
 * from it, a range of days that holds their day), they are left out of its score, or it would
 * be marked unwanted for being in the background (its author, its rare words). Other papers
 * keep them: a competitor by that author is rightly less wanted.
 */
function ownTerms(signals: Signals, ranked: readonly Item[]): (item: Item) => Set<string> | null {
  const background = new Set(signals.background.map((b) => b.id));
  if (!ranked.some((it) => background.has(it.id))) return () => null;
  const seen = new Map<string, number>();
  for (const p of signals.background)
    for (const t of p.vector.terms) seen.set(t, (seen.get(t) ?? 0) + 1);
  for (const p of [...signals.positives, ...signals.negatives])
    for (const t of p.vector.terms) seen.delete(t);
  return (item) =>
    background.has(item.id) ? new Set(item.vector.terms.filter((t) => seen.get(t) === 1)) : null;
}

/**
 * Each paper's score and why, in the items' order. A paper's does not depend on the others
 * ranked with it: a day's scores serve every range that holds the day (the ranking worker
 * keeps them with the model).
 */
export function scoreItems(signals: Signals, items: readonly Item[], model: Model): Ranked[] {
  const dismissed = new Set(signals.negatives.map((n) => n.id));
  // A reason names what the reader's signals hold (`held`), never an author who only ranks a
  // little higher for being in the background (AUTHOR_PRIOR).
  const { closestTo, held } = resemblance(signals.positives);
  const own = ownTerms(signals, items);
  return items.map((it) => {
    const { closest, similarity } = closestTo(it);
    const total = dismissed.has(it.id) ? -Infinity : score(model, it.vector, own(it));
    const reason: Reason =
      closest !== null && similarity >= RESEMBLES_FROM
        ? { kind: 'resembles', id: closest, similarity }
        : reasonFromTerms(model, it.vector, held);
    return { id: it.id, score: total, reason };
  });
}

/** Best first; equal scores (those marked Not interested among them) keep their order. */
export function byScore(scored: readonly Ranked[]): Ranked[] {
  // Array.prototype.sort is stable.
  return [...scored].sort((a, b) => (a.score === b.score ? 0 : b.score - a.score));
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
  return byScore(scoreItems(signals, items, model));
}

/**
 * The positive each paper resembles most (cosine similarity, itself aside), in one pass over
 * the paper's terms: the positives' terms are indexed once, so a day of 500 papers against a
 * library of hundreds costs what its shared terms do. `held`: that index, the terms the
 * positives hold (what a reason may name).
 */
function resemblance(positives: readonly Item[]) {
  const holders = new Map<string, { at: number; weight: number }[]>();
  positives.forEach((p, at) => {
    const { terms, weights } = p.vector;
    const norm = Math.hypot(...weights) || 1;
    terms.forEach((t, k) => {
      let list = holders.get(t);
      if (!list) holders.set(t, (list = []));
      list.push({ at, weight: weights[k]! / norm });
    });
  });
  const dots = new Float64Array(positives.length);
  const closestTo = (it: Item): { closest: string | null; similarity: number } => {
    dots.fill(0);
    const { terms, weights } = it.vector;
    let squares = 0;
    for (let k = 0; k < terms.length; k++) {
      const w = weights[k]!;
      squares += w * w;
      const list = holders.get(terms[k]!);
      if (list) for (const h of list) dots[h.at]! += h.weight * w;
    }
    let closest: string | null = null;
    let best = 0;
    for (let at = 0; at < positives.length; at++)
      if (dots[at]! > best && positives[at]!.id !== it.id)
        [best, closest] = [dots[at]!, positives[at]!.id];
    return { closest, similarity: squares > 0 ? best / Math.sqrt(squares) : 0 };
  };
  const held: TermSet = holders;
  return { closestTo, held };
}

function reasonFromTerms(model: Model, v: TermVector, among: TermSet): Reason {
  const terms = strongestTerms(model, v, 3, among);
  return terms.length > 0 ? { kind: 'terms', terms } : { kind: 'none' };
}
