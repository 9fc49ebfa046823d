/**
 * Splits text into plain and TeX segments. Delimiters: `$…$` and `\(…\)` inline, `$$…$$`
 * and `\[…\]` display. A `$` opens math only when the next character is not white space and
 * the closing `$` is not preceded by white space nor followed by a digit, so prices such as
 * "$5 and $10" stay text (the rule pandoc uses). `\$` is a literal dollar. Unbalanced
 * delimiters are text.
 */
export type Segment =
  { kind: 'text'; text: string } | { kind: 'math'; tex: string; display: boolean };

/** Formulas longer than this are shown as source: no real inline formula is near it. */
const MAX_TEX_LENGTH = 2000;

export function splitMath(input: string): Segment[] {
  const out: Segment[] = [];
  let text = '';
  let i = 0;
  const flush = () => {
    if (text) out.push({ kind: 'text', text });
    text = '';
  };
  while (i < input.length) {
    const ch = input[i]!;
    if (ch === '\\' && input[i + 1] === '$') {
      text += '$';
      i += 2;
      continue;
    }
    if (ch === '\\' && (input[i + 1] === '(' || input[i + 1] === '[')) {
      const close = input[i + 1] === '(' ? '\\)' : '\\]';
      const end = input.indexOf(close, i + 2);
      if (end > i + 2 && end - i <= MAX_TEX_LENGTH) {
        flush();
        out.push({ kind: 'math', tex: input.slice(i + 2, end), display: close === '\\]' });
        i = end + 2;
        continue;
      }
    }
    if (ch === '$') {
      const display = input[i + 1] === '$';
      const start = i + (display ? 2 : 1);
      const end = findClosingDollar(input, start, display);
      if (end !== -1) {
        flush();
        out.push({ kind: 'math', tex: input.slice(start, end), display });
        i = end + (display ? 2 : 1);
        continue;
      }
    }
    text += ch;
    i += 1;
  }
  flush();
  return out;
}

function findClosingDollar(s: string, start: number, display: boolean): number {
  if (start >= s.length || /\s/.test(s[start]!)) return -1;
  for (let j = start; j < s.length && j - start <= MAX_TEX_LENGTH; j++) {
    const c = s[j]!;
    if (c === '\\') {
      j += 1;
      continue;
    }
    if (c !== '$') continue;
    if (display) {
      if (s[j + 1] === '$' && j > start) return j;
      return -1;
    }
    if (j === start || /\s/.test(s[j - 1]!) || /\d/.test(s[j + 1] ?? '')) return -1;
    return j;
  }
  return -1;
}

/** A run of text outside math, with the style a text-mode TeX command gave it. */
export interface TextRun {
  text: string;
  style?: 'em' | 'strong' | 'code';
}

const STYLE: Readonly<Record<string, TextRun['style'] | 'plain'>> = {
  emph: 'em',
  textit: 'em',
  textsl: 'em',
  textbf: 'strong',
  texttt: 'code',
  url: 'code',
  textsc: 'plain',
  textrm: 'plain',
  textsf: 'plain',
  mbox: 'plain',
};

/**
 * Text-mode TeX that arXiv abstracts carry outside math: \emph{…}, \textbf{…}, \texttt{…}
 * and friends become styled runs; `--`/`---` dashes, ``quotes'' and ~ become their
 * characters. Unknown commands and unbalanced braces are left as they are.
 */
export function splitTextMode(input: string): TextRun[] {
  const runs: TextRun[] = [];
  let plain = '';
  const typography = (s: string) =>
    s
      .replace(/---/g, '\u2014')
      .replace(/--/g, '\u2013')
      .replace(/``/g, '\u201c')
      .replace(/''/g, '\u201d')
      .replace(/(?<!\\)~/g, '\u00a0');
  const flush = () => {
    if (plain) runs.push({ text: typography(plain) });
    plain = '';
  };
  const re = /\\(emph|textit|textsl|textbf|texttt|url|textsc|textrm|textsf|mbox)\s*\{/g;
  let at = 0;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    // Find the matching close brace (nesting allowed, bounded).
    let depth = 1;
    let j = re.lastIndex;
    for (; j < input.length && depth > 0 && j - re.lastIndex < 2000; j++) {
      if (input[j] === '\\') j += 1;
      else if (input[j] === '{') depth += 1;
      else if (input[j] === '}') depth -= 1;
    }
    if (depth !== 0) continue;
    plain += input.slice(at, m.index);
    flush();
    const inner = input.slice(re.lastIndex, j - 1);
    const style = STYLE[m[1]!];
    const text = style === 'code' ? inner : typography(inner);
    runs.push(style && style !== 'plain' ? { text, style } : { text });
    at = j;
    re.lastIndex = j;
  }
  plain += input.slice(at);
  flush();
  return runs;
}
