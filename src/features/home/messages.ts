/**
 * The home page's own text in both interface languages. It loads with the page's code, not in
 * the first bundle (src/i18n/index.ts, `usePageMessages`); TypeScript checks that the Chinese
 * has every entry of the English and no other.
 */
import type { Localised } from '@/i18n';

const en = {
  title: 'arXiv digests',
  empty: 'No digests yet. Run',
  emptyAfter: "to add a pipeline's output.",
  latestDaily: 'Latest daily digest',
  latestWeekly: 'Latest weekly digest',
  archive: 'Archive',
  archiveCounts: (days: string, papers: string, weeklies: string) =>
    `${days} days · ${papers} papers · ${weeklies} weekly digests`,
  sinceNew: (papers: string, days: string) =>
    `New since your last visit: ${papers} papers listed over ${days} days`,
  sinceNone: 'Nothing new since your last visit. Catch up on the last 3 days',
};

const zh: typeof en = {
  title: 'arXiv 摘要',
  empty: '还没有摘要。运行',
  emptyAfter: '来导入流水线的输出。',
  latestDaily: '最新每日摘要',
  latestWeekly: '最新每周摘要',
  archive: '归档',
  archiveCounts: (days, papers, weeklies) => `${days} 天 · ${papers} 篇论文 · ${weeklies} 期周报`,
  sinceNew: (papers, days) => `上次访问以来的新论文：${days} 天共收录 ${papers} 篇`,
  sinceNone: '上次访问以来没有新论文。查看最近 3 天',
};

export const homeMessages: Localised<typeof en> = { en, zh };
