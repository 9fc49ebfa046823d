/** Text clean-up rules shared by every input format. */

/**
 * Placeholders that pipelines write when summarising failed. They are treated as a missing
 * section, never shown as if they were the summary.
 */
const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /^(?:error|none|null|undefined|n\/a|nan|todo|tbd|-+|\.+)$/i,
  /^(?:\[object object\])$/i,
  /\b(?:generation|extraction|analysis|summari[sz]ation)\s+(?:failed|unavailable|error)\b/i,
  /\b(?:not available|unavailable)\.?$/i,
  /(?:生成失败|提取失败|分析失败|不可用|暂无|无法生成)/,
];

/** Placeholders are short; a long text that merely contains "failed" is real content. */
const PLACEHOLDER_MAX_LENGTH = 80;

export function isPlaceholder(value: string): boolean {
  const s = value.trim();
  if (s.length === 0) return true;
  if (s.length > PLACEHOLDER_MAX_LENGTH) return false;
  return PLACEHOLDER_PATTERNS.some((p) => p.test(s));
}

/**
 * Normalises a field of running text: removes NUL and other control characters, turns
 * CRLF into LF, and unwraps hard-wrapped lines (arXiv abstracts arrive wrapped at ~80
 * columns) while keeping paragraph breaks: a blank line, or a line break followed by an
 * indent, which is how arXiv marks a new paragraph.
 */
export function normaliseProse(value: string): string {
  const cleaned = value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\u00a0/g, ' ');
  const paragraphs = cleaned
    .split(/\n[ \t]*\n|\n(?=[ \t]{2,}\S)/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0)
        .join(' ')
        .replace(/[ \t]+/g, ' ')
        .trim(),
    )
    .filter((p) => p.length > 0);
  return paragraphs.join('\n\n');
}

/** Normalises a one-line field (title, author, category): all white space folded. */
export function normaliseLine(value: string): string {
  return normaliseProse(value).replace(/\s+/g, ' ').trim();
}

/** A section's text, or undefined when it is missing, empty or a placeholder. */
export function sectionText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = normaliseProse(value);
  return isPlaceholder(text) ? undefined : text;
}

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  chinese: 'zh',
  english: 'en',
  japanese: 'ja',
  korean: 'ko',
  french: 'fr',
  german: 'de',
  spanish: 'es',
  russian: 'ru',
  portuguese: 'pt',
  italian: 'it',
  arabic: 'ar',
  vietnamese: 'vi',
};

/**
 * The language a pipeline file name states (`2026-02-05_AI_enhanced_Chinese.jsonl`), any
 * case. undefined when the name states none (`..._AI_enhanced_.jsonl`) or an unknown one.
 */
export function languageFromName(name: string): string | undefined {
  const n = name.trim().toLowerCase();
  if (n.length === 0) return undefined;
  if (LANGUAGE_NAMES[n]) return LANGUAGE_NAMES[n];
  if (/^(?:zh|en|ja|ko|fr|de|es|ru|pt|it|ar|vi)$/.test(n)) return n;
  if (/^zh[-_]/.test(n)) return 'zh';
  return undefined;
}

const HAN = /\p{Script=Han}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const LATIN = /\p{Script=Latin}/gu;

/**
 * Tells the language of a summary text from the scripts it is written in. Summaries are
 * either CJK or Latin-script (English) prose, with English terms mixed into CJK text, so a
 * script count is reliable here; 'und' when there is too little text to tell.
 */
export function detectLanguage(text: string): string {
  const han = text.match(HAN)?.length ?? 0;
  const kana = text.match(KANA)?.length ?? 0;
  const hangul = text.match(HANGUL)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  const cjk = han + kana + hangul;
  if (cjk + latin < 8) return 'und';
  // One CJK character carries roughly as much as a short English word (~4 letters).
  if (cjk * 4 >= latin * 0.5) {
    if (kana > 0 && kana >= han * 0.1) return 'ja';
    if (hangul > han) return 'ko';
    return 'zh';
  }
  return 'en';
}
