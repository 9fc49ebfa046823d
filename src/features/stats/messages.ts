/**
 * The stats page's own text in both interface languages. It loads with the page's code, not in
 * the first bundle (src/i18n/index.ts, `usePageMessages`); TypeScript checks that the Chinese
 * has every entry of the English and no other.
 */
import type { Localised } from '@/i18n';
import { plural } from '@/i18n/plural';

const en = {
  title: 'Trends and stats',
  failed: 'The archive could not be loaded.',
  ranges: { '30': 'Last 30 days', '90': 'Last 90 days', '365': 'Last year', all: 'Everything' },
  perDay: 'Papers per category per day',
  range: 'Range',
  perDayNote: (top: string) =>
    `Each paper counts on the date of the digest that lists it, under its primary category; the ${top} largest categories of the archive are shown separately.`,
  perDayChart: (days: string) =>
    `Stacked bar chart: papers per category on each of ${days} days. The table below has the figures.`,
  table: 'Table: papers per category per day',
  date: 'Date',
  total: 'Total',
  other: 'other',
  trendsTitle: 'Trends across weeks',
  trendsNote: 'Each weekly digest’s trends, with how many papers the ingest linked to each.',
  weeklyFailed: 'A weekly digest could not be loaded.',
  noWeeklies: 'The archive has no weekly digests yet.',
  trendsChart: (trends: string, weeks: string) =>
    `Bar chart: papers linked to each of ${trends} trends across ${weeks} weeks. The list below has the trends and their papers.`,
  linkedPapers: 'Linked papers',
  trendsCaption: 'Papers linked to each weekly trend',
  papers: (n: number, f: string) => `: ${f} ${plural(n, 'paper', 'papers')}`,
  andMore: (more: string) => `; and ${more} more`,
};

const zh: typeof en = {
  title: '趋势与统计',
  failed: '无法加载归档。',
  ranges: { '30': '最近 30 天', '90': '最近 90 天', '365': '最近一年', all: '全部' },
  perDay: '每天各分类的论文数',
  range: '时间范围',
  perDayNote: (top) =>
    `每篇论文计入收录它的摘要的日期，归入其主分类；归档中最大的 ${top} 个分类单独显示。`,
  perDayChart: (days) => `堆叠柱状图：${days} 天中每天各分类的论文数。下方表格列出具体数字。`,
  table: '表格：每天各分类的论文数',
  date: '日期',
  total: '合计',
  other: '其他',
  trendsTitle: '各周趋势',
  trendsNote: '每份周报中的趋势，以及导入时为每个趋势关联的论文数。',
  weeklyFailed: '有一份每周摘要无法加载。',
  noWeeklies: '归档中还没有每周摘要。',
  trendsChart: (trends, weeks) =>
    `柱状图：${weeks} 周中 ${trends} 个趋势各自关联的论文数。下方列表列出各趋势及其论文。`,
  linkedPapers: '相关论文',
  trendsCaption: '每个周趋势关联的论文数',
  papers: (_n, f) => `：${f} 篇论文`,
  andMore: (more) => `；等另外 ${more} 篇`,
};

export const statsMessages: Localised<typeof en> = { en, zh };
