/** The watches page's own text (loads with the page: ADR 0020). */
import type { Localised } from '@/i18n';

const en = {
  title: 'Watches',
  intro:
    'Follow keywords, authors and categories; a negative keyword hides its papers (or puts them last in For you). Every paper card names the watches it matches, and For you learns from them. Kept in this browser only.',
  add: 'Add a watch',
  kind: 'Kind',
  value: 'Keyword, name or category',
  addButton: 'Add',
  kinds: {
    keyword: 'Keyword',
    negative: 'Negative keyword',
    author: 'Author',
    category: 'Category',
  },
  hints: {
    keyword: 'A word or phrase, English or Chinese: “graph neural network”, “扩散模型”.',
    negative: 'Papers with it are hidden, with a count and a way to show them.',
    author: 'A name: initials and accents are matched (“Y. LeCun”, “José García”).',
    category: 'An arXiv category: cs.CV, hep-th.',
  },
  yours: (n: string) => `Your watches (${n})`,
  none: 'No watches yet.',
  remove: (label: string) => `Remove ${label}`,
  added: (label: string) => `Added ${label}.`,
  notAdded: 'Not added: it is empty or already there.',
  removed: (label: string) => `Removed ${label}.`,
};

const zh: typeof en = {
  title: '关注',
  intro:
    '关注关键词、作者和分类；排除关键词会隐藏相关论文（或在“为你推荐”中排到最后）。每张论文卡片都会注明它匹配的关注，“为你推荐”也会从中学习。仅保存在本浏览器中。',
  add: '添加关注',
  kind: '类型',
  value: '关键词、姓名或分类',
  addButton: '添加',
  kinds: { keyword: '关键词', negative: '排除关键词', author: '作者', category: '分类' },
  hints: {
    keyword: '一个词或短语，中英文均可：“graph neural network”、“扩散模型”。',
    negative: '包含它的论文会被隐藏，并显示数量和显示方式。',
    author: '姓名：缩写和重音都能匹配（“Y. LeCun”、“José García”）。',
    category: 'arXiv 分类：cs.CV、hep-th。',
  },
  yours: (n) => `你的关注（${n}）`,
  none: '还没有关注。',
  remove: (label) => `移除 ${label}`,
  added: (label) => `已添加 ${label}。`,
  notAdded: '未添加：内容为空或已存在。',
  removed: (label) => `已移除 ${label}。`,
};

export const watchesMessages: Localised<typeof en> = { en, zh };
