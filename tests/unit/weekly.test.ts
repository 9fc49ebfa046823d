import { describe, expect, it } from 'vitest';
import { formatIssue, Reporter } from '../../scripts/ingest/report.ts';
import { isoWeek, parseDateRange, parseWeekly, weeklyId } from '../../scripts/ingest/weekly.ts';

const opts = { file: 'w/week.txt', fileName: 'week.txt' };

function parse(text: string) {
  const reporter = new Reporter();
  const week = parseWeekly(text, opts, reporter);
  return { week, messages: reporter.issues.map(formatIssue) };
}

/** Our own weekly digest in the publication's plain-text layout. */
const base = `Widget Science: January 2026 Week 3
Jan 12 – Jan 18, 2026 · 40 papers analyzed · 2 breakthroughs
Summary
Analyzed 40 papers. 2 breakthroughs: (1) 2601.01001 builds self-assembling widgets; (2) 2601.01002 measures widget entropy. Key trends: widget graphs.
Key Takeaway
Widgets are having a moment.
Breakthroughs (2)
1. Self-assembling widgets
Why Novel: First widgets that assemble themselves.
Key Innovations:
- Uses magnetic hinges
- Runs at room temperature
Evidence:
- — Assembly success rate of 98% across 50 trials
Impact: Cheaper widgets for everyone.
2. Widget entropy measured ()
Why Novel: A precise entropy estimate.
Key Innovations:
- A new estimator
Evidence:
- — Error bars below 1%
Impact: Settles a debate.
Trends
Widget graphs everywhere: Graph models of widgets appear in five papers this week.
Hinged assembly: Magnetic hinges make assembly cheap.
Notable Papers (2)
1. WidgetNet: Graph Networks for Widgets
Proposes graph networks over widget parts.
2. Hinges Considered Helpful
Studies magnetic hinges.
Honorable Mentions
- A Widget Benchmark (2601.01009)
- Another Widget Study ()
`;

