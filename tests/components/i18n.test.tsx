/**
 * The interface in Chinese: chosen from the browser or the banner, remembered, complete, and
 * with dates and numbers formatted for the language. English stays the default.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCALE_KEY, getI18n, initLocale, preferredLocale, setLocale } from '@/i18n';
import { en } from '@/i18n/en';
import { zh } from '@/i18n/zh';
import { DATE, serveArchive } from './fixtures';
import { renderApp } from './render-app';

beforeEach(serveArchive);
afterEach(async () => {
  localStorage.clear();
  vi.restoreAllMocks();
  await act(() => setLocale('en', false));
});

const languages = (list: string[]) => vi.spyOn(navigator, 'languages', 'get').mockReturnValue(list);

describe('interface language', () => {
  it('is English unless the browser or the reader asks for Chinese', () => {
    languages(['en-GB', 'zh-CN']);
    expect(preferredLocale()).toBe('en');
    languages(['fr-FR', 'de']);
    expect(preferredLocale()).toBe('en');
    languages(['fr-FR', 'zh-TW', 'en']);
    expect(preferredLocale()).toBe('zh');
    localStorage.setItem(LOCALE_KEY, 'en');
    expect(preferredLocale()).toBe('en');
  });

  it('a Chinese browser gets the daily page in Chinese, counts and dates included', async () => {
    languages(['zh-CN', 'en']);
    await act(() => initLocale());
    expect(document.documentElement.lang).toBe('zh-CN');
    renderApp(`/daily/${DATE}`);
    expect(await screen.findByRole('button', { name: '全部展开' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('显示 3 / 3 篇论文');
    expect(screen.getByRole('group', { name: '分类' })).toBeInTheDocument();
    expect(screen.getByText('2026年3月4日星期三')).toBeVisible();
    const card = screen.getAllByRole('article')[0]!;
    expect(within(card).getByRole('button', { name: /详情/ })).toBeVisible();
    expect(within(card).getByRole('button', { name: /收藏/ })).toBeVisible();
    // Not remembered: the browser chose it, the reader did not.
    expect(localStorage.getItem(LOCALE_KEY)).toBeNull();
  });

  it('the banner’s Language control switches at once and remembers the choice', async () => {
    const { user } = renderApp(`/daily/${DATE}`);
    await screen.findByRole('button', { name: 'Expand all' });
    const control = within(screen.getByRole('banner')).getByRole('combobox', { name: /Language/ });
    await user.selectOptions(control, 'zh');
    expect(await screen.findByRole('button', { name: '全部展开' })).toBeVisible();
    expect(within(screen.getByRole('banner')).getByRole('link', { name: '归档' })).toBeVisible();
    expect(localStorage.getItem(LOCALE_KEY)).toBe('zh');
    // Still named "Language" in Chinese, so anyone can find the way back.
    const again = within(screen.getByRole('banner')).getByRole('combobox', { name: /Language/ });
    await user.selectOptions(again, 'en');
    expect(await screen.findByRole('button', { name: 'Expand all' })).toBeVisible();
    expect(localStorage.getItem(LOCALE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('formats numbers and dates per language', async () => {
    expect(getI18n().number(12345)).toBe('12,345');
    expect(getI18n().date('2026-02-06', 'full')).toBe('Friday, February 6, 2026');
    expect(getI18n().month('2026-02')).toBe('February 2026');
    expect(getI18n().date('2026-02-30')).toBe('2026-02-30');
    await act(() => setLocale('zh', false));
    expect(getI18n().date('2026-02-06', 'full')).toBe('2026年2月6日星期五');
    expect(getI18n().month('2026-02')).toBe('2026年2月');
    expect(getI18n().number(12345)).toBe('12,345');
  });

  it('every English message has a Chinese translation (only TL;DR is left as it is)', () => {
    const same: string[] = [];
    const problems: string[] = [];
    const walk = (a: unknown, b: unknown, path: string) => {
      if (typeof a === 'function' && typeof b === 'function') {
        const args = ['1', '2', '3', '4'];
        const x = String((a as (...s: unknown[]) => unknown)(2, ...args));
        const y = String((b as (...s: unknown[]) => unknown)(2, ...args));
        if (x === y) same.push(path);
      } else if (typeof a === 'object' && a && typeof b === 'object' && b) {
        if (Object.keys(b).sort().join() !== Object.keys(a).sort().join())
          problems.push(`${path}: other keys`);
        for (const k of Object.keys(a))
          walk(
            (a as Record<string, unknown>)[k],
            (b as Record<string, unknown>)[k],
            `${path}.${k}`,
          );
      } else {
        if (typeof b !== typeof a) problems.push(`${path}: ${typeof b}, not ${typeof a}`);
        if (String(b).trim() === '') problems.push(`${path}: empty`);
        if (a === b) same.push(path);
      }
    };
    walk(en, zh, 't');
    expect(problems).toEqual([]);
    expect(same).toEqual(['t.card.tldr']);
  });

  it('keyboard shortcuts work on a Chinese page (buttons found by action, not by text)', async () => {
    await act(() => setLocale('zh', false));
    const { user } = renderApp(`/daily/${DATE}`);
    const first = (await screen.findAllByRole('article'))[0]!;
    first.focus();
    await user.keyboard('o');
    await waitFor(() =>
      expect(within(first).getByRole('button', { name: /详情/ })).toHaveAttribute(
        'aria-expanded',
        'true',
      ),
    );
    await user.keyboard('s');
    await waitFor(() =>
      expect(within(first).getByRole('button', { name: /收藏/ })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
  });
});
