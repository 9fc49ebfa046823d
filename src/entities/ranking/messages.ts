/**
 * The For-you order's text, loaded with its code (as pages' messages are, ADR 0020; given the
 * locale by the page, so that this chunk shares no module with the first bundle's i18n).
 */
import type { Localised } from '@/i18n';

const en = {
  teach:
    ' For you learns from you: Save papers you want more of, mark Not interested those you do not, add watches, or import your library on the reading list. Until then, the digest’s order.',
  ranking: ' · Ranking for you…',
  failed: (message: string) => ` · The For-you order could not be computed: ${message}`,
  from: (n: number, f: string) => ` · ranked for you from ${f} signal${n === 1 ? '' : 's'}`,
  why: 'Why: ',
  resembles: (title: string) => `like “${title}”, which you saved`,
  savedIt: 'you saved it',
  resemblesImported: (title: string) => `like “${title}”, from your library`,
  watch: (names: string) => `matches your watch ${names}`,
  strongTerms: (terms: string) => `matches ${terms}`,
  noReason: 'nothing in it matches your signals',
  notInterested: 'you marked it Not interested',
};

const zh: typeof en = {
  teach:
    ' “为你推荐”从你的操作中学习：收藏想多看的论文，把不想看的标为“不感兴趣”，或在阅读列表中导入你的文献库。在此之前按摘要原顺序排列。',
  ranking: ' · 正在为你排序…',
  failed: (message) => ` · 无法计算“为你推荐”的顺序：${message}`,
  from: (_n, f) => ` · 根据 ${f} 条信号为你排序`,
  why: '推荐理由：',
  resembles: (title) => `与你收藏的《${title}》相似`,
  savedIt: '你已收藏',
  resemblesImported: (title) => `与你文献库中的《${title}》相似`,
  watch: (names) => `匹配你的关注：${names}`,
  strongTerms: (terms) => `匹配 ${terms}`,
  noReason: '与你的信号没有匹配',
  notInterested: '你已标为“不感兴趣”',
};

export const messages: Localised<typeof en> = { en, zh };
