import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Reporter } from '../../scripts/ingest/report.ts';
import { ingest } from '../../scripts/ingest/run.ts';
import {
  authorTerm,
  documentFrequencies,
  termCounts,
  vectorOf,
  type RankText,
} from '../../src/ranking/features.ts';
import { decodeRankFile, encodeRankFile } from '../../src/ranking/rank-file.ts';
import {
  inForYouOrder,
  shownView,
  type ForYouView,
} from '../../src/entities/ranking/for-you-state.ts';
import { score, strongestTerms, train, type Example } from '../../src/ranking/model.ts';
import { rankDay, type Item } from '../../src/ranking/rank.ts';
import {
  dailyListSchema,
  dailyRankSchema,
  dailySimilarSchema,
  describeSchemaError,
} from '../../src/schema/digest.ts';
import { readDataFile, readValidData, tempDir } from '../helpers/data-dir.ts';
import { jsonl, upstreamRecord } from '../helpers/fixtures.ts';

const paper = (over: Partial<RankText>): RankText => ({
  title: '',
  abstract: '',
  summary: '',
  authors: [],
  categories: ['cs.LG'],
  ...over,
});

/** Vectors for a set of papers, weighted by their own document frequencies (as a day is). */
function vectors(papers: Record<string, RankText>): Map<string, Item> {
  const counts = Object.entries(papers).map(([id, p]) => [id, termCounts(p)] as const);
  const df = documentFrequencies(counts.map(([, c]) => c));
  return new Map(
    counts.map(([id, c]) => [
      id,
      { id, vector: vectorOf(c, (t) => df.get(t) ?? 0, counts.length) },
    ]),
  );
}

describe('ranking features', () => {
  it('names an author by the folded name, so spellings of one name meet', () => {
    expect(authorTerm('José  García-López')).toBe('@jose garcia lopez');
    expect(authorTerm('JOSE GARCIA LOPEZ')).toBe('@jose garcia lopez');
    expect(authorTerm('张三')).toBe('@张三');
    expect(authorTerm(' , ')).toBeNull();
  });

  it('counts title words twice, pairs of words, Chinese bigrams, authors and categories', () => {
    const c = termCounts(
      paper({
        title: 'Graph neural networks',
        abstract: 'Graph methods.',
        summary: '图神经网络',
        authors: ['Ada Lovelace'],
        categories: ['cs.LG', 'stat.ML'],
      }),
    );
    expect(c.get('graph')).toBe(3);
    expect(c.get('graph neural')).toBe(2);
    expect(c.get('神经')).toBe(1);
    expect(c.get('@ada lovelace')).toBe(1);
    expect(c.get('#cs.LG')).toBe(1);
    expect(c.get('#!cs.LG')).toBe(1);
    expect(c.get('#stat.ML')).toBe(1);
    expect(c.has('#!stat.ML')).toBe(false);
  });

  it('keeps a vector sorted, its words at unit length', () => {
    const v = vectors({
      a: paper({ title: 'Sparse attention for long video', authors: ['A B'] }),
    }).get('a')!.vector;
    expect([...v.terms].sort()).toEqual(v.terms);
    const words = v.terms.map((t, i) =>
      t.startsWith('@') || t.startsWith('#') ? 0 : v.weights[i]!,
    );
    expect(Math.hypot(...words)).toBeCloseTo(1, 6);
  });

  it('reads back from a rank file what it wrote, weights to 1/255', () => {
    const vs = vectors({
      '2601.00001': paper({ title: 'Diffusion models for video', authors: ['Ann Lee'] }),
      '2601.00002': paper({ title: 'Protein folding with transformers', categories: ['q-bio.BM'] }),
    });
    const file = encodeRankFile({ schemaVersion: 2, date: '2026-01-05', language: 'zh' }, [
      ...vs.values(),
    ]);
    expect(dailyRankSchema.safeParse(file).success).toBe(true);
    const back = decodeRankFile(file);
    for (const [id, { vector }] of vs) {
      expect(back.get(id)!.terms).toEqual(vector.terms);
      back.get(id)!.weights.forEach((w, i) => expect(w).toBeCloseTo(vector.weights[i]!, 2));
    }
  });

  it('refuses a rank file whose positions or weights are not whole numbers in range, saying where', () => {
    const file = encodeRankFile({ schemaVersion: 2, date: '2026-01-05', language: 'zh' }, [
      ...vectors({ '2601.00001': paper({ title: 'Diffusion models for video' }) }).values(),
    ]);
    const broken = (change: (p: { t: unknown[]; w: unknown[] }) => void) => {
      const copy = structuredClone(file) as unknown as { papers: { t: unknown[]; w: unknown[] }[] };
      change(copy.papers[0]!);
      const r = dailyRankSchema.safeParse(copy);
      return r.success ? 'accepted' : describeSchemaError(r.error);
    };
    expect(broken((p) => (p.t[1] = -1))).toBe('papers.0.t: expected an array of whole numbers ≥ 0');
    expect(broken((p) => (p.w[0] = 256))).toMatch(/^papers\.0\.w: .*from 1 to 255$/);
    expect(broken((p) => (p.w[0] = 1.5))).toMatch(/^papers\.0\.w: /);
    expect(broken((p) => (p.t[0] = '3'))).toMatch(/^papers\.0\.t: /);
    expect(broken(() => undefined)).toBe('accepted');
  });

  it('refuses a rank file whose positions run past its vocabulary', () => {
    expect(() =>
      decodeRankFile({ terms: ['a'], papers: [{ id: '2601.00001', t: [0, 5], w: [9] }] }),
    ).toThrow(/out of range/);
  });
});

