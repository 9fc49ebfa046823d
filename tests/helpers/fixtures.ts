/**
 * Builders for our own fixture records (never text from the real corpus): one upstream-style
 * JSONL record, with every field overridable; a published day of given papers.
 */
import { SCHEMA_VERSION, type DailyDigest, type Paper } from '../../src/schema/digest.ts';

export interface RecordOverrides {
  [key: string]: unknown;
}

let counter = 0;

export function upstreamRecord(overrides: RecordOverrides = {}): Record<string, unknown> {
  counter += 1;
  const id =
    typeof overrides.id === 'string'
      ? overrides.id.replace(/v\d+$/, '')
      : `2601.${String(10000 + counter).slice(-5)}`;
  return {
    id,
    categories: ['cs.LG', 'stat.ML'],
    pdf: `https://arxiv.org/pdf/${id}`,
    abs: `https://arxiv.org/abs/${id}`,
    authors: ['Ada Example', 'Bo Sample'],
    title: `A Study of Synthetic Widgets number ${counter}`,
    comment: null,
    summary: 'We study synthetic widgets.\nThey are made up for\nthis test.',
    AI: {
      tldr: '本文研究合成部件的性质并给出新的方法。',
      motivation: '现有方法无法处理合成部件。',
      method: '提出一种基于图的新方法。',
      result: '在三个基准上优于基线。',
      conclusion: '合成部件值得进一步研究。',
    },
    ...overrides,
  };
}

export function jsonl(records: readonly unknown[]): string {
  return `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
}

/** A published English day of these papers, as the ingest writes it. */
export function dailyDigest(date: string, papers: Paper[]): DailyDigest {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'daily',
    date,
    language: 'en',
    source: { format: 'jsonl', files: ['x.jsonl'] },
    stats: { records: papers.length, duplicatesRemoved: 0, skipped: 0 },
    papers,
  };
}
