/**
 * Text from the data, rendered as text: highlighted filter matches, `$…$` math typeset by
 * KaTeX, and (optionally) arXiv ids turned into links. Nothing in it is ever parsed as HTML;
 * the only HTML inserted is KaTeX's own output for a formula it accepted.
 */
import { Fragment, startTransition, useEffect, useState, type ReactNode } from 'react';
import { RouterLink as Link } from './link';
import { matchRanges, type Range } from '@/lib/highlight';
import { katexLoaded, renderTex, whenMathInView } from '@/lib/katex';
import { splitMath, splitTextMode, type TextRun } from '@/lib/math';

type Katex = Awaited<ReturnType<typeof katexLoaded>>;

function useKatex(needed: boolean): Katex | undefined {
  const [katex, setKatex] = useState<Katex>();
  useEffect(() => {
    if (!needed || katex) return;
    let live = true;
    // The formulas are typeset in a transition: React renders them in slices, yielding to the
    // browser, instead of every card's math in one long task.
    katexLoaded().then(
      (k) => live && startTransition(() => setKatex(() => k)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needed, katex]);
  return katex;
}

function MathSegment({
  tex,
  display,
  katex,
}: {
  tex: string;
  display: boolean;
  katex: Katex | undefined;
}) {
  const source = display ? `$$${tex}$$` : `$${tex}$`;
  const html = katex ? renderTex(katex, tex, display) : undefined;
  if (html === undefined)
    return (
      // Until KaTeX is here, the source; coming into view, it loads KaTeX (src/lib/katex.ts).
      <span className="font-mono text-[0.95em]" ref={katex ? undefined : watchMath}>
        {source}
      </span>
    );
  return (
    <span
      className={display ? 'block overflow-x-auto py-1' : undefined}
      // KaTeX output for an accepted formula (trust: false, bounded): the one HTML we insert.
      // eslint-disable-next-line no-restricted-syntax
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

const watchMath = (element: HTMLSpanElement) => whenMathInView(element);

const ARXIV_ID = /\b(\d{4}\.\d{4,5})(?:v\d+)?\b/g;

function linkIds(text: string, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(ARXIV_ID)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(
      <Link key={`${key}-${m.index}`} to={`/paper/${m[1]}`} className="text-blue-800 underline">
        {m[0]}
      </Link>,
    );
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Where a text matches: the daily filter's substrings by default, or the caller's rule. */
export type Matcher = (text: string) => Range[];

function highlighted(text: string, match: Matcher, key: string, withLinks: boolean): ReactNode[] {
  const ranges = match(text);
  const plain = (t: string, k: string) => (withLinks ? linkIds(t, k) : [t]);
  if (ranges.length === 0) return plain(text, key);
  const out: ReactNode[] = [];
  let at = 0;
  ranges.forEach((r, i) => {
    if (r.start > at) out.push(...plain(text.slice(at, r.start), `${key}-p${i}`));
    out.push(
      <mark key={`${key}-m${i}`} className="rounded-sm bg-yellow-200 text-inherit">
        {text.slice(r.start, r.end)}
      </mark>,
    );
    at = r.end;
  });
  if (at < text.length) out.push(...plain(text.slice(at), `${key}-end`));
  return out;
}

function Run({ run, children }: { run: TextRun; children: ReactNode }) {
  if (run.style === 'em') return <em>{children}</em>;
  if (run.style === 'strong') return <strong>{children}</strong>;
  if (run.style === 'code') return <code className="font-mono text-[0.95em]">{children}</code>;
  return <>{children}</>;
}

export interface RichTextProps {
  text: string;
  /** Filter terms to highlight (case-insensitive substrings). */
  terms?: readonly string[];
  /** Or: where to highlight (archive search matches stemmed words, src/search/highlight.ts). */
  match?: Matcher | undefined;
  /** Turn arXiv ids into links to their paper page. */
  linkArxivIds?: boolean;
}

const NO_TERMS: readonly string[] = [];

export function RichText({ text, terms = NO_TERMS, match, linkArxivIds = false }: RichTextProps) {
  const segments = splitMath(text);
  const matcher: Matcher = match ?? ((t) => matchRanges(t, terms));
  const katex = useKatex(segments.some((s) => s.kind === 'math'));
  return (
    <>
      {segments.map((s, i) =>
        s.kind === 'text' ? (
          <Fragment key={i}>
            {splitTextMode(s.text).map((run, j) => (
              <Run key={j} run={run}>
                {highlighted(run.text, matcher, `${i}-${j}`, linkArxivIds)}
              </Run>
            ))}
          </Fragment>
        ) : (
          <MathSegment key={i} tex={s.tex} display={s.display} katex={katex} />
        ),
      )}
    </>
  );
}

/** Paragraphs separated by blank lines, each as a <p>. */
export function Paragraphs({ text, className, ...rest }: RichTextProps & { className?: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((para, i) => (
        <p key={i} className={className}>
          <RichText text={para} {...rest} />
        </p>
      ))}
    </>
  );
}
