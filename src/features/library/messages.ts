/**
 * The reading-list page's own text in both interface languages. It loads with the page's code,
 * not in the first bundle (src/i18n/index.ts, `usePageMessages`); the Save and Read buttons'
 * text, on every card, stays in src/i18n.
 */
import type { Localised } from '@/i18n';

const en = {
  title: 'Reading list',
  intro: (saved: string, unread: string) =>
    `Kept in this browser only. ${saved} saved, ${unread} unread.`,
  tools: 'Reading list tools',
  exportBibtex: 'Export BibTeX',
  exportJson: 'Export JSON',
  import: 'Import a reading list (JSON)',
  imported: (n: string) => `Imported: ${n} new papers.`,
  notImported: (reason: string) => `Not imported: ${reason}.`,
  empty: 'Nothing saved yet: use Save on any paper.',
  allRead: 'Every saved paper is marked read.',
  libraryHeading: 'Your library',
  libraryIntro: (n: string, inArchive: string) =>
    `${n} papers of your own library teach the For-you order (${inArchive} of them are in this archive). Kept in this browser only.`,
  libraryNone:
    'Import your own library (a BibTeX or RIS export from Zotero, Mendeley or EndNote, or a list of arXiv ids) and the For-you order learns from it before you save anything. The file stays in this browser.',
  importLibrary: 'Import library (BibTeX, RIS or arXiv ids)',
  importing: 'Reading the file…',
  libraryImported: (file: string, read: string, added: string, inArchive: string) =>
    `${file}: ${read} papers read, ${added} new, ${inArchive} found in this archive.`,
  librarySkipped: (n: string) => ` ${n} entries without a title or an arXiv id were left out.`,
  libraryNotImported: (file: string, reason: string) =>
    `${file} was not imported: ${reason}. Nothing was changed.`,
  removeLibrary: 'Remove imported library',
  libraryRemoved: (n: string) => `Removed ${n} imported papers.`,
  undo: 'Undo',
  showLibrary: (n: string) => `Show the ${n} imported papers`,
  moreLibrary: (n: string) => `and ${n} more`,
};

const zh: typeof en = {
  title: '阅读列表',
  intro: (saved, unread) => `仅保存在本浏览器中。已收藏 ${saved} 篇，未读 ${unread} 篇。`,
  tools: '阅读列表工具',
  exportBibtex: '导出 BibTeX',
  exportJson: '导出 JSON',
  import: '导入阅读列表（JSON）',
  imported: (n) => `已导入：新增 ${n} 篇论文。`,
  notImported: (reason) => `未导入：${reason}。`,
  empty: '还没有收藏：在任意论文上点“收藏”。',
  allRead: '所有收藏的论文都已标为已读。',
  libraryHeading: '你的文献库',
  libraryIntro: (n, inArchive) =>
    `你的文献库中有 ${n} 篇论文用于“为你推荐”排序（其中 ${inArchive} 篇在本存档中）。仅保存在本浏览器中。`,
  libraryNone:
    '导入你自己的文献库（Zotero、Mendeley 或 EndNote 导出的 BibTeX 或 RIS 文件，或 arXiv 编号列表），“为你推荐”在你收藏任何论文之前就能从中学习。文件只留在本浏览器中。',
  importLibrary: '导入文献库 Import library（BibTeX、RIS 或 arXiv 编号）',
  importing: '正在读取文件…',
  libraryImported: (file, read, added, inArchive) =>
    `${file}：读取 ${read} 篇论文，新增 ${added} 篇，本存档中找到 ${inArchive} 篇。`,
  librarySkipped: (n) => ` 另有 ${n} 条既无标题也无 arXiv 编号的条目未导入。`,
  libraryNotImported: (file, reason) => `${file} 未导入：${reason}。没有做任何更改。`,
  removeLibrary: '移除导入的文献库',
  libraryRemoved: (n) => `已移除 ${n} 篇导入的论文。`,
  undo: '撤销',
  showLibrary: (n) => `显示导入的 ${n} 篇论文`,
  moreLibrary: (n) => `以及另外 ${n} 篇`,
};

export const libraryMessages: Localised<typeof en> = { en, zh };
