/**
 * The interface language: English (the default, and what the UI contract names) or Chinese.
 * Picked from the reader's stored choice, else from the browser's languages; switchable from
 * the banner. Messages are a typed dictionary (./en.ts; ./zh.ts loads only when chosen), and
 * dates and numbers go through Intl for the chosen locale (docs/decisions/0010-interface-language.md).
 */
import { useSyncExternalStore } from 'react';
import { LOCALES, LOCALE_KEY, type Locale } from '@/boot/contract';
import { browserLanguages, detectLocale } from '@/boot/preferences';
import { languageName } from '@/lib/languages';
import { readStored, writeStored } from '@/lib/stored';
import { en, type Messages } from './en';

export type { Locale };
export { LOCALES, LOCALE_KEY };
/** Each language's own name, for the Language control. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', zh: '中文' };
const HTML_LANG: Readonly<Record<Locale, string>> = { en: 'en', zh: 'zh-CN' };

export interface I18n {
  locale: Locale;
  /** The BCP 47 tag for Intl and the lang attribute: en, zh-CN. */
  tag: string;
  t: Messages;
  /** 12,345 / 12,345 (grouped per locale). */
  number: (n: number) => string;
  /** A calendar date (YYYY-MM-DD) in words: "Friday, 6 February 2026" / "2026年2月6日星期五". */
  date: (iso: string, style?: 'full' | 'long' | 'medium') => string;
  /** A month (YYYY-MM) in words: "February 2026" / "2026年2月". */
  month: (yyyyMm: string) => string;
  /** A digest's summary language by its own name (中文), or "abstracts only" for none. */
  language: (code: string | null) => string;
}

/**
 * The formatters are made on first use: the first Intl object of a page loads ICU's data
 * (tens of ms on a slow phone), which the first paint should not wait for when unused.
 */
function make(locale: Locale, t: Messages): I18n {
  const tag = HTML_LANG[locale];
  let numbers: Intl.NumberFormat | undefined;
  const dates = new Map<string, Intl.DateTimeFormat>();
  const dateFormat = (key: string, options: Intl.DateTimeFormatOptions) => {
    let f = dates.get(key);
    if (!f) dates.set(key, (f = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' })));
    return f;
  };
  const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
  return {
    locale,
    tag,
    t,
    number: (n) => (numbers ??= new Intl.NumberFormat(tag)).format(n),
    date: (iso, style = 'long') => {
      const d = utc(iso);
      // Not a calendar date (2026-02-30 would roll over): shown as it is.
      return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso
        ? iso
        : dateFormat(style, { dateStyle: style }).format(d);
    },
    language: (code) => (code === null ? t.common.abstractsOnly : languageName(code)),
    month: (yyyyMm) => {
      const d = utc(`${yyyyMm}-01`);
      return Number.isNaN(d.getTime())
        ? yyyyMm
        : dateFormat('month', { year: 'numeric', month: 'long' }).format(d);
    },
  };
}

let current: I18n = make('en', en);
const listeners = new Set<() => void>();

/** The stored choice, else the first of the browser's languages the reader speaks, else English. */
/** The same choice the startup script made before the first paint (src/boot/head.ts). */
export function preferredLocale(): Locale {
  return detectLocale(readStored(LOCALE_KEY), browserLanguages());
}

async function messagesFor(locale: Locale): Promise<Messages> {
  return locale === 'zh' ? (await import('./zh')).zh : en;
}

function activate(locale: Locale, t: Messages): void {
  current = make(locale, t);
  // Set only when it changes: setting it (even to the same value) makes the browser compute
  // the style of every element again (:lang), 5-13 ms at full speed on a prerendered long day.
  const lang = HTML_LANG[locale];
  if (typeof document !== 'undefined' && document.documentElement.lang !== lang)
    document.documentElement.lang = lang;
  for (const l of listeners) l();
}

/**
 * Switches the interface language (loading its messages first, so nothing shows half
 * translated) and, unless told not to, remembers the choice in this browser.
 */
export async function setLocale(locale: Locale, remember = true): Promise<void> {
  // Where storage is refused the choice is not remembered, but applies to this page.
  if (remember) writeStored(LOCALE_KEY, locale);
  activate(locale, await messagesFor(locale));
}

/** Before the first render: the preferred language, loaded (English needs no loading). */
export function initLocale(): Promise<void> {
  const locale = preferredLocale();
  if (locale === 'en') {
    activate('en', en);
    return Promise.resolve();
  }
  return setLocale(locale, false).catch(() => activate('en', en));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => current;

/** The interface language now, for code outside React's render (event handlers). */
export function getI18n(): I18n {
  return current;
}

/** The interface language, its messages and formatters; re-renders when it changes. */
export function useI18n(): I18n {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

export type { Messages };

/**
 * A page's own text in both languages (for example src/features/search/messages.ts): it
 * loads with the page's code, so the first bundle carries only the text the shell and the
 * daily page need.
 */
export type Localised<T> = Readonly<Record<Locale, T>>;

/** The page's text in the interface language; re-renders when the language changes. */
export function usePageMessages<T>(messages: Localised<T>): T {
  return messages[useI18n().locale];
}
