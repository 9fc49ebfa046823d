/**
 * The reader's theme and language as decided before the first paint. Shared by the inlined
 * startup script (src/boot/head.ts) and the app (src/lib/theme.ts, src/i18n), so the two can
 * never disagree.
 */
import { LOCALES, type Locale } from './contract';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** The stored theme choice, or the system's. */
export function themeChoice(stored: string | null): ThemeChoice {
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/** Whether the page is dark: the reader's choice, else the system's setting. */
export function isDark(choice: ThemeChoice, systemDark: boolean): boolean {
  return choice === 'dark' || (choice === 'system' && systemDark);
}

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

/** The stored language, else the first of the browser's languages we have, else English. */
export function detectLocale(stored: string | null, languages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const l of languages) {
    const base = String(l).toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** localStorage read that never throws (storage can be refused). */
export function storedValue(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The browser's languages, most preferred first. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language ?? ''];
}
