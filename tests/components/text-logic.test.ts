import { describe, expect, it } from 'vitest';
import { filterPapers, groupByCategory, readFilters, writeFilters } from '@/features/daily/filters';
import { matchRanges, queryTerms } from '@/lib/highlight';
import { DAY_VIEW_PARAMS } from '@/boot/contract';
import { splitMath, splitTextMode } from '@/lib/math';
import type { PaperEntry } from '@/schema/digest';

describe('splitMath', () => {
  it('finds inline and display math', () => {
    expect(splitMath('Energy $E=mc^2$ and $$\\int f$$ and \\(a\\) and \\[b\\]')).toEqual([
      { kind: 'text', text: 'Energy ' },
      { kind: 'math', tex: 'E=mc^2', display: false },
      { kind: 'text', text: ' and ' },
      { kind: 'math', tex: '\\int f', display: true },
      { kind: 'text', text: ' and ' },
      { kind: 'math', tex: 'a', display: false },
      { kind: 'text', text: ' and ' },
      { kind: 'math', tex: 'b', display: true },
    ]);
  });

  it('leaves prices, escaped dollars and unbalanced dollars as text', () => {
    expect(splitMath('It costs $5 and $10.')).toEqual([
      { kind: 'text', text: 'It costs $5 and $10.' },
    ]);
    expect(splitMath('a \\$3 fee')).toEqual([{ kind: 'text', text: 'a $3 fee' }]);
    expect(splitMath('unbalanced $x^2 here')).toEqual([
      { kind: 'text', text: 'unbalanced $x^2 here' },
    ]);
  });
});

describe('splitTextMode', () => {
  it('styles \\emph, \\textbf and \\texttt and sets dashes and quotes', () => {
    expect(splitTextMode("a -- \\emph{b} ``c'' \\textbf{d} \\texttt{e--f} g---h")).toEqual([
      { text: 'a \u2013 ' },
      { text: 'b', style: 'em' },
      { text: ' \u201cc\u201d ' },
      { text: 'd', style: 'strong' },
      { text: ' ' },
      { text: 'e--f', style: 'code' },
      { text: ' g\u2014h' },
    ]);
  });

  it('leaves an unclosed command as text', () => {
    expect(splitTextMode('\\emph{open')).toEqual([{ text: '\\emph{open' }]);
  });
});

describe('highlight', () => {
  it('splits a query into distinct lower-case terms', () => {
    expect(queryTerms('  Graph  graph 蛋白质 ')).toEqual(['graph', '蛋白质']);
  });

  it('finds merged, case-insensitive ranges in Chinese and English', () => {
    expect(matchRanges('Graph graphs', ['graph'])).toEqual([
      { start: 0, end: 5 },
      { start: 6, end: 11 },
    ]);
    expect(matchRanges('研究蛋白质折叠', ['蛋白质', '白质折'])).toEqual([{ start: 2, end: 6 }]);
  });
});

const paper = (id: string, cat: string, title: string, tldr = ''): PaperEntry => ({
  id,
  title,
  authors: ['Ada Lovelace'],
  categories: [cat],
  classifications: [],
  links: { abs: `https://arxiv.org/abs/${id}` },
  ...(tldr ? { tldr } : {}),
  summarised: tldr !== '',
});

describe('filters', () => {
  const papers = [
    paper('2601.00001', 'cs.LG', 'Graph learning', '图学习方法'),
    paper('2601.00002', 'hep-th', 'String theory'),
    paper('2601.00003', 'cs.LG', 'Protein folding', '蛋白质折叠'),
  ];
  const ctx = { trendPapers: new Map([['Proteins', new Set(['2601.00003', '2601.00002'])]]) };
  const ids = (f: Parameters<typeof filterPapers>[1]) =>
    filterPapers(papers, f, ctx).map((p) => p.id);

  it('takes the union of categories, the union of trends, and every text term', () => {
    expect(ids({ categories: ['cs.LG', 'hep-th'], trends: [], query: '' })).toHaveLength(3);
    expect(ids({ categories: ['cs.LG'], trends: ['Proteins'], query: '' })).toEqual(['2601.00003']);
    expect(ids({ categories: [], trends: [], query: '蛋白质' })).toEqual(['2601.00003']);
    expect(ids({ categories: [], trends: [], query: 'ada graph' })).toEqual(['2601.00001']);
    expect(ids({ categories: [], trends: [], query: 'nothing-like-this' })).toEqual([]);
    expect(ids({ categories: [], trends: [], query: '2601.00002' })).toEqual(['2601.00002']);
  });

  it('searches the details too once they are loaded, every term anywhere in the paper', () => {
    const details = new Map([
      [
        '2601.00002',
        {
          id: '2601.00002',
          abstract: 'Branes in eleven dimensions.',
          summary: {
            method: '弦论的新方法',
            extra: [{ key: 'data', label: 'Data', text: 'LHC runs' }],
          },
        },
      ],
    ]);
    const withDetails = (query: string) =>
      filterPapers(papers, { categories: [], trends: [], query }, { ...ctx, details }).map(
        (p) => p.id,
      );
    expect(ids({ categories: [], trends: [], query: 'branes' })).toEqual([]);
    expect(withDetails('branes')).toEqual(['2601.00002']);
    expect(withDetails('弦论 lhc string')).toEqual(['2601.00002']);
    expect(withDetails('branes graph')).toEqual([]);
  });

  it('round-trips through the URL and keeps other parameters', () => {
    const params = writeFilters(new URLSearchParams('lang=zh'), {
      categories: ['cs.LG', 'hep-th'],
      trends: ['A & B'],
      query: '蛋白 x',
    });
    expect(params.toString()).toBe(
      'lang=zh&cat=cs.LG&cat=hep-th&trend=A+%26+B&q=%E8%9B%8B%E7%99%BD+x',
    );
    expect(readFilters(new URLSearchParams(params.toString()))).toEqual({
      categories: ['cs.LG', 'hep-th'],
      trends: ['A & B'],
      query: '蛋白 x',
      hideRead: false,
      forYou: false,
      watched: false,
      showMuted: false,
    });
    const hiding = writeFilters(params, { ...readFilters(params), hideRead: true });
    expect(hiding.get('hide')).toBe('read');
    expect(readFilters(hiding).hideRead).toBe(true);
    const ranked = writeFilters(hiding, { forYou: true });
    expect(ranked.get('sort')).toBe('for-you');
    expect(readFilters(ranked)).toMatchObject({ forYou: true, hideRead: true });
    expect(writeFilters(ranked, { forYou: false }).has('sort')).toBe(false);
    const watching = writeFilters(ranked, { watched: true, showMuted: true });
    expect(watching.toString()).toContain('watched=1&muted=show');
    expect(readFilters(watching)).toMatchObject({ watched: true, showMuted: true, forYou: true });
  });

  it('writes only parameters the startup script knows change the view (a prerendered day is hidden for them)', () => {
    const every = writeFilters(new URLSearchParams(), {
      categories: ['cs.LG'],
      trends: ['A'],
      query: 'x',
      hideRead: true,
      forYou: true,
      watched: true,
      showMuted: true,
    });
    const names = [...new Set(every.keys())];
    expect(names).toHaveLength(7);
    expect(names.filter((name) => !DAY_VIEW_PARAMS.includes(name))).toEqual([]);
  });

  it('groups by primary category in order of first appearance', () => {
    expect(groupByCategory(papers).map((g) => [g.category, g.papers.length])).toEqual([
      ['cs.LG', 2],
      ['hep-th', 1],
    ]);
  });
});
