/**
 * Published files named *.json.gz are stored gzip-compressed (ADR 0014): the ingest writes
 * them so (the app's side: tests/components/compressed-data.test.ts).
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Reporter } from '../../scripts/ingest/report.ts';
import { ingest } from '../../scripts/ingest/run.ts';
import { readValidData, tempDir } from '../helpers/data-dir.ts';
import { jsonl, upstreamRecord } from '../helpers/fixtures.ts';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );

describe('compressed data files', () => {
  it('the ingest stores details, the paper index and the search shards as gzip, lists and manifest as JSON', async () => {
    const src = tempDir();
    const out = tempDir();
    mkdirSync(src, { recursive: true });
    writeFileSync(
      path.join(src, '2026-01-05_AI_enhanced_Chinese.jsonl'),
      jsonl([upstreamRecord(), upstreamRecord()]),
    );
    await ingest({ paths: [src], out }, new Reporter());
    readValidData(out);
    const all = files(out).map((f) => path.relative(out, f));
    const gz = all.filter((f) => f.endsWith('.gz'));
    expect(gz.some((f) => f.startsWith('details/'))).toBe(true);
    expect(gz.some((f) => f.startsWith('papers/'))).toBe(true);
    expect(gz.some((f) => /^search\/\w+\/p\//.test(f))).toBe(true);
    expect(gz.some((f) => /^search\/\w+\/d\//.test(f))).toBe(true);
    // The search index is sized by the archive: two papers, one postings shard.
    expect(gz.filter((f) => /^search\/\w+\/p\//.test(f))).toHaveLength(1);
    for (const f of gz) {
      const bytes = readFileSync(path.join(out, f));
      expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    }
    for (const f of all.filter((f) => f.startsWith('daily/') || f === 'manifest.json'))
      expect(() => JSON.parse(readFileSync(path.join(out, f), 'utf8'))).not.toThrow();
  });
});
