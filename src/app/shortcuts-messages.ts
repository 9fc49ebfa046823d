/**
 * The shortcuts page's own text in both interface languages. It loads with the page's code, not in
 * the first bundle (src/i18n/index.ts, `usePageMessages`); TypeScript checks that the Chinese
 * has every entry of the English and no other.
 */
import type { Localised } from '@/i18n';

const en = {
  title: 'Keyboard shortcuts',
  close: 'Close',
  keys: {
    next: 'Next paper',
    previous: 'Previous paper',
    details: 'Open or close the paper’s details',
    save: 'Save the paper to the reading list, or remove it',
    notInterested: 'Mark the paper Not interested (For you puts it last), or undo it',
    read: 'Mark the paper read, or unread',
    filter: 'Go to the page’s search or filter box',
    home: 'Go home (the archive)',
    help: 'Show these shortcuts',
  },
  keyNames: { detailsKeys: 'o or Enter', homeKeys: 'g then h' },
  home: 'Home',
  paper: 'paper',
  detailsToggled: (title: string) => `Details toggled: ${title}`,
  saveToggled: (title: string) => `Reading list changed: ${title}`,
  readToggled: (title: string) => `Read state changed: ${title}`,
  notInterestedToggled: (title: string) => `Not interested changed: ${title}`,
};

const zh: typeof en = {
  title: '键盘快捷键',
  close: '关闭',
  keys: {
    next: '下一篇论文',
    previous: '上一篇论文',
    details: '展开或收起论文详情',
    save: '将论文加入或移出阅读列表',
    notInterested: '将论文标为“不感兴趣”（“为你推荐”会把它排到最后），或撤销',
    read: '将论文标为已读或未读',
    filter: '跳到本页的搜索或筛选框',
    home: '返回首页（归档）',
    help: '显示这些快捷键',
  },
  keyNames: { detailsKeys: 'o 或 Enter', homeKeys: '先 g 再 h' },
  home: '首页',
  paper: '论文',
  detailsToggled: (title) => `已切换详情：${title}`,
  saveToggled: (title) => `阅读列表已更新：${title}`,
  readToggled: (title) => `已读状态已更新：${title}`,
  notInterestedToggled: (title) => `“不感兴趣”已更新：${title}`,
};

export type ShortcutMessages = typeof en;
export const shortcutsMessages: Localised<ShortcutMessages> = { en, zh };
