import { describe, expect, it } from 'vitest';
import {
  SCHEMA_VERSION,
  dailyDigestSchema,
  describeSchemaError,
  manifestSchema,
  paperSchema,
  weeklyDigestSchema,
} from '../../src/schema/digest.ts';

const paper = {
  id: 'hep-th/9901001',
  title: 'An old-style id',
  authors: [],
  categories: ['hep-th'],
  abstract: '',
  links: { abs: 'https://arxiv.org/abs/hep-th/9901001' },
  summary: {},
};

describe('schema', () => {
  it('accepts a minimal paper and fills defaults', () => {
    const parsed = paperSchema.parse(paper);
    expect(parsed.classifications).toEqual([]);
    expect(parsed.summary.extra).toEqual([]);
  });

  it('rejects non-http links with a message naming the field', () => {
    const r = paperSchema.safeParse({ ...paper, links: { abs: 'javascript:alert(1)' } });
    expect(r.success).toBe(false);
    expect(describeSchemaError(r.error!)).toBe('links.abs: expected an http(s) URL');
  });

  it('rejects bad ids, dates and categories', () => {
    expect(paperSchema.safeParse({ ...paper, id: '../../etc/passwd' }).success).toBe(false);
    expect(paperSchema.safeParse({ ...paper, categories: ['<b>cs</b>'] }).success).toBe(false);
    const daily = {
      schemaVersion: SCHEMA_VERSION,
      kind: 'daily',
      date: '2026-02-30',
      language: 'zh',
      source: { format: 'jsonl', files: ['a'] },
      stats: { records: 0, duplicatesRemoved: 0, skipped: 0 },
      papers: [],
    };
    const r = dailyDigestSchema.safeParse(daily);
    expect(r.success).toBe(false);
    expect(describeSchemaError(r.error!)).toBe('date: not a calendar date');
    expect(dailyDigestSchema.safeParse({ ...daily, date: '2026-02-28' }).success).toBe(true);
  });

  it('rejects a weekly digest whose range runs backwards', () => {
    const w = {
      schemaVersion: SCHEMA_VERSION,
      kind: 'weekly',
      id: 'w-2026-w01',
      title: 'W',
      start: '2026-01-08',
      end: '2026-01-01',
      stated: {},
      breakthroughs: [],
      trends: [],
      notablePapers: [],
      honorableMentions: [],
      trendLinks: [],
      source: { files: ['w.txt'] },
    };
    const r = weeklyDigestSchema.safeParse(w);
    expect(r.success).toBe(false);
    expect(describeSchemaError(r.error!)).toBe('end: start is after end');
  });

  it('rejects a manifest of another schema version', () => {
    expect(
      manifestSchema.safeParse({ schemaVersion: SCHEMA_VERSION + 1, dailies: [], weeklies: [] })
        .success,
    ).toBe(false);
  });
});
