import { describe, expect, it } from 'vitest';
import { linkTrends, terms, withLinks } from '../../scripts/ingest/trend-links.ts';
import { SCHEMA_VERSION, type Paper, type WeeklyDigest } from '../../src/schema/digest.ts';
import { dailyDigest } from '../helpers/fixtures.ts';

function paper(id: string, title: string, abstract: string, tldr?: string): Paper {
  return {
    id,
    title,
    authors: ['A. Author'],
    categories: ['cs.LG'],
    classifications: [],
    abstract,
    links: { abs: `https://arxiv.org/abs/${id}` },
    summary: { ...(tldr ? { tldr } : {}), extra: [] },
  };
}

const week: WeeklyDigest = {
  schemaVersion: SCHEMA_VERSION,
  kind: 'weekly',
  id: 'widget-science-2026-w03',
  title: 'Widget Science',
  start: '2026-01-12',
  end: '2026-01-18',
  stated: {},
  breakthroughs: [],
  trends: [
    {
      name: 'Graph networks for widget assembly',
      description: 'WidgetNet shows graph networks predict widget assembly from parts.',
    },
    {
      name: 'Quantum sensors go portable',
      description: 'Portable quantum magnetometers reach clinical sensitivity in field trials.',
    },
  ],
  notablePapers: [
    {
      title: 'WidgetNet: Graph Networks for Widgets',
      description: 'Graph networks over widget parts.',
    },
  ],
  honorableMentions: [],
  trendLinks: [],
  source: { files: ['w.txt'] },
};

const dailies = [
  dailyDigest('2026-01-13', [
    paper(
      '2601.02001',
      'Predicting widget assembly with graph networks',
      'We train graph networks on widget parts to predict assembly outcomes and assembly order.',
    ),
    paper(
      '2601.02002',
      'A portable quantum magnetometer for clinical use',
      'Portable quantum sensors measure weak magnetic fields with clinical sensitivity in field trials.',
    ),
    paper(
      '2601.02003',
      'Protein folding kinetics',
      'We measure folding rates of small proteins in solution.',
    ),
    paper('2601.02004', 'Networks of roads', 'A study of road networks and traffic.'),
  ]),
  // Outside the week's range: never linked.
  dailyDigest('2026-01-20', [
    paper(
      '2601.02005',
      'Graph networks for widget assembly, again',
      'Graph networks predict widget assembly from parts.',
    ),
  ]),
];

describe('trend links', () => {
  it('links explicit mentions and lexically relevant daily papers in the week, nothing else', () => {
    const links = linkTrends(week, dailies);
    const graph = links[0]!.papers;
    expect(graph[0]).toMatchObject({
      title: 'WidgetNet: Graph Networks for Widgets',
      from: 'notable',
      reason: 'mention',
    });
    expect(graph.map((p) => p.id)).toContain('2601.02001');
    expect(graph.map((p) => p.id)).not.toContain('2601.02003');
    expect(graph.map((p) => p.id)).not.toContain('2601.02004');
    expect(graph.map((p) => p.id)).not.toContain('2601.02005');
    const sensors = links[1]!.papers;
    expect(sensors.map((p) => [p.id, p.reason])).toEqual([['2601.02002', 'lexical']]);
  });

  it('links a paper whose arXiv id the trend names', () => {
    const named = {
      ...week,
      trends: [{ name: 'Folding', description: 'See 2601.02003 for rates.' }],
    };
    expect(linkTrends(named, dailies)[0]!.papers).toEqual([
      expect.objectContaining({
        id: '2601.02003',
        date: '2026-01-13',
        reason: 'mention',
        from: 'daily',
      }),
    ]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(linkTrends(week, dailies))).toBe(
      JSON.stringify(linkTrends(week, [...dailies].reverse())),
    );
  });

  it('resolves listed papers to their daily card by title', () => {
    const listed = {
      ...week,
      notablePapers: [{ title: 'Predicting Widget Assembly with Graph Networks' }],
    };
    expect(withLinks(listed, dailies).notablePapers[0]).toEqual({
      title: 'Predicting Widget Assembly with Graph Networks',
      arxivId: '2601.02001',
      date: '2026-01-13',
    });
  });

  it('stems English terms and drops stop words', () => {
    expect(terms('The networks are predicting assemblies')).toEqual(
      terms('network predict assembly'),
    );
    expect(terms('the of and with')).toEqual([]);
  });
});
