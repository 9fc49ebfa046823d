/**
 * The startup script (src/boot/head.ts): what it does to the page before the app's code
 * arrives, and the rules it shares with the app (src/lib/theme.ts, src/i18n).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ATTR, LOCALE_KEY, THEME_KEY } from '@/boot/contract';
import { dailyDate, dayFile, newestDayFile } from '@/boot/early-data';
import { daysIn } from '@/features/daily/range';
import type { Manifest } from '@/schema/digest';
import { runHead } from '@/boot/head';
import { detectLocale, isDark, themeChoice } from '@/boot/preferences';
import { preferredLocale } from '@/i18n';
import { getTheme } from '@/lib/theme';

const manifest = JSON.stringify({
  dailies: [
    { date: '2026-02-06', language: 'zh', file: 'daily/2026-02-06.zh.aaaaaaaaaaaa.json' },
    { date: '2026-02-06', language: 'en', file: 'daily/2026-02-06.en.bbbbbbbbbbbb.json' },
  ],
});

describe('startup rules', () => {
  it('decide the language: stored choice, else the browser languages, else English', () => {
    expect(detectLocale('zh', ['en-US'])).toBe('zh');
    expect(detectLocale(null, ['fr-FR', 'zh-TW', 'en'])).toBe('zh');
    expect(detectLocale('klingon', ['fr'])).toBe('en');
  });

  it('decide the theme: stored choice, else the system', () => {
    expect(isDark(themeChoice('dark'), false)).toBe(true);
    expect(isDark(themeChoice('light'), true)).toBe(false);
    expect(isDark(themeChoice(null), true)).toBe(true);
    expect(isDark(themeChoice('purple'), false)).toBe(false);
  });

  it('find the early day file from the page address and the manifest', () => {
    expect(dailyDate('/sub/daily/2026-02-06')).toBe('2026-02-06');
    expect(dailyDate('/weekly/x')).toBeNull();
    expect(dayFile(manifest, '2026-02-06', null)).toBe('daily/2026-02-06.zh.aaaaaaaaaaaa.json');
    expect(dayFile(manifest, '2026-02-06', 'en')).toBe('daily/2026-02-06.en.bbbbbbbbbbbb.json');
    expect(dayFile('{"truncated', '2026-02-06', null)).toBeNull();
    expect(dayFile('{"dailies": 3}', '2026-02-06', null)).toBeNull();
  });

  it("find /since's first day as the page picks it: the range's newest, in its language", () => {
    const dailies = [
      { date: '2026-02-09', language: 'en', file: 'daily/09.en.json' },
      { date: '2026-02-09', language: 'zh', file: 'daily/09.zh.json' },
      { date: '2026-02-06', language: 'zh', file: 'daily/06.zh.json' },
      { date: '2026-02-05', language: 'en', file: 'daily/05.en.json' },
    ];
    const text = JSON.stringify({ dailies });
    const cases: [string | null, string | null, string | null][] = [
      [null, null, null],
      [null, null, 'zh'],
      ['2026-02-01', '2026-02-08', null],
      ['2026-02-01', '2026-02-05', 'zh'],
      ['2026-02-10', '2026-02-12', null],
    ];
    for (const [from, to, lang] of cases) {
      const page = daysIn(
        { dailies } as unknown as Manifest,
        from ?? '0000-00-00',
        to ?? '9999-99-99',
        lang,
      );
      expect(newestDayFile(text, from, to, lang)).toBe(page[0]?.file ?? null);
    }
    expect(newestDayFile(text, null, null, 'zh')).toBe('daily/09.zh.json');
    expect(newestDayFile('not json', null, null, null)).toBeNull();
  });
});

describe('the startup script', () => {
  const fetched: string[] = [];
  beforeEach(() => {
    fetched.length = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        fetched.push(url);
        return new Response(url.endsWith('manifest.json') ? manifest : '{}');
      }),
    );
    window.history.replaceState(null, '', '/sub/daily/2026-02-06');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
    document.documentElement.className = '';
    document.documentElement.removeAttribute(ATTR.prerenderHidden);
    document.documentElement.removeAttribute(ATTR.loadAfterPaint);
    window.__digestEarly = undefined;
    window.__digestStartEarly = undefined;
    // Stops the early-event capture a prerendered page starts.
    void window.__digestEarlyEvents?.replay();
    window.__digestEarlyEvents = undefined;
  });

  it("starts the manifest and the day's file, and the app takes the same choices", async () => {
    localStorage.setItem(THEME_KEY, 'dark');
    localStorage.setItem(LOCALE_KEY, 'zh');
    runHead('/sub/');
    expect(document.documentElement).toHaveClass('dark');
    expect(document.documentElement).toHaveAttribute(ATTR.prerenderHidden, 'hidden');
    await vi.waitFor(() =>
      expect(fetched).toEqual([
        '/sub/data/manifest.json',
        '/sub/data/daily/2026-02-06.zh.aaaaaaaaaaaa.json',
      ]),
    );
    expect(await window.__digestEarly?.['manifest.json']).toBe(manifest);
    // The app decides the same way, from the same rules.
    expect(getTheme()).toBe('dark');
    expect(preferredLocale()).toBe('zh');
  });

  it('on a prerendered page, leaves the fetches to the loader that runs after the paint', () => {
    document.documentElement.setAttribute(ATTR.loadAfterPaint, '');
    runHead('/sub/');
    expect(fetched).toEqual([]);
    expect(document.documentElement).not.toHaveAttribute(ATTR.prerenderHidden);
    window.__digestStartEarly?.();
    expect(fetched).toEqual(['/sub/data/manifest.json']);
    // Taps on the prerendered page are kept for the app from now on (src/boot/early-events.ts).
    expect(window.__digestEarlyEvents).toBeDefined();
  });

  it("leaves ICU's data to the data worker when it starts, else loads it on the page", () => {
    vi.useFakeTimers();
    try {
      const formatters = vi.spyOn(Intl, 'NumberFormat');
      // No worker here (jsdom has none): the page loads ICU's data once the script is done.
      runHead('/sub/', '/assets/data-worker.js');
      expect(formatters).not.toHaveBeenCalled();
      vi.runOnlyPendingTimers();
      expect(formatters).toHaveBeenCalledTimes(1);
      formatters.mockClear();
      // A data worker started: it loads ICU's data for the whole page (src/lib/data-worker.ts).
      const started: string[] = [];
      vi.stubGlobal(
        'Worker',
        class {
          onerror: unknown = null;
          constructor(url: string) {
            started.push(url);
          }
          terminate() {}
        },
      );
      runHead('/sub/', '/assets/data-worker.js');
      vi.runOnlyPendingTimers();
      expect(started).toHaveLength(1);
      expect(formatters).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
      window.__digestDataWorker = undefined;
    }
  });

  it('takes no early taps on a prerendered page hidden from this reader (another language)', () => {
    document.documentElement.setAttribute(ATTR.loadAfterPaint, '');
    localStorage.setItem(LOCALE_KEY, 'zh');
    runHead('/sub/');
    expect(document.documentElement).toHaveAttribute(ATTR.prerenderHidden, 'hidden');
    expect(window.__digestEarlyEvents).toBeUndefined();
  });
});
