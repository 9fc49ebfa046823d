/**
 * The For-you learner: L2-regularised logistic regression on sparse term vectors, each class
 * weighing half of the loss, trained by full-batch gradient descent. The loss is strongly
 * convex, and the step is one over a bound of its curvature, so the steps reach its one
 * minimum whatever their number past a few dozen: the ranking does not depend on where an
 * optimiser happened to stop (ADR 0051). Small enough to retrain on every signal
 * (docs/decisions/0022). The closest saved paper is found in ./rank.ts (`resemblance`).
 */
import type { TermVector } from './features';

export interface Example {
  vector: TermVector;
  /** 1: the reader wants it (saved, imported); 0: not (dismissed, background). */
  label: 0 | 1;
  /** How much it counts (a dismissal counts more than a background paper). Default 1. */
  weight?: number;
}

export interface TrainOptions {
  /** Full-batch gradient steps; 40 (the evaluation's figures are the same from 30 to 200: ADR 0051). */
  steps?: number;
  /** L2 penalty (the loss is the class-balanced mean); 0.5 (ADR 0027). */
  l2?: number;
  /**
   * Where the penalty pulls a term's weight (its prior mean); 0 when not given or undefined.
   * The weight ends there when the examples say nothing of the term.
   */
  prior?: (term: string) => number | undefined;
}

export interface Model {
  weights: Map<string, number>;
  bias: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function train(examples: readonly Example[], options: TrainOptions = {}): Model {
  const { steps = 40, l2 = 0.5, prior } = options;
  // The examples as one sparse matrix (compressed rows): term numbers and values.
  const index = new Map<string, number>();
  const rows = examples.length;
  const start = new Int32Array(rows + 1);
  for (let r = 0; r < rows; r++) start[r + 1] = start[r]! + examples[r]!.vector.terms.length;
  const cols = new Int32Array(start[rows]!);
  const vals = new Float64Array(start[rows]!);
  const labels = new Float64Array(rows);
  const coef = new Float64Array(rows);
  // Class balance: each class weighs half of the loss.
  const total = [0, 0];
  for (const e of examples) total[e.label]! += e.weight ?? 1;
  const scale = [total[0]! > 0 ? 0.5 / total[0]! : 0, total[1]! > 0 ? 0.5 / total[1]! : 0];
  // The data's curvature is at most a quarter of the weighted squared norms (the bias's 1 too).
  let curvature = 0;
  examples.forEach((e, r) => {
    const { terms, weights } = e.vector;
    let squares = 1;
    for (let i = 0; i < terms.length; i++) {
      let f = index.get(terms[i]!);
      if (f === undefined) index.set(terms[i]!, (f = index.size));
      cols[start[r]! + i] = f;
      vals[start[r]! + i] = weights[i]!;
      squares += weights[i]! * weights[i]!;
    }
    labels[r] = e.label;
    coef[r] = (e.weight ?? 1) * scale[e.label]!;
    curvature += 0.25 * coef[r]! * squares;
  });
  const n = index.size;
  const mean = new Float64Array(n);
  if (prior) for (const [t, f] of index) mean[f] = prior(t) ?? 0;
  const w = new Float64Array(n + 1); // the last one is the bias
  w.set(mean);
  const grad = new Float64Array(n + 1);
  const step = 1 / (l2 + curvature);
  for (let it = 0; it < steps; it++) {
    grad.fill(0);
    for (let r = 0; r < rows; r++) {
      const end = start[r + 1]!;
      let z = w[n]!;
      for (let k = start[r]!; k < end; k++) z += w[cols[k]!]! * vals[k]!;
      const g = (sigmoid(z) - labels[r]!) * coef[r]!;
      for (let k = start[r]!; k < end; k++) grad[cols[k]!]! += g * vals[k]!;
      grad[n]! += g;
    }
    for (let f = 0; f < n; f++) w[f]! -= step * (grad[f]! + l2 * (w[f]! - mean[f]!));
    w[n]! -= step * grad[n]!;
  }
  const weights = new Map<string, number>();
  for (const [t, i] of index) if (w[i] !== 0) weights.set(t, w[i]!);
  return { weights, bias: w[n]! };
}

/** The model's score of a vector; `leaveOut`: terms not counted. */
export function score(model: Model, v: TermVector, leaveOut?: ReadonlySet<string> | null): number {
  let z = model.bias;
  for (let i = 0; i < v.terms.length; i++)
    if (!leaveOut?.has(v.terms[i]!)) z += (model.weights.get(v.terms[i]!) ?? 0) * v.weights[i]!;
  return z;
}

/** Terms to look up: a set, or the keys of a map. */
export type TermSet = Pick<ReadonlySet<string>, 'has'>;

/** The terms that add most to a vector's score, strongest first (at most `n`); only `among`'s. */
export function strongestTerms(model: Model, v: TermVector, n: number, among?: TermSet): string[] {
  // The n best so far, by a small insertion: a day's reasons need no sort of every term.
  const best: { term: string; c: number }[] = [];
  for (let i = 0; i < v.terms.length; i++) {
    if (among && !among.has(v.terms[i]!)) continue;
    const c = (model.weights.get(v.terms[i]!) ?? 0) * v.weights[i]!;
    if (c <= 0 || (best.length === n && c <= best[n - 1]!.c)) continue;
    let at = best.length < n ? best.length : n - 1;
    while (at > 0 && best[at - 1]!.c < c) at--;
    best.splice(at, 0, { term: v.terms[i]!, c });
    if (best.length > n) best.pop();
  }
  return best.map((b) => b.term);
}
