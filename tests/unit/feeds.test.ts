import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FEED_CATEGORY_LIMIT, FEED_DAYS } from '../../scripts/ingest/feeds.ts';
import { Reporter } from '../../scripts/ingest/report.ts';
import { ingest } from '../../scripts/ingest/run.ts';
import { tempDir } from '../helpers/data-dir.ts';
import { jsonl, upstreamRecord } from '../helpers/fixtures.ts';
import { runIngest } from '../helpers/cli.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (n) => ['entry', 'link', 'author', 'category'].includes(n),
});

interface Entry {
  id: string;
  title: string | { '#text': string };
  updated: string;
  link: { '@href': string; '@rel'?: string }[];
  author?: { name: string }[];
  category?: { '@term': string }[];
  summary?: unknown;
}

function readFeed(file: string) {
  const xml = readFileSync(file, 'utf8');
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml) as { feed: Record<string, unknown> & { entry?: Entry[] } };
  return doc.feed;
}

/** What RFC 4287 requires of a feed and its entries. */
function expectValidAtom(feed: Record<string, unknown> & { entry?: Entry[] }) {
  expect(feed['@xmlns']).toBe(ATOM);
  expect(typeof feed.id).toBe('string');
  expect(feed.title).toBeTruthy();
  expect(feed.updated).toMatch(RFC3339);
  const entries = feed.entry ?? [];
  const feedHasAuthor = Array.isArray(feed.author) && feed.author.length > 0;
  const ids = new Set<string>();
  for (const e of entries) {
    expect(typeof e.id).toBe('string');
    expect(ids.has(e.id)).toBe(false);
    ids.add(e.id);
    expect(e.title).toBeTruthy();
    expect(e.updated).toMatch(RFC3339);
    expect(e.link.some((l) => /^https?:\/\//.test(l['@href']))).toBe(true);
    expect(feedHasAuthor || (e.author?.length ?? 0) > 0).toBe(true);
  }
  return entries;
}

describe('Atom feeds', () => {
  it('are written by the ingest: all papers and one per category, valid Atom, newest first', async () => {
    const src = tempDir();
    const out = tempDir();
    mkdirSync(src, { recursive: true });
    const day = (date: string, records: unknown[]) =>
      writeFileSync(path.join(src, `${date}_AI_enhanced_Chinese.jsonl`), jsonl(records));
    day('2026-01-05', [
      upstreamRecord({ id: '2601.00001', title: 'Old <b>bold</b> & "quoted" widgets' }),
      upstreamRecord({ id: '2601.00002', categories: ['hep-th'], authors: [] }),
    ]);
    day(
      '2026-01-06',
      Array.from({ length: FEED_CATEGORY_LIMIT + 5 }, (_, i) =>
        upstreamRecord({ id: `2601.${String(100 + i).padStart(5, '0')}` }),
      ),
    );
    const summary = await ingest(
      { paths: [src], out, siteUrl: 'https://example.org/reader' },
      new Reporter(),
    );
    expect(summary.feeds).toBe(3);
    expect(readdirSync(path.join(out, 'feeds')).sort()).toEqual([
      'all.xml',
      'cs.LG.xml',
      'hep-th.xml',
    ]);

    const all = readFeed(path.join(out, 'feeds/all.xml'));
    const entries = expectValidAtom(all);
    expect(entries).toHaveLength(FEED_CATEGORY_LIMIT + 5 + 2);
    expect(all.updated).toBe('2026-01-06T00:00:00.000Z');
    expect(entries[0]!.updated.startsWith('2026-01-06')).toBe(true);
    expect(entries.at(-1)!.updated.startsWith('2026-01-05')).toBe(true);
    // Markup in a title is text in the feed, never elements.
    const old = entries.find((e) => e.id === 'https://arxiv.org/abs/2601.00001')!;
    expect(JSON.stringify(old.title)).toContain('Old <b>bold</b> & \\"quoted\\" widgets');
    expect(old.link[0]!['@href']).toBe('https://example.org/reader/paper/2601.00001');
    expect(old.summary).toBeTruthy();

    const lg = expectValidAtom(readFeed(path.join(out, 'feeds/cs.LG.xml')));
    expect(lg).toHaveLength(FEED_CATEGORY_LIMIT);
    expect(lg.every((e) => e.category?.[0]?.['@term'] === 'cs.LG')).toBe(true);
    const th = expectValidAtom(readFeed(path.join(out, 'feeds/hep-th.xml')));
    expect(th.map((e) => e.id)).toEqual(['https://arxiv.org/abs/2601.00002']);

    // An unchanged archive rewrites nothing; a category that disappears loses its feed.
    const before = readFileSync(path.join(out, 'feeds/all.xml'), 'utf8');
    await ingest({ paths: [src], out, siteUrl: 'https://example.org/reader' }, new Reporter());
    expect(readFileSync(path.join(out, 'feeds/all.xml'), 'utf8')).toBe(before);
    // (The day shrinks, which the ingest does only when told to: ADR 0013.)
    day('2026-01-05', [upstreamRecord({ id: '2601.00001' })]);
    await ingest(
      { paths: [src], out, siteUrl: 'https://example.org/reader', allowShrink: true },
      new Reporter(),
    );
    expect(readdirSync(path.join(out, 'feeds')).sort()).toEqual(['all.xml', 'cs.LG.xml']);
  });

  it(`look back ${FEED_DAYS} listed dates at most; an older category keeps its feed, empty`, async () => {
    const src = tempDir();
    const out = tempDir();
    mkdirSync(src, { recursive: true });
    const dates = Array.from({ length: FEED_DAYS + 1 }, (_, i) =>
      new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
    );
    dates.forEach((date, i) =>
      writeFileSync(
        path.join(src, `${date}_AI_enhanced_Chinese.jsonl`),
        jsonl([
          upstreamRecord({
            id: `2601.${String(i).padStart(5, '0')}`,
            // Only the oldest day lists an astro-ph paper.
            categories: i === 0 ? ['astro-ph.GA'] : ['cs.LG'],
          }),
        ]),
      ),
    );
    await ingest({ paths: [src], out }, new Reporter());
    const all = expectValidAtom(readFeed(path.join(out, 'feeds/all.xml')));
    expect(all).toHaveLength(FEED_DAYS);
    expect(all.map((e) => e.id)).not.toContain('https://arxiv.org/abs/2601.00000');
    const astro = readFeed(path.join(out, 'feeds/astro-ph.GA.xml'));
    expect(expectValidAtom(astro)).toEqual([]);
  });

  it('write one feed per watch of --watches (a reader’s export), its negative keywords left out', () => {
    const src = tempDir();
    const out = tempDir();
    writeFileSync(
      path.join(src, '2026-01-07_AI_enhanced_Chinese.jsonl'),
      jsonl([
        upstreamRecord({ id: '2601.07001', title: 'Graph Neural Networks at Scale' }),
        upstreamRecord({ id: '2601.07002', title: 'A survey of graph neural networks' }),
        upstreamRecord({ id: '2601.07003', authors: ['José García'], categories: ['hep-th'] }),
      ]),
    );
    const watches = path.join(src, 'reading-list.json');
    writeFileSync(
      watches,
      JSON.stringify({
        format: 'arxiv-digest-reader/library@1',
        saved: [],
        read: {},
        watches: [
          { kind: 'keyword', value: 'graph neural network', at: '2026-12-01' },
          { kind: 'negative', value: 'survey', at: '2026-12-01' },
          { kind: 'author', value: 'J. Garcia', at: '2026-12-01' },
          { kind: 'category', value: 'hep-th', at: '2026-12-01' },
        ],
      }),
    );
    const r = runIngest([src, '--out', out, '--watches', watches, '--quiet']);
    expect(r.status).toBe(0);
    expect(
      readdirSync(path.join(out, 'feeds'))
        .filter((f) => f.startsWith('watch-'))
        .sort(),
    ).toEqual([
      'watch-author-j-garcia.xml',
      'watch-category-hep-th.xml',
      'watch-keyword-graph-neural-network.xml',
    ]);
    const ids = (name: string) =>
      expectValidAtom(readFeed(path.join(out, 'feeds', name))).map((e) => e.id.slice(-10));
    expect(ids('watch-keyword-graph-neural-network.xml')).toEqual(['2601.07001']);
    expect(ids('watch-author-j-garcia.xml')).toEqual(['2601.07003']);
    expect(ids('watch-category-hep-th.xml')).toEqual(['2601.07003']);

    const bad = path.join(src, 'bad.json');
    writeFileSync(bad, '{"watches": [{"kind": "negative", "value": "x"}]}');
    const refused = runIngest([src, '--out', out, '--watches', bad]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`--watches ${bad}: no keyword, author or category watch`);
  });
});
