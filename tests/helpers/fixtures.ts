/**
 * Builders for our own fixture records (never text from the real corpus): one upstream-style
 * JSONL record, with every field overridable.
 */
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
