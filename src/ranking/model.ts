/**
 * The For-you learner: L2-regularised logistic regression on sparse term vectors, each class
 * weighing half of the loss, trained by full-batch gradient descent with Adam (deterministic,
 * no learning-rate schedule to tune); cosine similarity for the closest saved paper. Small
 * enough to retrain on every signal (docs/decisions/0022).
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
  /** Full-batch steps. */
  epochs?: number;
  /** L2 penalty (the loss is the class-balanced mean). */
  l2?: number;
  /** Adam's step size. */
  learningRate?: number;
}

export interface Model {
  weights: Map<string, number>;
  bias: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function train(examples: readonly Example[], options: TrainOptions = {}): Model {
  const { epochs = 100, l2 = 1, learningRate = 0.05 } = options;
  const index = new Map<string, number>();
  const rows = examples.map((e) => ({
    idx: Int32Array.from(e.vector.terms, (t) => {
      let i = index.get(t);
      if (i === undefined) index.set(t, (i = index.size));
      return i;
    }),
    val: Float64Array.from(e.vector.weights),
    y: e.label,
    w: e.weight ?? 1,
  }));
  // Class balance: each class weighs half of the loss.
  const total = [0, 0];
  for (const r of rows) total[r.y]! += r.w;
  const scale = [total[0]! > 0 ? 0.5 / total[0]! : 0, total[1]! > 0 ? 0.5 / total[1]! : 0];
  const n = index.size;
  const w = new Float64Array(n + 1); // the last one is the bias
  const grad = new Float64Array(n + 1);
  const m = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let it = 1; it <= epochs; it++) {
    grad.fill(0);
    for (const r of rows) {
      let z = w[n]!;
      for (let i = 0; i < r.idx.length; i++) z += w[r.idx[i]!]! * r.val[i]!;
      const g = (sigmoid(z) - r.y) * r.w * scale[r.y]!;
      for (let i = 0; i < r.idx.length; i++) grad[r.idx[i]!]! += g * r.val[i]!;
      grad[n]! += g;
    }
    for (let f = 0; f < n; f++) grad[f]! += l2 * w[f]!;
    const c1 = 1 - b1 ** it;
    const c2 = 1 - b2 ** it;
    for (let f = 0; f <= n; f++) {
      m[f] = b1 * m[f]! + (1 - b1) * grad[f]!;
      v[f] = b2 * v[f]! + (1 - b2) * grad[f]! * grad[f]!;
      w[f]! -= (learningRate * (m[f]! / c1)) / (Math.sqrt(v[f]! / c2) + eps);
    }
  }
  const weights = new Map<string, number>();
  for (const [t, i] of index) if (w[i] !== 0) weights.set(t, w[i]!);
  return { weights, bias: w[n]! };
}

export function score(model: Model, v: TermVector): number {
  let z = model.bias;
  for (let i = 0; i < v.terms.length; i++)
    z += (model.weights.get(v.terms[i]!) ?? 0) * v.weights[i]!;
  return z;
}

/** The terms that add most to a vector's score, strongest first. */
export function strongestTerms(model: Model, v: TermVector, n: number): string[] {
  return v.terms
    .map((t, i) => [t, (model.weights.get(t) ?? 0) * v.weights[i]!] as const)
    .filter(([, c]) => c > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([t]) => t);
}

/** Cosine similarity of two vectors (terms sorted). */
export function cosine(a: TermVector, b: TermVector): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

function norm(v: TermVector): number {
  let s = 0;
  for (const w of v.weights) s += w * w;
  return Math.sqrt(s);
}
