/**
 * The search index a run extends (ADR 0015) answers every query exactly as an index built from
 * scratch over the same days: the same matches, counts and order.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Reporter } from '../../scripts/ingest/report.ts';
import { ingest, type IngestSummary } from '../../scripts/ingest/run.ts';
import { searchMetaSchema, type SearchMeta } from '../../src/schema/search.ts';
import { documentTables, search, type SearchFilters } from '../../src/search/engine.ts';
import { readDataFile, tempDir } from '../helpers/data-dir.ts';
import { jsonl, upstreamRecord } from '../helpers/fixtures.ts';

const TOPICS = ['graph', 'protein', 'robot', 'quantum', 'diffusion', 'language'];

/**
 * Day `i` (0-based): ten new papers, and two of the day before listed again; the last day also
 * lists the first paper of all again.
 */
function dayRecords(i: number): unknown[] {
  const fresh = Array.from({ length: 10 }, (_, k) => {
    const n = i * 10 + k;
    return upstreamRecord({
      id: `2601.${String(n).padStart(5, '0')}`,
      title: `${TOPICS[n % TOPICS.length]} models for ${TOPICS[(n + i) % TOPICS.length]} tasks ${n}`,
      categories: [k % 2 ? 'cs.LG' : 'cs.RO'],
      authors: [`Author ${n % 4}`, 'Shared Person'],
      AI: { tldr: `第${n}篇论文研究${k % 2 ? '图学习' : '机器人'}。` },
    });
  });
  const again =
    i === 0
      ? []
      : [0, 1].map((k) => {
          const n = (i - 1) * 10 + k;
          return upstreamRecord({
            id: `2601.${String(n).padStart(5, '0')}`,
            title: `${TOPICS[n % TOPICS.length]} models for ${TOPICS[(n + i - 1) % TOPICS.length]} tasks ${n}`,
            categories: [k % 2 ? 'cs.LG' : 'cs.RO'],
            authors: [`Author ${n % 4}`, 'Shared Person'],
            AI: { tldr: `第${n}篇论文研究${k % 2 ? '图学习' : '机器人'}。` },
          });
        });
  return [...fresh, ...again, ...(i === 4 ? [{ ...(fresh[0] as object), id: '2601.00000' }] : [])];
}

const date = (i: number) => `2026-01-${String(5 + i).padStart(2, '0')}`;

function writeDay(dir: string, i: number, records = dayRecords(i)): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${date(i)}_AI_enhanced_Chinese.jsonl`);
  writeFileSync(file, jsonl(records));
  return file;
}

/** The published index, opened as the app opens it. */
function openIndex(out: string) {
  const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
    search: string;
  };
  const metaFile = path.join(out, manifest.search);
  const meta: SearchMeta = searchMetaSchema.parse(JSON.parse(readFileSync(metaFile, 'utf8')));
  const base = `${path.dirname(metaFile)}/`;
  const load = (file: string) => Promise.resolve(JSON.parse(readDataFile(file)) as unknown);
  const tables = documentTables(meta);
  return {
    meta,
    query: (q: string, filters: SearchFilters = {}) =>
      search(meta, tables, q, filters, load, base, 50),
  };
}

const QUERIES: [string, SearchFilters][] = [
  ['graph', {}],
  ['models tasks', {}],
  ['shared person', {}],
  ['robot', { category: 'cs.RO' }],
  ['机器人', {}],
  ['图学习', { from: date(2), to: date(3) }],
  ['quantum diffusion', {}],
  ['2601.00031', {}],
];

async function answers(out: string) {
  const index = openIndex(out);
  return Promise.all(
    QUERIES.map(async ([q, f]) => {
      const r = await index.query(q, f);
      return { q, total: r.total, hits: r.hits };
    }),
  );
}

async function run(paths: string[], out: string, tailMax = 3): Promise<IngestSummary> {
  return ingest({ paths, out, searchTailMax: () => tailMax }, new Reporter());
}

describe('search index extended day by day', () => {
  it('answers as one built from scratch, through tail and merge runs', async () => {
    const src = tempDir();
    const daily = tempDir();
    const modes: string[] = [];
    for (let i = 0; i < 5; i++) {
      // A tail of up to 20 documents: two tail runs, then a merge, then a tail again.
      const summary = await run([writeDay(path.join(src, String(i)), i)], daily, 20);
      modes.push(summary.search!.mode);
      const scratch = tempDir();
      await run(
        Array.from({ length: i + 1 }, (_, k) => writeDay(path.join(src, String(k)), k)),
        scratch,
      );
      expect(await answers(daily)).toEqual(await answers(scratch));
    }
    expect(modes).toEqual(['full', 'tail', 'tail', 'merged', 'tail']);
    const index = openIndex(daily);
    expect(index.meta.tailFrom).toBe(40);
    // What a query finds: a paper of the newest day, and a paper listed on two days once
    // (also one of the first day, whose doc file the merge had written).
    const newest = await index.query('2601.00041');
    expect(newest.hits.map((h) => [h.id, h.d])).toEqual([['2601.00041', [date(4)]]]);
    const twice = await index.query('2601.00030');
    expect(twice.hits.map((h) => [h.id, h.d])).toEqual([['2601.00030', [date(4), date(3)]]]);
    const first = await index.query('2601.00000');
    expect(first.hits.map((h) => [h.id, h.d])).toEqual([
      ['2601.00000', [date(4), date(1), date(0)]],
    ]);
  });

  it('is built anew when a published day changes its papers', async () => {
    const src = tempDir();
    const out = tempDir();
    for (let i = 0; i < 3; i++) await run([writeDay(path.join(src, String(i)), i)], out, 100);
    // Day 0 published again with one more paper: the documents before the tail changed.
    const grown = [...dayRecords(0), upstreamRecord({ id: '2601.09999', title: 'Late widget' })];
    const summary = await run([writeDay(path.join(src, 'again'), 0, grown)], out, 100);
    expect(summary.search!.mode).toBe('full');
    const found = await openIndex(out).query('late widget');
    expect(found.hits.map((h) => h.id)).toEqual(['2601.09999']);
  });
});
