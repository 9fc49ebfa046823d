/** The /since page's own text (loads with the page: ADR 0020). */
import type { Localised } from '@/i18n';

const en = {
  title: 'New since your last visit',
  range: (from: string, to: string) => `Papers from ${from} to ${to}`,
  sinceVisit: (previous: string, days: string) =>
    `Every paper of the ${days} days after your last visit (the archive then ended on ${previous}), each once.`,
  firstVisit: (days: string) =>
    `Your first visit here: the last ${days} days, each paper once. Next time, this page shows what is new since today.`,
  days: (days: string) => `${days} days, each paper once.`,
  quick: 'Other ranges',
  days3: 'Last 3 days',
  week: 'Last week',
  month: 'Last month',
  nothing: 'No digest in this range.',
  papers: (papers: string, days: string) => `${papers} papers from ${days} days`,
  repeated: (n: string) => ` (${n} repeated listings shown once)`,
  loading: (n: string) => ` · loading ${n} older days…`,
};

const zh: typeof en = {
  title: '上次访问以来的新论文',
  range: (from, to) => `${from} 至 ${to} 的论文`,
  sinceVisit: (previous, days) =>
    `你上次访问之后 ${days} 天的全部论文（当时存档截至 ${previous}），每篇只显示一次。`,
  firstVisit: (days) =>
    `你第一次访问：最近 ${days} 天，每篇只显示一次。下次这里会显示今天以来的新论文。`,
  days: (days) => `${days} 天，每篇只显示一次。`,
  quick: '其他时间范围',
  days3: '最近 3 天',
  week: '最近一周',
  month: '最近一个月',
  nothing: '这个时间范围内没有摘要。',
  papers: (papers, days) => `${days} 天共 ${papers} 篇论文`,
  repeated: (n) => `（${n} 次重复收录只显示一次）`,
  loading: (n) => ` · 正在加载更早的 ${n} 天…`,
};

export const sinceMessages: Localised<typeof en> = { en, zh };
