/**
 * The search page's own text in both interface languages. It loads with the page's code, not in
 * the first bundle (src/i18n/index.ts, `usePageMessages`); TypeScript checks that the Chinese
 * has every entry of the English and no other.
 */
import type { Localised } from '@/i18n';
import { plural } from '@/i18n/plural';

const en = {
  title: 'Search the archive',
  queryLabel: 'Search titles, authors, summaries and abstracts',
  placeholder: 'e.g. diffusion 蛋白质',
  category: 'Category',
  allCategories: 'All categories',
  from: 'From',
  to: 'To',
  failed: 'The search could not be run.',
  noIndex: 'This archive has no search index.',
  noIndexHint: 'Run the ingest again to build one.',
  prompt: 'Type to search every paper in the archive, in English or Chinese.',
  loadingMore: 'Loading more results…',
  showMore: 'Show more results',
  nothingToSearch: (q: string) => `Nothing to search for in “${q}”.`,
  noMatch: (q: string) => `No papers match “${q}”.`,
  matches: (n: number, f: string, q: string, shown?: string) =>
    `${f} ${plural(n, 'paper matches', 'papers match')} “${q}”${shown ? `; the best ${shown} are shown` : ''}.`,
  sort: 'Sort',
  relevance: 'Relevance',
  forYou: 'For you',
  /** In the For-you order: which matches are sorted (by their title, authors and summary). */
  forYouPool: (f: string) =>
    ` The best ${f} matches, sorted for you by their titles, authors and summaries.`,
};

const zh: typeof en = {
  title: '搜索归档',
  queryLabel: '搜索标题、作者、AI 摘要和原文摘要',
  placeholder: '例如：diffusion 蛋白质',
  category: '分类',
  allCategories: '全部分类',
  from: '起始日期',
  to: '截止日期',
  failed: '无法执行搜索。',
  noIndex: '这个归档没有搜索索引。',
  noIndexHint: '重新运行导入命令即可生成。',
  prompt: '输入关键词，搜索归档中的全部论文（中英文均可）。',
  loadingMore: '正在加载更多结果…',
  showMore: '显示更多结果',
  nothingToSearch: (q) => `“${q}”中没有可搜索的词。`,
  noMatch: (q) => `没有论文匹配“${q}”。`,
  matches: (_n, f, q, shown) =>
    `${f} 篇论文匹配“${q}”${shown ? `；显示最相关的 ${shown} 篇` : ''}。`,
  sort: '排序',
  relevance: '相关度',
  forYou: '为你推荐',
  forYouPool: (f) => ` 最相关的 ${f} 篇按其标题、作者和摘要为你排序。`,
};

export const searchMessages: Localised<typeof en> = { en, zh };
