/**
 * The ranking worker: fetches the days' ranking data (each file once), trains the For-you
 * model on the reader's signals and ranks the day, off the main thread (docs/decisions/0022).
 */
import { fetchData } from '@/lib/data';
import {
  termCounts,
  textVector,
  vectorDocumentFrequencies,
  type TermVector,
} from '@/ranking/features';
import { decodeRankFile } from '@/ranking/rank-file';
import type { Model } from '@/ranking/model';
import {
  byScore,
  rankDay,
  scoreItems,
  trainOn,
  type Item,
  type Ranked,
  type Signals,
} from '@/ranking/rank';
import { dailyRankSchema } from '@/schema/digest';
import type { RankRequest, RankResponse, RankWarm, SignalRef, TextSignal } from './types';

type SignalPart = 'positives' | 'negatives' | 'background' | 'unsampled';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RankRequest | RankWarm>) => void) | null;
  postMessage: (message: RankResponse) => void;
};

/** Decoded days by file, most recently used last; a failed fetch is not kept. */
const days = new Map<string, Promise<Map<string, TermVector>>>();
const KEEP_DAYS = 40;
/**
 * A longer range (/since after two months away) keeps all its days while it is ranked: its
 * warm-up's days are not dropped before its request asks for them. Up to a season's worth.
 */
const KEEP_DAYS_MAX = 120;
let keepDays = KEEP_DAYS;

/** The days a page names (a warm-up's, a request's) are kept together. */
function keepFor(files: number): void {
  keepDays = Math.min(KEEP_DAYS_MAX, Math.max(KEEP_DAYS, files));
}
/** At most this many background papers (evenly sampled): training stays within ~50 ms. */
const BACKGROUND_MAX = 1500;

/**
 * Term counts of papers known by their text, by role and key: an imported paper's text never
 * changes. The role keeps apart an imported paper and a search result with the same arXiv id
 * (one counts its abstract, the other its summary's start).
 */
const textCounts = new Map<string, Map<string, number>>();
/** At most this many imported papers count by their text (a re-rank stays within ~50 ms). */
const TEXTS_MAX = 500;
/** Texts' counts remembered (imports and search results), cleared when full. */
const TEXT_COUNTS_MAX = 5000;

function day(file: string): Promise<Map<string, TermVector>> {
  let p = days.get(file);
  if (p) days.delete(file);
  else {
    p = fetchData(file, dailyRankSchema).then(decodeRankFile);
    p.catch(() => days.delete(file));
  }
  days.set(file, p);
  while (days.size > keepDays) days.delete(days.keys().next().value!);
  return p;
}

/**
 * A model, and the days' papers it has scored (by file): a paper's score does not depend on
 * the papers ranked with it (rank.ts › `scoreItems`), so a range of 30 days warmed while its
 * lists load is answered by sorting, and a day already scored is not scored again.
 */
interface Kept {
  model: Model;
  scores: Map<string, ReadonlyMap<string, Ranked>>;
}

/**
 * Models by the signals they were trained on, most recently used last. The days' files never
 * change under a name, so the same signals give the same model: a page sorted For you after
 * its warm-up, another day with the same signals, a re-rank that changes no signal.
 */
const models = new Map<string, Kept>();
const KEEP_MODELS = 4;

function modelFor(refs: Pick<RankRequest, 'positives' | 'negatives'>, signals: Signals): Kept {
  const key = JSON.stringify([refs.positives, refs.negatives]);
  let kept = models.get(key);
  if (kept) models.delete(key);
  else kept = { model: trainOn(signals), scores: new Map() };
  // A day that failed to load left signals out: that model is not kept for the next request.
  const whole =
    signals.positives.length === refs.positives.length &&
    signals.negatives.length === refs.negatives.length;
  if (whole) models.set(key, kept);
  while (models.size > KEEP_MODELS) models.delete(models.keys().next().value!);
  return kept;
}

/** A day's papers scored by a kept model (the same signals: those it was trained on). */
function scoresOf(
  kept: Kept,
  signals: Signals,
  file: string,
  papers: ReadonlyMap<string, TermVector>,
): ReadonlyMap<string, Ranked> {
  let scores = kept.scores.get(file);
  if (scores) return scores;
  const items = [...papers].map(([id, vector]) => ({ id, vector }));
  scores = new Map(scoreItems(signals, items, kept.model).map((r) => [r.id, r]));
  kept.scores.set(file, scores);
  while (kept.scores.size > keepDays) kept.scores.delete(kept.scores.keys().next().value!);
  return scores;
}

/** The vectors of the papers named, from their days; days that fail are skipped. */
async function itemsOf(refs: readonly SignalRef[]): Promise<Item[]> {
  const files = [...new Set(refs.map((r) => r.file))];
  const loaded = await Promise.allSettled(files.map(day));
  const byFile = new Map(files.map((f, i) => [f, loaded[i]!]));
  const out: Item[] = [];
  for (const r of refs) {
    const d = byFile.get(r.file);
    const vector = d?.status === 'fulfilled' ? d.value.get(r.id) : undefined;
    if (vector) out.push({ id: r.id, vector });
  }
  return out;
}