describe('inForYouOrder', () => {
  it('orders by place; those without one keep their order after, muted ones come last', () => {
    const order = new Map([
      ['c', 0],
      ['a', 1],
      ['m', 2],
    ]);
    const items = ['x', 'a', 'm', 'y', 'c'];
    expect(inForYouOrder(items, order, (i) => i)).toEqual(['c', 'a', 'm', 'x', 'y']);
    expect(
      inForYouOrder(
        items,
        order,
        (i) => i,
        (i) => i === 'm' || i === 'x',
      ),
    ).toEqual(['c', 'a', 'y', 'm', 'x']);
  });
});

describe('shownView', () => {
  const view: ForYouView = {
    status: 'ready',
    note: '',
    order: new Map([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]),
    why: (id) => `Why: like ${id}`,
    whyDismissed: 'Why: you marked it Not interested',
  };
  const ids = (v: ForYouView) => inForYouOrder(['a', 'b', 'c'], v.order!, (i) => i);

  it('moves a paper marked Not interested since the order was computed to the end, and says why', () => {
    const shown = shownView(view, { a: { at: '2026-12-02T00:00:00Z' } });
    expect(ids(shown)).toEqual(['b', 'c', 'a']);
    expect(shown.why?.('a')).toBe('Why: you marked it Not interested');
    expect(shown.why?.('b')).toBe('Why: like b');
  });

  it('keeps the order as it is when those papers are last already, or nothing is marked', () => {
    expect(shownView(view, { c: { at: '2026-12-02T00:00:00Z' } }).order).toBe(view.order);
    expect(shownView(view, undefined)).toBe(view);
  });
});

describe('strongestTerms', () => {
  it('names the terms that add most to a score, strongest first, none that take away', () => {
    const model = {
      weights: new Map([
        ['a', 1],
        ['b', 3],
        ['c', -2],
        ['d', 2],
        ['e', 0.5],
      ]),
      bias: 0,
    };
    const v = { terms: ['a', 'b', 'c', 'd', 'e', 'f'], weights: [1, 0.5, 1, 1, 1, 1] };
    // Contributions: a 1, b 1.5, c -2, d 2, e 0.5, f 0.
    expect(strongestTerms(model, v, 3)).toEqual(['d', 'b', 'a']);
    expect(strongestTerms(model, v, 10)).toEqual(['d', 'b', 'a', 'e']);
  });
});

