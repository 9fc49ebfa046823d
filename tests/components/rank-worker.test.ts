/**
 * The ranking worker's protocol (src/entities/ranking/rank-worker.ts), its module run here: the page's
 * warm-up (a page sorted For you, as it starts) fetches the days and trains the model, and the
 * page's first request is answered with that model, in the order it would have had anyway.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RankRequest, RankResponse, RankWarm } from '@/entities/ranking/types';
import { documentFrequencies, termCounts, vectorOf } from '@/ranking/features';
import { encodeRankFile, type RankFile } from '@/ranking/rank-file';
import { SCHEMA_VERSION } from '@/schema/digest';

const served = new Map<string, RankFile>();
/** Files that fail once, the next fetch of each succeeds. */
const failOnce = new Set<string>();
/** Every fetch, in order. */
const fetched: string[] = [];

vi.mock('@/lib/data', () => ({
  fetchData: async (file: string) => {
    fetched.push(file);
    if (failOnce.delete(file)) throw new Error(`HTTP 503: ${file}`);
    const body = served.get(file);
    if (!body) throw new Error(`HTTP 404: ${file}`);
    return structuredClone(body);
  },
}));

const trained = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/ranking/rank', async (importActual) => {
  const actual = await importActual<typeof import('@/ranking/rank')>();
  return {
    ...actual,
    trainOn: (...args: Parameters<typeof actual.trainOn>) => {
      trained.count++;
      return actual.trainOn(...args);
    },
  };
});

function day(date: string, papers: Record<string, string>): RankFile {
  const counts = Object.entries(papers).map(
    ([id, title]) =>
      [
        id,
        termCounts({ title, abstract: '', summary: '', authors: [], categories: ['cs.LG'] }),
      ] as const,
  );
  const df = documentFrequencies(counts.map(([, c]) => c));
  return encodeRankFile(
    { schemaVersion: SCHEMA_VERSION, date, language: 'zh' },
    counts.map(([id, c]) => ({ id, vector: vectorOf(c, (t) => df.get(t) ?? 0, counts.length) })),
  );
}

const SAVED = 'rank/2026-03-02.zh.f2.aaaaaaaaaaaa.json.gz';
const OTHER = 'rank/2026-03-03.zh.f2.cccccccccccc.json.gz';
const SHOWN = 'rank/2026-03-04.zh.f2.bbbbbbbbbbbb.json.gz';
const shown = {
  d1: 'Quantum error correction with surface codes',
  d2: 'Faster video diffusion sampling',
  d3: 'Robot grasping from pixels',
  d4: 'Temporal attention for video diffusion',
};
const refs = {
  positives: [
    { id: 's1', file: SAVED },
    { id: 's2', file: SAVED },
    { id: 'o1', file: OTHER },
  ],
  negatives: [{ id: 'b2', file: SAVED }],
};
const request: RankRequest = {
  id: 1,
  day: { files: [SHOWN], ids: Object.keys(shown) },
  ...refs,
  texts: [],
};
const warm: RankWarm = { kind: 'warm', files: [SHOWN, SAVED, OTHER], ...refs, texts: false };

/** A fresh worker (its module evaluated anew): its scope, what it answers. */
async function startWorker() {
  vi.resetModules();
  const answers: RankResponse[] = [];
  const scope = {
    onmessage: null as ((event: { data: RankRequest | RankWarm }) => void) | null,
    postMessage: (m: RankResponse) => answers.push(m),
  };
  vi.stubGlobal('self', scope);
  await import('@/entities/ranking/rank-worker');
  const send = (data: RankRequest | RankWarm) => scope.onmessage!({ data });
  const answer = async (data: RankRequest) => {
    const before = answers.length;
    send(data);
    await vi.waitFor(() => expect(answers.length).toBe(before + 1));
    const a = answers[before]!;
    if (!a.ok) throw new Error(a.message);
    return a.ranked.map((r) => r.id);
  };
  return { send, answer };
}

