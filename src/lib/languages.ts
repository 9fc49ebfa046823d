const NAMES: Readonly<Record<string, string>> = {
  zh: '中文',
  en: 'English',
  ja: '日本語',
  ko: '한국어',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  ru: 'Русский',
};

/** A language's own name for display: zh → 中文. */
export function languageName(code: string): string {
  return NAMES[code] ?? code;
}

/** A value for the HTML lang attribute, or undefined when unknown. */
export function langAttr(code: string | null | undefined): string | undefined {
  return code && code !== 'und' ? code : undefined;
}