describe('rankDay', () => {
  const saved = {
    s1: paper({ title: 'Diffusion models for video generation', authors: ['Ann Lee', 'Bo Chen'] }),
    s2: paper({ title: 'Video diffusion with temporal attention', authors: ['Cy Park'] }),
  };
  const background = {
    b1: paper({ title: 'Reinforcement learning for robot grasping', categories: ['cs.RO'] }),
    b2: paper({ title: 'A survey of database indexing', categories: ['cs.DB'] }),
    b3: paper({ title: 'Protein structure prediction', categories: ['q-bio.BM'] }),
  };
  const day = {
    d1: paper({ title: 'Quantum error correction codes', categories: ['quant-ph'] }),
    d2: paper({ title: 'Faster video diffusion sampling', authors: ['Dee Roe'] }),
    d3: paper({ title: 'Robot grasping from pixels', categories: ['cs.RO'] }),
    d4: paper({ title: 'Speech recognition at scale', authors: ['Bo Chen'] }),
  };
  const all = vectors({ ...saved, ...background, ...day });
  /** A day's worth of papers the reader did nothing with, each on its own topic and by its own author. */
  const dayOfOthers = Object.fromEntries(
    Array.from({ length: 200 }, (_, n) => [
      `b${n}`,
      paper({ title: `Topic ${n % 37} study ${n}`, authors: [`Writer ${n}`] }),
    ]),
  );
  const items = (ids: string[]) => ids.map((id) => all.get(id)!);

  it('puts the papers like the saved ones first, and says which saved paper each resembles', () => {
    const ranked = rankDay(
      { positives: items(['s1', 's2']), negatives: [], background: items(['b1', 'b2', 'b3']) },
      items(['d1', 'd2', 'd3', 'd4']),
    );
    // The paper on the saved papers' topic and the one by a saved paper's co-author lead;
    // unrelated topics follow.
    expect(new Set(ranked.slice(0, 2).map((r) => r.id))).toEqual(new Set(['d2', 'd4']));
    const d2 = ranked.find((r) => r.id === 'd2')!;
    expect(d2.reason).toMatchObject({ kind: 'resembles', id: 's2' });
  });

  it('ranks a day with the signals from it: its other papers are not marked unwanted for being the background', () => {
    const topic = (n: number) => (n > 3 ? 'robots' : 'graphs');
    const day = vectors(
      Object.fromEntries(
        [1, 2, 3, 4, 5].map((n) => [
          `p${n}`,
          paper({
            title: `A study of ${topic(n)} number ${n}`,
            abstract: `We study ${topic(n)} in paper ${n} with care and measure it.`,
            summary: `关于${topic(n)}的研究 ${n}`,
            authors: [`Author ${n}`, `Second ${n}`, `Third ${n}`],
            categories: [n % 2 ? 'cs.CV' : 'cs.LG'],
          }),
        ]),
      ),
    );
    const it = (id: string) => day.get(id)!;
    // Saved p4 on the day of p4, p5 and p3; ranked with p1 and p2 from another day.
    const ranked = rankDay(
      { positives: [it('p4')], negatives: [], background: [it('p5'), it('p3')] },
      ['p1', 'p2', 'p3', 'p4', 'p5'].map(it),
    );
    // The other robots paper comes right after the saved one, though its authors and its
    // category are in the background only.
    expect(ranked.map((r) => r.id).slice(0, 2)).toEqual(['p4', 'p5']);
  });

  it('learns one model however many steps it is given past a few dozen: its minimum', () => {
    const examples: Example[] = [
      ...items(['s1', 's2']).map((p): Example => ({ vector: p.vector, label: 1 })),
      ...items(['b1', 'b2', 'b3']).map((p): Example => ({ vector: p.vector, label: 0 })),
    ];
    const order = (steps: number) => {
      const model = train(examples, { steps });
      return items(['d1', 'd2', 'd3', 'd4'])
        .map((p) => ({ id: p.id, z: score(model, p.vector) }))
        .sort((a, b) => b.z - a.z);
    };
    const [short, long] = [order(40), order(400)];
    expect(short.map((p) => p.id)).toEqual(long.map((p) => p.id));
    short.forEach((p, i) => expect(p.z).toBeCloseTo(long[i]!.z, 4));
  });

  it('ranks a paper by an author of the background days a little above one by an author it never saw', () => {
    // A day's worth of background, one paper of it by Max Hill.
    const papers = vectors({
      ...dayOfOthers,
      s: paper({ title: 'Sparse attention for long documents', authors: ['Ann Lee'] }),
      b: paper({ title: 'Weather forecasting with graphs', authors: ['Max Hill'] }),
      x: paper({ title: 'Protein folding at scale', authors: ['Max Hill'] }),
      y: paper({ title: 'Protein folding at scale', authors: ['Sue Ray'] }),
      z: paper({ title: 'Protein folding at scale', authors: ['Ann Lee'] }),
    });
    const it = (id: string) => papers.get(id)!;
    const background = ['b', ...Object.keys(dayOfOthers)].map(it);
    const ranked = rankDay({ positives: [it('s')], negatives: [], background }, [it('y'), it('x')]);
    expect(ranked.map((r) => r.id)).toEqual(['x', 'y']);
    // Not a reason: the reader's signals do not hold that author.
    const why = ranked[0]!.reason;
    expect(why.kind === 'terms' ? why.terms : []).not.toContain('@max hill');
    // A little: far less than a saved paper's co-author adds.
    const coAuthor = rankDay({ positives: [it('s')], negatives: [], background }, [
      it('y'),
      it('z'),
    ]);
    expect(ranked[0]!.score - ranked[1]!.score).toBeLessThan(
      (coAuthor[0]!.score - coAuthor[1]!.score) / 10,
    );
  });

  it('puts a paper marked Not interested last', () => {
    const ranked = rankDay(
      { positives: items(['s1', 's2']), negatives: items(['d2']), background: items(['b1']) },
      items(['d1', 'd2', 'd3', 'd4']),
    );
    expect(ranked.at(-1)!.id).toBe('d2');
  });

  it('lowers papers like one marked Not interested below papers it says nothing of', () => {
    const papers = vectors({
      ...dayOfOthers,
      s: paper({ title: 'Sparse attention for long documents', authors: ['Ann Lee'] }),
      no: paper({ title: 'Crop yield forecasting from satellites', authors: ['Max Hill'] }),
      like: paper({ title: 'Crop yield forecasting with radar', authors: ['Sue Ray'] }),
      other: paper({ title: 'Bird song classification in forests', authors: ['Tom Fox'] }),
    });
    const it = (id: string) => papers.get(id)!;
    const background = Object.keys(dayOfOthers).map(it);
    const rank = (negatives: Item[]) =>
      rankDay({ positives: [it('s')], negatives, background }, [it('like'), it('other')]).map(
        (r) => r.id,
      );
    expect(rank([])).toEqual(['like', 'other']);
    expect(rank([it('no')])).toEqual(['other', 'like']);
  });

  it('keeps the day’s order when there is no positive signal', () => {
    const ranked = rankDay(
      { positives: [], negatives: [], background: [] },
      items(['d3', 'd1', 'd2']),
    );
    expect(ranked.map((r) => r.id)).toEqual(['d3', 'd1', 'd2']);
  });
});