beforeEach(() => {
  trained.count = 0;
  fetched.length = 0;
  failOnce.clear();
  served.set(
    SAVED,
    day('2026-03-02', {
      s1: 'Diffusion models for video generation',
      s2: 'Video diffusion with temporal attention',
      b1: 'Reinforcement learning for robot grasping',
      b2: 'Robot grasping with tactile sensing',
      b3: 'Protein structure prediction',
    }),
  );
  served.set(OTHER, day('2026-03-03', { o1: 'Video diffusion transformers', o2: 'Databases' }));
  served.set(SHOWN, day('2026-03-04', shown));
});
afterEach(() => vi.unstubAllGlobals());

describe('the ranking worker', () => {
  it("answers the page's first request with the model its warm-up trained, in the same order", async () => {
    const cold = await startWorker();
    const order = await cold.answer(request);
    expect(trained.count).toBe(1);
    expect(order.slice(0, 2).sort()).toEqual(['d2', 'd4']);
    expect(order.at(-1)).toBe('d3');

    trained.count = 0;
    const warmed = await startWorker();
    warmed.send(warm);
    await vi.waitFor(() => expect(trained.count).toBe(1));
    expect(await warmed.answer(request)).toEqual(order);
    expect(trained.count).toBe(1);
    // The same signals on another request (another day, a re-rank): no training either.
    expect(await warmed.answer({ ...request, id: 2 })).toEqual(order);
    expect(trained.count).toBe(1);
    // A new signal is a new model.
    await warmed.answer({
      ...request,
      id: 3,
      negatives: [...refs.negatives, { id: 'd3', file: SHOWN }],
    });
    expect(trained.count).toBe(2);
  });

  it('ranks a range of days from the scores its warm-up computed: each paper once, in the cold order', async () => {
    // The day before the one shown lists d2 again (a repeated listing) and a paper of its own.
    served.set(
      OTHER,
      day('2026-03-03', {
        o1: 'Video diffusion transformers',
        o2: 'Databases',
        d2: 'Faster video diffusion sampling',
      }),
    );
    const range: RankRequest = {
      ...request,
      day: { files: [SHOWN, OTHER], ids: [...Object.keys(shown), 'o2'] },
    };
    const cold = await startWorker();
    const order = await cold.answer(range);
    expect([...order].sort()).toEqual(['d1', 'd2', 'd3', 'd4', 'o2']);

    trained.count = 0;
    const warmed = await startWorker();
    warmed.send(warm);
    await vi.waitFor(() => expect(trained.count).toBe(1));
    expect(await warmed.answer(range)).toEqual(order);
    // Not interested on the first: a new model, whose scores put it last.
    const dismissed = await warmed.answer({
      ...range,
      id: 2,
      negatives: [...refs.negatives, { id: order[0]!, file: SHOWN }],
    });
    expect(trained.count).toBe(2);
    expect(dismissed.at(-1)).toBe(order[0]);
    expect(dismissed).toHaveLength(order.length);
  });

  it('keeps every day of a long range between its warm-up and its request: each fetched once', async () => {
    // Two months away: 60 days, more than the worker keeps for a day's page.
    const range = Array.from({ length: 60 }, (_, i) => {
      const date = `2026-01-${String(i + 1).padStart(2, '0')}`;
      const file = `rank/${date}.zh.f2.${String(i).padStart(12, '0')}.json.gz`;
      served.set(file, day(date, { [`r${i}a`]: 'Video diffusion', [`r${i}b`]: 'Databases' }));
      return file;
    });
    const worker = await startWorker();
    worker.send({ ...warm, files: [...range, SAVED, OTHER] });
    await vi.waitFor(() => expect(trained.count).toBe(1));
    const order = await worker.answer({
      ...request,
      day: { files: range, ids: range.flatMap((_, i) => [`r${i}a`, `r${i}b`]) },
    });
    expect(order).toHaveLength(120);
    expect(order.slice(0, 60).every((id) => id.endsWith('a'))).toBe(true);
    expect(fetched.length).toBe(new Set(fetched).size);
  });

  it('keeps no model trained without a day that failed to load: the next request trains on all', async () => {
    failOnce.add(OTHER);
    const worker = await startWorker();
    worker.send(warm);
    await vi.waitFor(() => expect(trained.count).toBe(1));
    // The failed day is fetched again, and its saved paper counts this time.
    const order = await worker.answer(request);
    expect(trained.count).toBe(2);
    const cold = await startWorker();
    expect(await cold.answer(request)).toEqual(order);
  });
});
