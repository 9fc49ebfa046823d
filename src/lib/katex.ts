/**
 * KaTeX, loaded only when a page has math. Options are locked down: no trusted commands
 * (\href, \url, \includegraphics, \htmlData… fail and the source is shown), bounded sizes
 * and macro expansion, fresh macros for every formula (a \def cannot leak or grow).
 */
import type { KatexOptions } from 'katex';

type Katex = typeof import('katex').default;

let loading: Promise<Katex> | undefined;

export function loadKatex(): Promise<Katex> {
  loading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(
    ([m]) => m.default,
  );
  return loading;
}

export const KATEX_OPTIONS: Readonly<KatexOptions> = {
  throwOnError: true,
  trust: false,
  strict: 'ignore',
  maxSize: 10,
  maxExpand: 200,
  output: 'htmlAndMathml',
};

/** KaTeX's HTML for a formula, or undefined when it cannot be typeset. */
export function renderTex(katex: Katex, tex: string, display: boolean): string | undefined {
  try {
    return katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display, macros: {} });
  } catch {
    return undefined;
  }
}