describe('ingest: ranking data', () => {
  it('publishes each day’s ranking data, named by its list and the manifest, and writes it for a day published without it', async () => {
    const src = tempDir();
    const out = tempDir();
    const file = path.join(src, '2026-01-05_AI_enhanced_Chinese.jsonl');
    writeFileSync(file, jsonl([upstreamRecord(), upstreamRecord()]));
    await ingest({ paths: [file], out }, new Reporter());
    const manifest = readValidData(out);
    const list = dailyListSchema.parse(
      JSON.parse(readDataFile(path.join(out, manifest.dailies[0]!.file))),
    );
    expect(list.rank).toMatch(/^rank\/2026-01-05\.zh\.f\d+\.[0-9a-f]{12}\.json\.gz$/);
    // The manifest names it too: the For-you ranker needs no list for a signal's day.
    expect(manifest.rank).toEqual({ '2026-01-05.zh': list.rank });
    const rank = dailyRankSchema.parse(JSON.parse(readDataFile(path.join(out, list.rank!))));
    expect(rank.papers.map((p) => p.id)).toEqual(list.papers.map((p) => p.id));
    expect([...decodeRankFile(rank).values()][0]!.terms).toContain('@ada example');

    // A folder published before ranking data existed: its day gets it on the next run.
    rmSync(path.join(out, list.rank!));
    await ingest({ paths: [], out }, new Reporter());
    const again = readValidData(out);
    const relisted = dailyListSchema.parse(
      JSON.parse(readDataFile(path.join(out, again.dailies[0]!.file))),
    );
    expect(readdirSync(path.join(out, 'rank'))).toEqual([path.basename(relisted.rank!)]);

    // Data of older features (another version in the name): written again with today's.
    const current = relisted.rank!;
    const older = 'rank/2026-01-05.zh.f1.333333333333.json.gz';
    renameSync(path.join(out, current), path.join(out, older));
    writeFileSync(
      path.join(out, again.dailies[0]!.file),
      JSON.stringify({ ...relisted, rank: older }),
    );
    await ingest({ paths: [], out }, new Reporter());
    const third = readValidData(out);
    const upgraded = dailyListSchema.parse(
      JSON.parse(readDataFile(path.join(out, third.dailies[0]!.file))),
    );
    expect(upgraded.rank).toBe(current);
    expect(existsSync(path.join(out, current))).toBe(true);
    expect(upgraded.papers).toEqual(list.papers);
  });
});