/**
 * The signals' papers and the background: the other papers of the days the positives came
 * from, evenly sampled (`unsampled`: all of them).
 */
async function signalsOf(
  req: Pick<RankRequest, 'positives' | 'negatives'>,
): Promise<Record<SignalPart, Item[]>> {
  const [positives, negatives] = await Promise.all([
    itemsOf(req.positives),
    itemsOf(req.negatives),
  ]);
  const acted = new Set([...req.positives, ...req.negatives].map((r) => r.id));
  const background: Item[] = [];
  for (const file of new Set(req.positives.map((p) => p.file))) {
    const d = await day(file).catch(() => null);
    if (d) for (const [id, vector] of d) if (!acted.has(id)) background.push({ id, vector });
  }
  const stride = Math.max(1, Math.ceil(background.length / BACKGROUND_MAX));
  const sampled = stride > 1 ? background.filter((_, i) => i % stride === 0) : background;
  return { positives, negatives, background: sampled, unsampled: background };
}

async function answer(req: RankRequest): Promise<RankResponse> {
  const started = performance.now();
  const signalFiles = [...req.positives, ...req.negatives].map((r) => r.file);
  keepFor(new Set([...req.day.files, ...signalFiles]).size);
  // The day's data and the signals' days' are fetched at once, not one after the other.
  const loading = Promise.all(req.day.files.map(day));
  loading.catch(() => undefined); // awaited below: a failure is answered, not unhandled meanwhile
  const signals = await signalsOf(req);
  const byText = req.texts.length > 0 || (req.candidates?.length ?? 0) > 0;
  // The model needs only the signals' days, unless papers known by their text count (their
  // terms are weighed against the day's papers too): it is trained while the day's own data
  // may still be on its way (a day of the same signals, or theirs already here).
  const early = !byText && signals.positives.length > 0 ? modelFor(req, signals) : undefined;
  const loaded = await loading;
  if (early) {
    // Each day scored once (kept with the model); a paper listed on several days counts by
    // its last file's vector, as below.
    const scored = new Map<string, Ranked>();
    req.day.files.forEach((file, i) => {
      for (const [id, r] of scoresOf(early, signals, file, loaded[i]!)) scored.set(id, r);
    });
    const ranked = byScore(req.day.ids.flatMap((id) => scored.get(id) ?? []));
    return respond(req, ranked, signals.positives.length, started);
  }
  const today = loaded.length === 1 ? loaded[0]! : new Map(loaded.flatMap((d) => [...d]));
  const { positives, negatives } = signals;
  const items: Item[] = req.day.ids.flatMap((id) => {
    const vector = today.get(id);
    return vector ? [{ id, vector }] : [];
  });
  // Papers known by their text (imported ones, search results), in the terms of the papers
  // they are ranked with.
  const candidates = req.candidates ?? [];
  if (byText) {
    const pool = [...items, ...signals.unsampled, ...positives].map((it) => it.vector);
    const df = vectorDocumentFrequencies(pool);
    const vectorOf = (role: 'signal' | 'candidate', t: TextSignal): Item => {
      const key = `${role}\n${t.id}`;
      let counts = textCounts.get(key);
      if (!counts) {
        counts = termCounts({ ...t, summary: '', categories: t.categories ?? [] });
        if (textCounts.size >= TEXT_COUNTS_MAX) textCounts.clear();
        textCounts.set(key, counts);
      }
      return { id: t.id, vector: textVector(counts, df, pool.length) };
    };
    for (const t of req.texts.slice(0, TEXTS_MAX)) {
      const item = vectorOf('signal', t);
      if (item.vector.terms.length > 0) positives.push(item);
    }
    items.push(...candidates.map((t) => vectorOf('candidate', t)));
  }
  // No early model: rankDay trains one on all positives (those known by their text too).
  const ranked = rankDay({ positives, negatives, background: signals.background }, items);
  return respond(req, ranked, positives.length, started);
}

function respond(
  req: RankRequest,
  ranked: readonly Ranked[],
  used: number,
  started: number,
): RankResponse {
  return {
    id: req.id,
    ok: true,
    ranked: ranked.map(({ id, reason }) => ({ id, reason })),
    used,
    ms: Math.round(performance.now() - started),
  };
}

/** A page sorted For you is starting: its files now, and its model when it can be trained. */
async function warm(message: RankWarm): Promise<void> {
  keepFor(message.files.length);
  for (const file of message.files) day(file).catch(() => undefined);
  if (message.texts || message.positives.length === 0) return;
  const signals = await signalsOf(message);
  if (signals.positives.length === 0) return;
  const kept = modelFor(message, signals);
  // The days shown are scored too, each as it arrives: the page's request sorts them.
  await Promise.all(
    message.files.map((file) =>
      day(file).then((papers) => void scoresOf(kept, signals, file, papers)),
    ),
  );
}

scope.onmessage = (event) => {
  const message = event.data;
  if ('kind' in message) {
    void warm(message).catch(() => undefined);
    return;
  }
  answer(message).then(scope.postMessage, (e: unknown) =>
    scope.postMessage({
      id: message.id,
      ok: false,
      message: e instanceof Error ? e.message : String(e),
    }),
  );
};
