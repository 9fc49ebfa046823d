import { describe, expect, it } from 'vitest';
import { parseMarkdownDay } from '../../scripts/ingest/markdown.ts';
import { formatIssue, Reporter } from '../../scripts/ingest/report.ts';

const opts = { file: 'days/2026-01-09.md', fileName: '2026-01-09.md', date: '2026-01-09' };

function parse(text: string) {
  const reporter = new Reporter();
  const day = parseMarkdownDay(text, opts, reporter);
  return { day, messages: reporter.issues.map(formatIssue) };
}

const entry = (
  n: number | null,
  id: string,
  title: string,
  cat: string | null,
  tldrLabel = 'TL;DR',
) => `
### ${n === null ? '' : `[${n}] `}[${title}](https://arxiv.org/abs/${id})
*Ada Example, Bo Sample*
${cat ? `\nMain category: ${cat}\n` : ''}
${tldrLabel}: 本文提出了一种关于${title}的方法。


<details>
  <summary>Details</summary>
Motivation: 动机在这里。

Method: 方法在这里，
跨越两行。

Result: 结果在这里。

Conclusion: 结论在这里。

Abstract: An abstract that is
hard-wrapped over lines, with $x^2$ math.

</details>
`;

const current = `<div id=toc></div>

# Table of Contents

- [cs.LG](#cs.LG) [Total: 2]
- [hep-th](#hep-th) [Total: 1]


<div id='cs.LG'></div>

# cs.LG [[Back]](#toc)
${entry(1, '2601.00101', 'Widgets [and] Gadgets: a (short) study', 'cs.LG')}
${entry(2, '2601.00102', 'Second Widget Paper', 'cs.LG')}

<div id='hep-th'></div>

# hep-th [[Back]](#toc)
${entry(3, '2601.00103', 'Strings of Widgets', 'hep-th')}
`;

describe('parseMarkdownDay', () => {
  it('reads the current format: TOC, groups, numbered entries and details', () => {
    const { day, messages } = parse(current);
    expect(messages).toEqual([]);
    expect(day.format).toBe('markdown');
    expect(day.language).toBe('zh');
    expect(day.papers.map((p) => [p.id, p.categories[0]])).toEqual([
      ['2601.00101', 'cs.LG'],
      ['2601.00102', 'cs.LG'],
      ['2601.00103', 'hep-th'],
    ]);
    const p = day.papers[0]!;
    expect(p.title).toBe('Widgets [and] Gadgets: a (short) study');
    expect(p.authors).toEqual(['Ada Example', 'Bo Sample']);
    expect(p.summary.method).toBe('方法在这里， 跨越两行。');
    expect(p.abstract).toBe('An abstract that is hard-wrapped over lines, with $x^2$ math.');
    expect(p.links.pdf).toBe('https://arxiv.org/pdf/2601.00101');
  });

  it('reads authors in either Markdown italics', () => {
    const { day } = parse(current.replace('*Ada Example, Bo Sample*', '_Cy Under, Di Score_'));
    expect(day.papers[0]!.authors).toEqual(['Cy Under', 'Di Score']);
  });

  it('reads the 2025-04 format with TLDR:', () => {
    const { day } = parse(current.replaceAll('TL;DR:', 'TLDR:'));
    expect(day.papers.every((p) => p.summary.tldr?.startsWith('本文'))).toBe(true);
  });

  it('reads the earliest format: no TOC, no numbers, no category, Task and Motivation before details', () => {
    const earliest = `### [Old Widget Paper](https://arxiv.org/abs/2503.00001)
*Ada Example,Bo Sample*

Task: 分析旧的部件。

Motivation: 旧的动机。

<details>
  <summary>Details</summary>
Method: 旧的方法。

Result: 旧的结果。

Conclusion: 旧的结论。

Abstract: Old abstract.

</details>
`;
    const { day, messages } = parse(earliest);
    expect(messages).toEqual([]);
    expect(day.papers[0]).toMatchObject({
      id: '2503.00001',
      categories: [],
      authors: ['Ada Example', 'Bo Sample'],
      summary: { tldr: '分析旧的部件。', motivation: '旧的动机。', conclusion: '旧的结论。' },
      abstract: 'Old abstract.',
    });
  });

  it('checks the table of contents totals against what was parsed', () => {
    const { messages } = parse(current.replace('[Total: 1]', '[Total: 4]'));
    expect(messages).toEqual([
      'days/2026-01-09.md:6: warning: table of contents says hep-th has 4 papers, 1 found',
      'days/2026-01-09.md:5: warning: table of contents totals 6 papers, 3 found',
    ]);
  });

  it('removes repeated entries and counts them', () => {
    const doubled = current + entry(4, '2601.00102', 'Second Widget Paper', 'cs.LG');
    const { day, messages } = parse(doubled);
    expect(day.records).toBe(4);
    expect(day.duplicatesRemoved).toBe(1);
    expect(day.papers).toHaveLength(3);
    expect(messages).toContain(
      'days/2026-01-09.md: warning: 1 duplicate entries removed (same id)',
    );
  });

  it('reports an entry whose link is not an arXiv paper, by line', () => {
    const bad = current.replace(
      '(https://arxiv.org/abs/2601.00102)',
      '(https://example.org/paper)',
    );
    const { day, messages } = parse(bad);
    expect(day.papers).toHaveLength(2);
    const line = bad.split('\n').findIndex((l) => l.includes('example.org')) + 1;
    expect(messages).toContain(
      `days/2026-01-09.md:${line}: skipped: link "https://example.org/paper" is not an arXiv paper`,
    );
  });
});