describe('parseWeekly', () => {
  it('reads every section of a weekly digest', () => {
    const { week, messages } = parse(base);
    expect(messages).toEqual([]);
    expect(week).toMatchObject({
      id: 'widget-science-2026-w03',
      title: 'Widget Science: January 2026 Week 3',
      start: '2026-01-12',
      end: '2026-01-18',
      stated: { papersAnalyzed: 40, breakthroughs: 2, notablePapers: 2 },
      keyTakeaway: 'Widgets are having a moment.',
      trends: [
        {
          name: 'Widget graphs everywhere',
          description: 'Graph models of widgets appear in five papers this week.',
        },
        { name: 'Hinged assembly', description: 'Magnetic hinges make assembly cheap.' },
      ],
      notablePapers: [
        {
          title: 'WidgetNet: Graph Networks for Widgets',
          description: 'Proposes graph networks over widget parts.',
        },
        { title: 'Hinges Considered Helpful', description: 'Studies magnetic hinges.' },
      ],
      honorableMentions: [
        { title: 'A Widget Benchmark', arxivId: '2601.01009' },
        { title: 'Another Widget Study' },
      ],
    });
    expect(week!.breakthroughs[0]).toEqual({
      title: 'Self-assembling widgets',
      arxivId: '2601.01001',
      whyNovel: 'First widgets that assemble themselves.',
      keyInnovations: ['Uses magnetic hinges', 'Runs at room temperature'],
      evidence: ['Assembly success rate of 98% across 50 trials'],
      impact: 'Cheaper widgets for everyone.',
    });
    // Breakthrough 2's id comes from "(2) 2601.01002" in the summary; its empty () is removed.
    expect(week!.breakthroughs[1]).toMatchObject({
      title: 'Widget entropy measured',
      arxivId: '2601.01002',
    });
  });

  it('ignores a preamble line before the title, with a warning', () => {
    const { week, messages } = parse(`Back to artifacts\n${base}`);
    expect(week!.title).toBe('Widget Science: January 2026 Week 3');
    expect(messages).toEqual(['w/week.txt:1: warning: preamble line ignored: "Back to artifacts"']);
  });

  it('reads blank lines between every line and • bullets with indentation', () => {
    const variant = base
      .split('\n')
      .map((l) => l.replace(/^- /, '   • '))
      .join('\n\n');
    const { week } = parse(variant);
    expect(week!.breakthroughs[0]!.keyInnovations).toEqual([
      'Uses magnetic hinges',
      'Runs at room temperature',
    ]);
    expect(week!.honorableMentions).toHaveLength(2);
    expect(week!.trends).toHaveLength(2);
  });

  it('drops a title suffix that repeats the range', () => {
    const { week } = parse(base.replace('Week 3\n', 'Week 3 (Jan 12–18)\n'));
    expect(week!.title).toBe('Widget Science: January 2026 Week 3');
  });

  it('reads a date range across a year end', () => {
    const text = base.replace('Jan 12 – Jan 18, 2026', 'Dec 29 – Jan 4, 2026');
    const { week } = parse(text);
    expect([week!.start, week!.end]).toEqual(['2025-12-29', '2026-01-04']);
    expect(week!.id).toBe('widget-science-2026-w01');
  });

  it('drops items the generator broke, with a warning, and never keeps their text', () => {
    const broken = base
      .replace('- Runs at room temperature', '- [object Object]')
      .replace('- Another Widget Study ()', '- Another Widget Study — undefined')
      .replace('Hinged assembly: Magnetic hinges make assembly cheap.', '[object Object]');
    const { week, messages } = parse(broken);
    expect(JSON.stringify(week)).not.toMatch(/object Object|undefined/);
    expect(week!.breakthroughs[0]!.keyInnovations).toEqual(['Uses magnetic hinges']);
    expect(week!.honorableMentions).toEqual([
      { title: 'A Widget Benchmark', arxivId: '2601.01009' },
    ]);
    expect(week!.trends).toHaveLength(1);
    expect(messages.filter((m) => m.includes('dropped'))).toHaveLength(3);
  });

  it('notes a missing section and header counts that disagree with the lists', () => {
    const noMentions = base
      .slice(0, base.indexOf('Honorable Mentions'))
      .replace('2 breakthroughs', '3 breakthroughs');
    const { week, messages } = parse(noMentions);
    expect(week!.honorableMentions).toEqual([]);
    expect(week!.stated.breakthroughs).toBe(3);
    expect(messages).toContain('w/week.txt: warning: section "honorable" is missing');
    expect(messages).toContain('w/week.txt:2: warning: states 3 breakthroughs, 2 listed');
  });

  it('refuses text that is not a weekly digest', () => {
    const { week, messages } = parse('Just some notes\nnothing else');
    expect(week).toBeUndefined();
    expect(messages[0]).toMatch(/^w\/week\.txt: skipped: not a weekly digest/);
  });
});

describe('dates', () => {
  it.each([
    ['Feb 5 – Feb 11, 2026', '2026-02-05', '2026-02-11'],
    ['Mar 16–22, 2026', '2026-03-16', '2026-03-22'],
    ['Dec 29, 2025 – Jan 4, 2026', '2025-12-29', '2026-01-04'],
    ['September 28 - October 4, 2025', '2025-09-28', '2025-10-04'],
  ])('%s', (text, start, end) => expect(parseDateRange(text)).toEqual({ start, end }));

  it('rejects impossible dates', () =>
    expect(parseDateRange('Feb 30 – Mar 2, 2026')).toBeUndefined());

  it('names weeks by publication and ISO week', () => {
    expect(isoWeek('2026-02-05')).toEqual([2026, 6]);
    expect(isoWeek('2021-01-01')).toEqual([2020, 53]);
    expect(weeklyId('AI for Science: February 2026 Week 6', '2026-02-05')).toBe(
      'ai-for-science-2026-w06',
    );
  });
});
