/**
 * The weekly page's own text in both interface languages. It loads with the page's code, not in
 * the first bundle (src/i18n/index.ts, `usePageMessages`); TypeScript checks that the Chinese
 * has every entry of the English and no other.
 */
import type { Localised } from '@/i18n';
import { plural } from '@/i18n/plural';

const en = {
  title: 'Weekly digest',
  titleWithId: (id: string) => `Weekly digest ${id}`,
  none: (id: string) => `There is no weekly digest “${id}”.`,
  failed: 'This weekly digest could not be loaded.',
  papersAnalyzed: (n: string) => `${n} papers analyzed`,
  breakthroughCount: (n: number, f: string) => `${f} ${plural(n, 'breakthrough', 'breakthroughs')}`,
  trendCount: (n: number, f: string) => `${f} ${plural(n, 'trend', 'trends')}`,
  notableCount: (n: number, f: string) => `${f} ${plural(n, 'notable paper', 'notable papers')}`,
  summary: 'Summary',
  keyTakeaway: 'Key Takeaway',
  breakthroughs: 'Breakthroughs',
  trends: 'Trends',
  notablePapers: 'Notable Papers',
  honorableMentions: 'Honorable Mentions',
  paperPage: 'Paper page',
  whyNovel: 'Why Novel',
  keyInnovations: 'Key Innovations',
  evidence: 'Evidence',
  impact: 'Impact',
  from: {
    daily: 'daily paper',
    breakthrough: 'breakthrough',
    notable: 'notable paper',
    honorable: 'honorable mention',
  },
  chooseTrend: 'Choose a trend to see its description and the papers linked to it.',
  trend: (name: string) => `Trend: ${name}`,
  noLinked: 'No papers linked to this trend.',
  linked: (n: number, f: string) => `${f} linked ${plural(n, 'paper', 'papers')}`,
  namedByTrend: 'named by the trend',
  relevance: (percent: string) => `relevance ${percent}%`,
};

const zh: typeof en = {
  title: '每周摘要',
  titleWithId: (id) => `每周摘要 ${id}`,
  none: (id) => `没有名为“${id}”的每周摘要。`,
  failed: '无法加载这份每周摘要。',
  papersAnalyzed: (n) => `分析了 ${n} 篇论文`,
  breakthroughCount: (_n, f) => `${f} 项突破`,
  trendCount: (_n, f) => `${f} 个趋势`,
  notableCount: (_n, f) => `${f} 篇值得关注的论文`,
  summary: '概述',
  keyTakeaway: '核心要点',
  breakthroughs: '突破',
  trends: '趋势',
  notablePapers: '值得关注的论文',
  honorableMentions: '其他推荐',
  paperPage: '论文页',
  whyNovel: '新颖之处',
  keyInnovations: '关键创新',
  evidence: '证据',
  impact: '影响',
  from: {
    daily: '每日论文',
    breakthrough: '突破',
    notable: '值得关注的论文',
    honorable: '其他推荐',
  },
  chooseTrend: '选择一个趋势，查看它的说明和相关论文。',
  trend: (name) => `趋势：${name}`,
  noLinked: '没有与这个趋势关联的论文。',
  linked: (_n, f) => `${f} 篇相关论文`,
  namedByTrend: '趋势中直接提到',
  relevance: (percent) => `相关度 ${percent}%`,
};

export const weeklyMessages: Localised<typeof en> = { en, zh };
