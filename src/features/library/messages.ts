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
};

export const libraryMessages: Localised<typeof en> = { en, zh };