describe('ingest: similar papers', () => {
  it('publishes each day’s neighbours from the whole archive, closest first, and keeps them while the day is unchanged', async () => {
    const src = tempDir();
    const out = tempDir();
    const paper = (id: string, title: string, authors: string[]) =>
      upstreamRecord({ id, title, authors, summary: `${title}. ${title}.` });
    writeFileSync(
      path.join(src, '2026-01-05_AI_enhanced_Chinese.jsonl'),
      jsonl([
        paper('2601.05001', 'Protein folding with residue graphs', ['Ana Lima']),
        paper('2601.05002', 'Quantum error correcting surface codes', ['Bo Chen']),
      ]),
    );
    writeFileSync(
      path.join(src, '2026-01-06_AI_enhanced_Chinese.jsonl'),
      jsonl([
        paper('2601.06001', 'Residue graphs for protein folding', ['Ana Lima', 'Cy Diaz']),
        paper('2601.06002', 'Decoding surface codes for quantum error correction', ['Dee Evans']),
      ]),
    );
    await ingest({ paths: [src], out }, new Reporter());
    const manifest = readValidData(out);
    expect(Object.keys(manifest.similar ?? {})).toEqual(['2026-01-05.zh', '2026-01-06.zh']);
    const day6 = dailySimilarSchema.parse(
      JSON.parse(readDataFile(path.join(out, manifest.similar!['2026-01-06.zh']!))),
    );
    expect(day6.papers['2601.06001']![0]).toEqual([
      '2601.05001',
      '2026-01-05',
      'Protein folding with residue graphs',
    ]);
    expect(day6.papers['2601.06002']![0]![0]).toBe('2601.05002');
    expect(day6.papers['2601.06001']!.map(([id]) => id)).not.toContain('2601.06001');

    // Nothing changed: nothing computed again, the same files.
    const again = await ingest({ paths: [], out }, new Reporter());
    expect(again.similar).toMatchObject({ days: 2, computed: 0 });
    expect(readValidData(out).similar).toEqual(manifest.similar);
  });

  it('keeps a neighbour’s title short, however long the paper’s own (found by the fuzz test)', async () => {
    const src = tempDir();
    const out = tempDir();
    const long = `Graph widgets ${'x'.repeat(3000)}`;
    writeFileSync(
      path.join(src, '2026-01-07_AI_enhanced_Chinese.jsonl'),
      jsonl([
        upstreamRecord({ id: '2601.07001', title: long }),
        upstreamRecord({ id: '2601.07002', title: 'Graph widgets again' }),
      ]),
    );
    await ingest({ paths: [src], out }, new Reporter());
    const m = readValidData(out);
    const day = dailySimilarSchema.parse(
      JSON.parse(readDataFile(path.join(out, m.similar!['2026-01-07.zh']!))),
    );
    const [, , title] = day.papers['2601.07002']![0]!;
    expect(title).toHaveLength(300);
    expect(title.endsWith('…')).toBe(true);
  });
});
