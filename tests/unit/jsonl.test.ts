import { describe, expect, it } from 'vitest';
import { parseJsonlDay, type JsonlOptions } from '../../scripts/ingest/jsonl.ts';
import { formatIssue, Reporter } from '../../scripts/ingest/report.ts';
import { jsonl, upstreamRecord } from '../helpers/fixtures.ts';

const enhanced = (lang: string): JsonlOptions => ({
  file: `data/2026-01-05_AI_enhanced_${lang}.jsonl`,
  fileName: `2026-01-05_AI_enhanced_${lang}.jsonl`,
  date: '2026-01-05',
  statedLanguage: lang,
  enhanced: true,
});

function parse(text: string, opts: JsonlOptions = enhanced('Chinese')) {
  const reporter = new Reporter();
  const day = parseJsonlDay(text, opts, reporter);
  return { day, reporter, messages: reporter.issues.map(formatIssue) };
}

describe('parseJsonlDay', () => {
  it('reads the current upstream record', () => {
    const rec = upstreamRecord({
      id: '2601.00042v2',
      code_url: 'https://github.com/example/widgets',
      code_stars: 7,
    });
    const { day, messages } = parse(jsonl([rec]));
    expect(messages).toEqual([]);
    expect(day.language).toBe('zh');
    expect(day.format).toBe('jsonl');
    const [p] = day.papers;
    expect(p).toMatchObject({
      id: '2601.00042',
      categories: ['cs.LG', 'stat.ML'],
      abstract: 'We study synthetic widgets. They are made up for this test.',
      links: {
        abs: 'https://arxiv.org/abs/2601.00042',
        code: 'https://github.com/example/widgets',
        html: 'https://arxiv.org/html/2601.00042',
      },
      codeStars: 7,
    });
    expect(p!.summary.tldr).toContain('合成部件');
    expect(p!.summary.conclusion).toBeDefined();
  });

  it('takes the oldest schema’s AI.task as the TL;DR', () => {
    const rec = upstreamRecord({
      AI: {
        task: '评估模型的能力。',
        motivation: '动机。',
        method: '方法。',
        result: '结果。',
        conclusion: '结论。',
      },
    });
    expect(parse(jsonl([rec])).day.papers[0]!.summary.tldr).toBe('评估模型的能力。');
  });

  it('reads the fork field names and full-name categories', () => {
    const rec = {
      id: '2509.99999',
      title: 'Fork Record',
      authors: ['C. Fork'],
      abstract: 'An abstract.',
      subjects: 'Computer Vision and Pattern Recognition (cs.CV); Machine Learning (cs.LG)',
      categories: ['Computer Vision and Pattern Recognition (cs.CV)', 'Machine Learning (cs.LG)'],
      comments: '9 pages',
      pdf_url: 'https://arxiv.org/pdf/2509.99999.pdf',
      abstract_url: 'https://arxiv.org/abs/2509.99999',
      AI: {
        tldr: '一个分支记录。',
        motivation: 'Error',
        method: 'Error',
        result: 'Error',
        conclusion: 'Error',
      },
    };
    const { day } = parse(jsonl([rec]));
    expect(day.papers[0]).toMatchObject({
      categories: ['cs.CV', 'cs.LG'],
      comment: '9 pages',
      abstract: 'An abstract.',
      links: { pdf: 'https://arxiv.org/pdf/2509.99999.pdf' },
      summary: { tldr: '一个分支记录。', extra: [] },
    });
    expect(day.papers[0]!.summary.motivation).toBeUndefined();
  });

  it('keeps a fork’s extra AI fields as labelled sections', () => {
    const rec = upstreamRecord({
      AI: {
        tldr: '星系模拟工具。',
        background: '背景说明。',
        data: '模拟数据。',
        method: '方法说明。',
        result: '结果说明。',
      },
    });
    const { day } = parse(jsonl([rec]), { ...enhanced(''), statedLanguage: '' });
    const s = day.papers[0]!.summary;
    expect(s.motivation).toBeUndefined();
    expect(s.extra).toEqual([
      { key: 'background', label: 'Background', text: '背景说明。' },
      { key: 'data', label: 'Data', text: '模拟数据。' },
    ]);
    // An empty language in the file name: told from the text.
    expect(day.language).toBe('zh');
  });

  it('treats placeholder summaries as missing and says so', () => {
    const rec = upstreamRecord({
      AI: {
        tldr: 'Summary generation failed',
        motivation: 'Motivation analysis unavailable',
        method: 'Error',
        result: 'Error',
        conclusion: 'Error',
      },
    });
    const { day, messages } = parse(jsonl([rec]));
    expect(day.papers[0]!.summary).toEqual({ extra: [] });
    expect(messages.join('\n')).toMatch(/1 papers have only placeholder summaries/);
  });

  it('removes duplicate ids, keeping the copy with the most summary', () => {
    const a = upstreamRecord({ id: '2601.11111', AI: { tldr: 'Error' } });
    const b = upstreamRecord({ id: '2601.11111' });
    const c = upstreamRecord({ id: '2601.22222' });
    const { day } = parse(jsonl([a, b, c, b]));
    expect(day.records).toBe(4);
    expect(day.duplicatesRemoved).toBe(2);
    expect(day.papers.map((p) => p.id)).toEqual(['2601.11111', '2601.22222']);
    expect(day.papers[0]!.summary.tldr).toBeDefined();
  });

  it('reports each bad line as file:line: reason and keeps the good ones', () => {
    const good = JSON.stringify(upstreamRecord({ id: '2601.33333' }));
    const text = [
      good,
      '{"id": "2601.4',
      '[1,2]',
      JSON.stringify({ id: 'not an id', title: 'x' }),
      JSON.stringify({ id: '2601.55555' }),
    ].join('\n');
    const { day, messages } = parse(text);
    expect(day.papers.map((p) => p.id)).toEqual(['2601.33333']);
    expect(day.skipped).toBe(4);
    expect(messages).toEqual([
      expect.stringMatching(
        /^data\/2026-01-05_AI_enhanced_Chinese\.jsonl:2: skipped: invalid JSON/,
      ),
      'data/2026-01-05_AI_enhanced_Chinese.jsonl:3: skipped: not a JSON object',
      'data/2026-01-05_AI_enhanced_Chinese.jsonl:4: skipped: invalid arXiv id "not an id"',
      'data/2026-01-05_AI_enhanced_Chinese.jsonl:5: skipped: paper 2601.55555: missing title',
    ]);
  });

  it('drops link fields that are not http(s) URLs, with a warning', () => {
    const rec = upstreamRecord({
      id: '2601.66666',
      pdf: 'javascript:alert(1)',
      code_url: 'JaVaScRiPt:alert(1)',
    });
    const { day, messages } = parse(jsonl([rec]));
    expect(day.papers[0]!.links.pdf).toBe('https://arxiv.org/pdf/2601.66666');
    expect(day.papers[0]!.links.code).toBeUndefined();
    expect(messages.filter((m) => m.includes('link dropped'))).toHaveLength(2);
  });

  it('labels summaries that are not in the language the file name states', () => {
    const zh = upstreamRecord();
    const en = upstreamRecord({
      AI: { tldr: 'An English summary that the Chinese file should not contain at all.' },
    });
    const { day, messages } = parse(jsonl([zh, en]));
    expect(day.language).toBe('zh');
    expect(day.papers[1]!.summaryLanguage).toBe('en');
    expect(day.papers[0]!.summaryLanguage).toBeUndefined();
    expect(messages.join('\n')).toMatch(/1 of 2 summaries are not in the stated language \(zh\)/);
  });

  it('makes a digest of abstracts from a raw file without summaries', () => {
    const rec = upstreamRecord();
    delete rec.AI;
    const { day } = parse(jsonl([rec]), {
      file: '2026-01-05.jsonl',
      fileName: '2026-01-05.jsonl',
      date: '2026-01-05',
      statedLanguage: undefined,
      enhanced: false,
    });
    expect(day.format).toBe('raw-jsonl');
    expect(day.language).toBeNull();
    expect(day.papers).toHaveLength(1);
  });

  it('reports an empty file as an empty day', () => {
    const { day, messages } = parse('');
    expect(day.papers).toEqual([]);
    expect(messages).toEqual([
      'data/2026-01-05_AI_enhanced_Chinese.jsonl: warning: empty file: the day has no papers',
    ]);
  });

  it('splits classification codes from categories', () => {
    const rec = upstreamRecord({ categories: ['cs.CL', 'I.2.7; I.2.6', '68T50'] });
    expect(parse(jsonl([rec])).day.papers[0]).toMatchObject({
      categories: ['cs.CL'],
      classifications: ['I.2.7', 'I.2.6', '68T50'],
    });
  });
});
