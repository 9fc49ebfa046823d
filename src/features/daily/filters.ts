/**
 * The daily page's filters: categories (union), trends (union) and text (every term must
 * occur somewhere in the paper), combined with AND. The URL query string is their only
 * home: `?cat=cs.LG&cat=hep-th&trend=…&q=…`.
 */
import { queryTerms } from '@/lib/highlight';
import { SUMMARY_SECTIONS, type Paper } from '@/schema/digest';

export interface DailyFilters {
  categories: string[];
  trends: string[];
  query: string;
}

export function readFilters(params: URLSearchParams): DailyFilters {
  return {
    categories: [...new Set(params.getAll('cat'))],
    trends: [...new Set(params.getAll('trend'))],
    query: params.get('q') ?? '',
  };
}

/** Writes the filters into a copy of the params, keeping any other parameter. */
export function writeFilters(params: URLSearchParams, f: DailyFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('cat');
  next.delete('trend');
  next.delete('q');
  for (const c of f.categories) next.append('cat', c);
  for (const t of f.trends) next.append('trend', t);
  if (f.query.trim()) next.set('q', f.query);
  return next;
}

export function isFiltered(f: DailyFilters): boolean {
  return f.categories.length > 0 || f.trends.length > 0 || f.query.trim().length > 0;
}

/** Everything the text filter searches (the arXiv id too), lower-cased once per paper. */
export function searchableText(p: Paper): string {
  return [
    p.id,
    p.title,
    p.authors.join(' '),
    ...SUMMARY_SECTIONS.map((k) => p.summary[k] ?? ''),
    ...p.summary.extra.map((e) => e.text),
    p.abstract,
  ]
    .join('\n')
    .toLowerCase();
}

/** searchableText by paper, built on first use (a paper object is never changed). */
const haystacks = new WeakMap<Paper, string>();

function haystack(p: Paper): string {
  let text = haystacks.get(p);
  if (text === undefined) haystacks.set(p, (text = searchableText(p)));
  return text;
}

export interface FilterContext {
  /** Paper ids linked to each trend of the weeks covering the day. */
  trendPapers: ReadonlyMap<string, ReadonlySet<string>>;
}

export function filterPapers(
  papers: readonly Paper[],
  f: DailyFilters,
  ctx: FilterContext,
): Paper[] {
  const cats = new Set(f.categories);
  const terms = queryTerms(f.query);
  const trendIds = new Set<string>();
  for (const t of f.trends) for (const id of ctx.trendPapers.get(t) ?? []) trendIds.add(id);
  return papers.filter((p) => {
    if (cats.size > 0 && !cats.has(p.categories[0] ?? '')) return false;
    if (f.trends.length > 0 && !trendIds.has(p.id)) return false;
    if (terms.length > 0) {
      const hay = haystack(p);
      if (!terms.every((t) => hay.includes(t))) return false;
    }
    return true;
  });
}

/** Papers grouped by primary category, in the order categories first appear. */
export function groupByCategory(papers: readonly Paper[]): { category: string; papers: Paper[] }[] {
  const groups = new Map<string, Paper[]>();
  for (const p of papers) {
    const c = p.categories[0] ?? '';
    const list = groups.get(c);
    if (list) list.push(p);
    else groups.set(c, [p]);
  }
  return [...groups.entries()].map(([category, list]) => ({ category, papers: list }));
}
