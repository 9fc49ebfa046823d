/**
 * KaTeX, loaded only when a page has math. Options are locked down: no trusted commands
 * (\href, \url, \includegraphics, \htmlData… fail and the source is shown), bounded sizes
 * and macro expansion, fresh macros for every formula (a \def cannot leak or grow).
 */
import type { KatexOptions } from 'katex';
import { whenIdle } from '@/lib/idle';

type Katex = typeof import('katex').default;

let loading: Promise<Katex> | undefined;
let startLoaded: (loading: Promise<Katex>) => void = () => undefined;
/** Settles as the loading does (loaded or failed), whoever starts it. */
const loaded = new Promise<Katex>((resolve) => {
  startLoaded = resolve;
});
loaded.catch(() => undefined);

export function loadKatex(): Promise<Katex> {
  if (!loading) {
    loading = Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(
      ([m]) => m.default,
    );
    startLoaded(loading);
  }
  return loading;
}

/** KaTeX, once something has loaded it (see whenMathInView). */
export function katexLoaded(): Promise<Katex> {
  return loaded;
}

let viewWatch: IntersectionObserver | undefined;

/**
 * A formula's element is watched until it comes near the viewport (or is laid out at all:
 * inside a closed card it is not); the first one that does loads KaTeX for every formula of
 * the page. KaTeX (its code, stylesheet and fonts, then typesetting and the page's new
 * layout) is the largest work of a day's first seconds: a page whose formulas are all further
 * down does not do it before the reader scrolls to them. Returns the watch's end.
 */
export function whenMathInView(element: Element): () => void {
  if (loading) return () => undefined;
  if (typeof IntersectionObserver === 'undefined') {
    void loadKatex();
    return () => undefined;
  }
  viewWatch ??= new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      viewWatch?.disconnect();
      viewWatch = undefined;
      // When the main thread is next idle: a tap made as the page became ready is answered
      // before KaTeX is evaluated and the page's formulas are typeset.
      whenIdle(() => void loadKatex(), 500);
    },
    // A screen's height ahead: a formula is usually typeset before it is scrolled to.
    { rootMargin: '100% 0px' },
  );
  const watch = viewWatch;
  watch.observe(element);
  return () => watch.unobserve(element);
}

export const KATEX_OPTIONS: Readonly<KatexOptions> = {
  throwOnError: true,
  trust: false,
  strict: 'ignore',
  maxSize: 10,
  maxExpand: 200,
  output: 'htmlAndMathml',
};

/**
 * Formulas typeset, by mode and source: a card drawn again (scrolled back to, moved by a new
 * For-you order) does not typeset its title again. Bounded; cleared when full.
 */
const typeset = new Map<string, string | undefined>();
const TYPESET_MAX = 2000;

/** KaTeX's HTML for a formula, or undefined when it cannot be typeset. */
export function renderTex(katex: Katex, tex: string, display: boolean): string | undefined {
  const key = `${display ? 'D' : 'I'}${tex}`;
  if (typeset.has(key)) return typeset.get(key);
  let html: string | undefined;
  try {
    html = katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display, macros: {} });
  } catch {
    html = undefined;
  }
  if (typeset.size >= TYPESET_MAX) typeset.clear();
  typeset.set(key, html);
  return html;
}
