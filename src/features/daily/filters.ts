/**
 * The daily page's filters: categories (union), trends (union) and text (every term must
 * occur somewhere in the paper), combined with AND. The URL query string is their only
 * home: `?cat=cs.LG&cat=hep-th&trend=…&q=…`.
 */
import { queryTerms } from '@/lib/highlight';
import { param, readUrlState, writeUrlState, type Values } from '@/lib/url-state';
import type { WatchHits } from '@/entities/watches/match';
import type { PaperDetails, PaperEntry } from '@/schema/digest';

export interface DailyFilters {
  categories: string[];
  trends: string[];
  query: string;
  /** Leave out the papers marked read (`?hide=read`). */
  hideRead?: boolean;
  /** One list in the For-you order (`?sort=for-you`) instead of the digest's. */
  forYou?: boolean;
  /** Only the papers matching a watch (`?watched=1`). */
  watched?: boolean;
  /** Show the papers a negative keyword hides (`?muted=show`). */
  showMuted?: boolean;
}

/** The filters' home: the URL's query string (src/lib/url-state.ts). */
export const DAILY_PARAMS = {
  cat: param.list(),
  trend: param.list(),
  q: param.string(),
  hide: param.flag('read'),
  sort: param.flag('for-you'),
  watched: param.flag('1'),
  muted: param.flag('show'),
};

type DailyParams = Values<typeof DAILY_PARAMS>;

export function filtersOf(v: DailyParams): DailyFilters {
  return {
    categories: v.cat,
    trends: v.trend,
    query: v.q,
    hideRead: v.hide,
    forYou: v.sort,
    watched: v.watched,
    showMuted: v.muted,
  };
}

/** The URL parameters of a change to some of the filters. */
export function paramsOf(f: Partial<DailyFilters>): Partial<DailyParams> {
  return {
    ...(f.categories !== undefined ? { cat: f.categories } : {}),
    ...(f.trends !== undefined ? { trend: f.trends } : {}),
    ...(f.query !== undefined ? { q: f.query } : {}),
    ...(f.hideRead !== undefined ? { hide: f.hideRead } : {}),
    ...(f.forYou !== undefined ? { sort: f.forYou } : {}),
    ...(f.watched !== undefined ? { watched: f.watched } : {}),
    ...(f.showMuted !== undefined ? { muted: f.showMuted } : {}),
  };
}

export function readFilters(params: URLSearchParams): DailyFilters {
  return filtersOf(readUrlState(DAILY_PARAMS, params));
}

/** Writes the filters into a copy of the params, keeping any other parameter. */
export function writeFilters(params: URLSearchParams, f: Partial<DailyFilters>): URLSearchParams {
  return writeUrlState(DAILY_PARAMS, params, paramsOf(f));
}

export function isFiltered(f: DailyFilters): boolean {
  return (
    f.categories.length > 0 ||
    f.trends.length > 0 ||
    f.query.trim().length > 0 ||
    Boolean(f.hideRead) ||
    Boolean(f.watched)
  );
}

/** What the text filter searches in a list entry (the arXiv id too), lower-cased. */
export function entryText(p: PaperEntry): string {
  return [p.id, p.title, p.authors.join(' '), p.tldr ?? ''].join('\n').toLowerCase();
}

/** What the text filter searches in a paper's details, lower-cased. */
export function detailsText(d: PaperDetails): string {
  const { summary } = d;
  return [
    summary.motivation ?? '',
    summary.method ?? '',
    summary.result ?? '',
    summary.conclusion ?? '',
    ...summary.extra.map((e) => e.text),
    d.abstract,
  ]
    .join('\n')
    .toLowerCase();
}

/** Search text by object, built on first use (the data objects are never changed). */
const haystacks = new WeakMap<object, string>();

function haystack<T extends object>(o: T, text: (o: T) => string): string {
  let hay = haystacks.get(o);
  if (hay === undefined) haystacks.set(o, (hay = text(o)));
  return hay;
}

/** At most this long per idle slice: a tap that comes meanwhile waits no longer. */
const PREPARE_SLICE_MS = 8;

/**
 * Builds the text filter's search text of `papers` in idle moments, a slice at a time, so that
 * the first keystroke does not build it for them all (~50 ms at 4x CPU for a month's 4,200
 * papers, in the keystroke's frame). Returns a function that stops it.
 */
export function prepareTextFilter(papers: readonly PaperEntry[]): () => void {
  if (typeof requestIdleCallback === 'undefined') return () => undefined;
  let next = 0;
  let handle = 0;
  const slice = (deadline: IdleDeadline) => {
    const end = performance.now() + Math.min(deadline.timeRemaining(), PREPARE_SLICE_MS);
    while (next < papers.length && performance.now() < end) haystack(papers[next++]!, entryText);
    if (next < papers.length) handle = requestIdleCallback(slice);
  };
  handle = requestIdleCallback(slice);
  return () => cancelIdleCallback(handle);
}

export interface FilterContext {
  /** Paper ids linked to each trend of the weeks covering the day. */
  trendPapers: ReadonlyMap<string, ReadonlySet<string>>;
  /** The day's details by paper id, once loaded: the text filter searches them too. */
  details?: ReadonlyMap<string, PaperDetails> | undefined;
  /** Papers marked read, by id. */
  read?: Readonly<Record<string, string>> | undefined;
  /** What each paper matches of the reader's watches (none: no watches). */
  hits?: ReadonlyMap<string, WatchHits> | undefined;
}

export function filterPapers<P extends PaperEntry>(
  papers: readonly P[],
  f: DailyFilters,
  ctx: FilterContext,
): P[] {
  const cats = new Set(f.categories);
  const terms = queryTerms(f.query);
  const trendIds = new Set<string>();
  for (const t of f.trends) for (const id of ctx.trendPapers.get(t) ?? []) trendIds.add(id);
  return papers.filter((p) => {
    if (cats.size > 0 && !cats.has(p.categories[0] ?? '')) return false;
    if (f.trends.length > 0 && !trendIds.has(p.id)) return false;
    if (f.hideRead && ctx.read?.[p.id]) return false;
    const hit = ctx.hits?.get(p.id);
    if (f.watched && !hit?.watches.length) return false;
    if (!f.showMuted && hit?.negative.length) return false;
    if (terms.length > 0) {
      const hay = haystack(p, entryText);
      const d = ctx.details?.get(p.id);
      const more = d ? haystack(d, detailsText) : '';
      if (!terms.every((t) => hay.includes(t) || more.includes(t))) return false;
    }
    return true;
  });
}

/** Papers grouped by primary category, in the order categories first appear. */
export function groupByCategory<P extends PaperEntry>(
  papers: readonly P[],
): { category: string; papers: P[] }[] {
  const groups = new Map<string, P[]>();
  for (const p of papers) {
    const c = p.categories[0] ?? '';
    const list = groups.get(c);
    if (list) list.push(p);
    else groups.set(c, [p]);
  }
  return [...groups.entries()].map(([category, list]) => ({ category, papers: list }));
}
