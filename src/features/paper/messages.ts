/**
 * The paper page's own text in both interface languages. It loads with the page's code, not in
 * the first bundle (src/i18n/index.ts, `usePageMessages`); TypeScript checks that the Chinese
 * has every entry of the English and no other.
 */
import type { Localised } from '@/i18n';

const en = {
  notInArchive: (id: string) => `arXiv:${id} is not in any digest of this archive.`,
  openOnArxiv: 'Open it on arXiv',
  or: 'or',
  browse: 'browse the archive',
  heading: 'Paper ',
  failed: 'This paper could not be loaded.',
  listedIn: 'Listed in',
  dailyDigest: (date: string) => `Daily digest ${date}`,
  trend: (name: string) => `, trend “${name}”`,
  similar: 'Similar papers',
  similarLoading: 'Finding similar papers…',
  similarNone: 'No similar paper in this archive.',
  similarFailed: 'The similar papers could not be loaded.',
};

const zh: typeof en = {
  notInArchive: (id) => `arXiv:${id} 不在本归档的任何摘要中。`,
  openOnArxiv: '在 arXiv 上打开',
  or: '或',
  browse: '浏览归档',
  heading: '论文 ',
  failed: '无法加载这篇论文。',
  listedIn: '收录于',
  dailyDigest: (date) => `${date} 每日摘要`,
  trend: (name) => `，趋势“${name}”`,
  similar: '相似论文',
  similarLoading: '正在查找相似论文…',
  similarNone: '本归档中没有相似论文。',
  similarFailed: '无法加载相似论文。',
};

export const paperMessages: Localised<typeof en> = { en, zh };
