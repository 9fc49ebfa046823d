/** Our own small archive: one daily digest of three papers and the weekly digest covering it. */
import {
  SCHEMA_VERSION,
  splitDaily,
  type DailyDigest,
  type Manifest,
  type Paper,
  type PaperIndex,
  type WeeklyDigest,
} from '@/schema/digest';
import { files, requests } from './msw-server';

export const DATE = '2026-03-04';

export const papers: Paper[] = [
  {
    id: '2603.00001',
    title: 'Graph Widgets with $O(n^2)$ Edges',
    authors: Array.from({ length: 12 }, (_, i) => `Author Number${i + 1}`),
    categories: ['cs.LG', 'stat.ML'],
    classifications: ['I.2.6'],
    abstract: 'We build graph widgets.\n\nA second paragraph.',
    comment: '12 pages',
    links: {
      abs: 'https://arxiv.org/abs/2603.00001',
      pdf: 'https://arxiv.org/pdf/2603.00001',
      code: 'https://github.com/example/widgets',
    },
    codeStars: 42,
    summary: {
      tldr: '提出图部件的新方法。',
      motivation: '动机：图部件很难。',
      method: '方法：新的图算法。',
      result: '结果：更快。',
      conclusion: '结论：有用。',
      extra: [],
    },
  },
  {
    id: '2603.00002',
    title: 'Protein Widgets Fold',
    authors: ['Bea Biologist'],
    categories: ['cs.LG'],
    classifications: [],
    abstract: 'Protein widgets fold quickly.',
    links: { abs: 'https://arxiv.org/abs/2603.00002', pdf: 'https://arxiv.org/pdf/2603.00002' },
    summary: {
      tldr: '蛋白质部件快速折叠。',
      method: '分子动力学。',
      extra: [{ key: 'data', label: 'Data', text: '模拟数据。' }],
    },
  },
  {
    id: '2603.00003',
    title: 'Strings <img src=x onerror="window.__pwned=1"> of Widgets',
    authors: ['Cy Physicist'],
    categories: ['hep-th'],
    classifications: [],
    abstract: 'String widgets vibrate.',
    links: { abs: 'https://arxiv.org/abs/2603.00003', pdf: 'https://arxiv.org/pdf/2603.00003' },
    summary: { extra: [] },
  },
];

export const daily: DailyDigest = {
  schemaVersion: SCHEMA_VERSION,
  kind: 'daily',
  date: DATE,
  language: 'zh',
  source: { format: 'jsonl', files: ['2026-03-04_AI_enhanced_Chinese.jsonl'] },
  stats: { records: 3, duplicatesRemoved: 0, skipped: 0 },
  papers,
};

export const weekly: WeeklyDigest = {
  schemaVersion: SCHEMA_VERSION,
  kind: 'weekly',
  id: 'widget-science-2026-w10',
  title: 'Widget Science: March 2026 Week 10',
  start: '2026-03-02',
  end: '2026-03-08',
  stated: { papersAnalyzed: 30, breakthroughs: 1, notablePapers: 1 },
  summary: 'A week of widgets. (1) 2603.00009 builds a quantum widget.',
  keyTakeaway: 'Widgets fold.',
  breakthroughs: [
    {
      title: 'Quantum widgets',
      arxivId: '2603.00009',
      whyNovel: 'First quantum widget.',
      keyInnovations: ['Entangled hinges'],
      evidence: ['Fidelity 0.99'],
      impact: 'Faster widgets.',
    },
  ],
  trends: [
    { name: 'Proteins meet widgets', description: 'Widgets that fold like proteins.' },
    { name: 'Graph widgets', description: 'Graphs everywhere.' },
  ],
  notablePapers: [
    { title: 'Protein Widgets Fold', description: 'They fold.', arxivId: '2603.00002', date: DATE },
  ],
  honorableMentions: [{ title: 'A Widget Survey' }],
  trendLinks: [
    {
      trend: 'Proteins meet widgets',
      papers: [
        {
          id: '2603.00002',
          title: 'Protein Widgets Fold',
          date: DATE,
          from: 'notable',
          reason: 'mention',
          score: 0.6,
        },
      ],
    },
    {
      trend: 'Graph widgets',
      papers: [
        {
          id: '2603.00001',
          title: 'Graph Widgets with $O(n^2)$ Edges',
          date: DATE,
          from: 'daily',
          reason: 'lexical',
          score: 0.31,
        },
      ],
    },
  ],
  source: { files: ['w.txt'] },
};

export const DAILY_FILE = 'daily/2026-03-04.zh.aaaaaaaaaaaa.json';
export const DETAILS_FILE = 'details/2026-03-04.zh.eeeeeeeeeeee.json';
/** The day as published: its list file (naming its details file) and its details file. */
export const dailyList = { ...splitDaily(daily).list, details: DETAILS_FILE };
export const dailyDetails = splitDaily(daily).details;
export const WEEKLY_FILE = 'weekly/widget-science-2026-w10.bbbbbbbbbbbb.json';
export const INDEX_FILE = 'papers/2603.cccccccccccc.json';

export const manifest: Manifest = {
  schemaVersion: SCHEMA_VERSION,
  dailies: [
    {
      date: DATE,
      language: 'zh',
      file: DAILY_FILE,
      paperCount: 3,
      categories: { 'cs.LG': 2, 'hep-th': 1 },
    },
    {
      date: '2026-03-03',
      language: 'zh',
      file: 'daily/2026-03-03.zh.dddddddddddd.json',
      paperCount: 0,
      categories: {},
    },
  ],
  weeklies: [
    {
      id: weekly.id,
      title: weekly.title,
      start: weekly.start,
      end: weekly.end,
      file: WEEKLY_FILE,
      trends: weekly.trends.map((t) => t.name),
    },
  ],
  paperIndex: { '2603': INDEX_FILE },
};

export const paperIndex: PaperIndex = {
  schemaVersion: SCHEMA_VERSION,
  kind: 'paper-index',
  key: '2603',
  papers: Object.fromEntries(papers.map((p) => [p.id, [`${DATE}.zh`]])),
};

/** Serves the fixture archive; tests may replace single files afterwards. */
export function serveArchive(): void {
  files.clear();
  requests.length = 0;
  files.set('manifest.json', manifest);
  files.set(DAILY_FILE, dailyList);
  files.set(DETAILS_FILE, dailyDetails);
  files.set(WEEKLY_FILE, weekly);
  files.set(INDEX_FILE, paperIndex);
}
