import { describe, expect, it } from 'vitest';
import {
  planDocuments,
  SearchIndexBuilder,
  serialisePostings,
} from '../../scripts/ingest/search-index.ts';
import type { Paper } from '../../src/schema/digest.ts';
import { searchMetaSchema } from '../../src/schema/search.ts';
import { documentTables, search } from '../../src/search/engine.ts';
import { dailyDigest } from '../helpers/fixtures.ts';

const WORDS = ['graph', 'robot', 'protein', 'quantum', 'diffusion', 'agent', 'sparse', 'neural'];

function paper(n: number): Paper {
  const id = `2601.${String(n).padStart(5, '0')}`;
  return {
    id,
    title: `${WORDS[n % WORDS.length]} study ${n} widget${n}`,
    authors: ['A. Author'],
    categories: ['cs.LG'],
    classifications: [],
    abstract: 'An abstract.',
    links: { abs: `https://arxiv.org/abs/${id}` },
    summary: { extra: [] },
  };
}

const day = dailyDigest(
  '2026-01-05',
  Array.from({ length: 60 }, (_, n) => paper(n)),
);

describe('search tail postings', () => {
  it('puts several shards in one tail file, and a query finds its term in it', async () => {
    const plan = planDocuments([
      { date: day.date, language: 'en', ids: day.papers.map((p) => p.id) },
    ]);
    // Every document in the tail, 8 shards, 4 shards' tail postings to a file.
    const builder = new SearchIndexBuilder(
      plan,
      { shards: 8, tailShardsPerFile: 4 },
      { from: 0, tail: true },
    );
    builder.addDay(day);
    const files = new Map<string, unknown>();
    for (const [name, content, postings] of builder.files())
      files.set(name, JSON.parse(content ?? serialisePostings(postings!)));
    expect([...files.keys()].filter((f) => f.startsWith('t/')).sort()).toEqual([
      't/0.json',
      't/1.json',
    ]);
    const meta = searchMetaSchema.parse(files.get('meta.json'));
    expect(meta).toMatchObject({ tailFrom: 0, tailShardsPerFile: 4 });
    // No main postings: every term is found in its tail file, whichever shard it is in.
    const load = (file: string) => Promise.resolve(files.get(file) ?? {});
    for (const n of [0, 7, 13, 42, 59]) {
      const found = await search(meta, documentTables(meta), `widget${n}`, {}, load, '');
      expect(found.hits.map((h) => h.id)).toEqual([paper(n).id]);
    }
  });
});
