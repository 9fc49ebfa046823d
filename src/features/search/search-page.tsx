import { useQuery, useQueryClient } from '@tanstack/react-query';
import { searchMessages } from './messages';
import { Button } from '@/components/ui/button';
import { cardVariants } from '@/components/ui/variants';
import { Field, Input, Select } from '@/components/ui/field';
import { searchMatches } from '@/search/highlight';
import { useCallback, useMemo, useState } from 'react';
import { Link } from '@/components/ui/link';
import { Alert } from '@/components/ui/alert';
import { RichText } from '@/components/ui/rich-text';
import { CardSkeletons } from '@/components/ui/skeleton';
import { manifestQueryOptions } from '@/entities/digests/api';
import { ForYouRanking } from '@/entities/ranking/for-you';
import { inForYouOrder } from '@/entities/ranking/for-you-state';
import { useForYouView } from '@/entities/ranking/use-for-you-view';
import { errorMessage } from '@/lib/error-message';
import { param, useUrlState, type Values } from '@/lib/url-state';
import { useUrlText } from '@/lib/url-text';
import { documentTables, search, type SearchFilters, type SearchResults } from '@/search/engine';
import { indexFileLoader, searchMetaQueryOptions } from './api';
import { useI18n, usePageMessages } from '@/i18n';

/** Typing may pause this long before the query runs and goes into the URL. */
const QUERY_DELAY_MS = 50;
/** Results shown at first, and added by each "Show more results". */
const PAGE = 10;

/** The search's home: the URL's query string (src/lib/url-state.ts). */
const SEARCH_PARAMS = {
  q: param.string(),
  cat: param.string(),
  from: param.date(),
  to: param.date(),
  sort: param.flag('for-you'),
};

/**
 * In the For-you order, the best this many matches are sorted by the reader's signals (by
 * their title, authors, categories and summary: a search spans days whose ranking data is not
 * loaded), and shown PAGE at a time.
 */
const FOR_YOU_POOL = 100;

/**
 * The search in the URL, its index and its results: the query box ahead of the URL while
 * typing, the results of the URL's query, PAGE more on each request.
 */
function useSearch() {
  const [{ q, cat, from, to, sort }, setParams] = useUrlState(SEARCH_PARAMS);
  const filters: SearchFilters = {
    ...(cat ? { category: cat } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const manifest = useQuery(manifestQueryOptions());
  const metaFile = manifest.data?.search;
  const meta = useQuery({ ...searchMetaQueryOptions(metaFile ?? ''), enabled: Boolean(metaFile) });
  const queryClient = useQueryClient();
  const tables = useMemo(() => (meta.data ? documentTables(meta.data) : undefined), [meta.data]);
  const base = metaFile ? metaFile.replace(/meta\.json$/, '') : '';

  // How many results to show: PAGE more on each request, back to PAGE for a new search.
  const keyOf = (query: string) => [
    base,
    query,
    filters.category ?? '',
    filters.from ?? '',
    filters.to ?? '',
  ];
  const resultsOptions = (query: string, count: number) => ({
    queryKey: ['search', 'results', ...keyOf(query), count],
    queryFn: () =>
      search(meta.data!, tables!, query, filters, indexFileLoader(queryClient), base, count),
    enabled: Boolean(meta.data && tables && query.trim()),
    staleTime: Infinity,
  });
  const searchKey = keyOf(q);
  const [shown, setShown] = useState({ key: searchKey.join('\n'), limit: PAGE });
  const limit = shown.key === searchKey.join('\n') ? shown.limit : PAGE;
  // When typing pauses the search starts at once, while the URL (and so the page) updates.
  const runQuery = (value: string) => {
    const options = resultsOptions(value, PAGE);
    if (options.enabled) void queryClient.prefetchQuery(options);
    setParams({ q: value }, { replace: true });
  };
  // The box follows the URL when it changes from outside (back/forward, a link).
  const [text, setText] = useUrlText(q, runQuery, QUERY_DELAY_MS);
  const results = useQuery({
    ...resultsOptions(q, sort ? FOR_YOU_POOL : limit),
    // While more results of the same search load, the ones already shown stay.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey.slice(0, -1).join('\n') ===
      ['search', 'results', ...searchKey].join('\n')
        ? previous
        : undefined,
  });

  const showMore = () => setShown({ key: searchKey.join('\n'), limit: limit + PAGE });
  return {
    q,
    filters,
    forYou: sort,
    limit,
    setParams,
    manifest,
    metaFile,
    meta,
    text,
    setText,
    results,
    showMore,
  };
}

type SearchState = ReturnType<typeof useSearch>;

export function SearchPage() {
  const msg = usePageMessages(searchMessages);
  const search = useSearch();
  const { q, filters, forYou, setParams, manifest, metaFile, meta, text, setText, results } =
    search;
  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight">{msg.title}</h1>
      <SearchForm
        text={text}
        setText={setText}
        filters={filters}
        forYou={forYou}
        categories={meta.data?.categories ?? []}
        setParams={setParams}
      />

      <div className="mt-4">
        {manifest.isError || meta.isError || results.isError ? (
          <Alert
            title={msg.failed}
            onRetry={() =>
              void (manifest.isError
                ? manifest.refetch()
                : meta.isError
                  ? meta.refetch()
                  : results.refetch())
            }
          >
            {errorMessage(manifest.error ?? meta.error ?? results.error)}
          </Alert>
        ) : manifest.data && !metaFile ? (
          <Alert title={msg.noIndex}>{msg.noIndexHint}</Alert>
        ) : !q.trim() ? (
          <p className="text-slate-600">{msg.prompt}</p>
        ) : results.isPending ? (
          <CardSkeletons count={3} />
        ) : forYou ? (
          <ForYouResults state={search} data={results.data} />
        ) : (
          <>
            <Results
              q={q}
              total={results.data.total}
              hits={results.data.hits}
              terms={results.data.terms}
            />
            {results.data.total > results.data.hits.length ? (
              <Button
                disabled={results.isPlaceholderData}
                onClick={search.showMore}
                className="mt-3"
              >
                {results.isPlaceholderData ? msg.loadingMore : msg.showMore}
              </Button>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}

/** The query box, the category and the date range: each change goes into the URL. */
function SearchForm({
  text,
  setText,
  filters,
  forYou,
  categories,
  setParams,
}: {
  text: string;
  setText: (value: string, opts?: { immediate?: boolean }) => void;
  filters: SearchFilters;
  forYou: boolean;
  categories: readonly string[];
  setParams: (change: Partial<Values<typeof SEARCH_PARAMS>>) => void;
}) {
  const msg = usePageMessages(searchMessages);
  return (
    <form
      role="search"
      className={cardVariants({
        tone: 'muted',
        padding: 'sm',
        className: 'mt-3 grid gap-3 sm:grid-cols-[1fr_auto_auto_auto_auto]',
      })}
      onSubmit={(e) => {
        e.preventDefault();
        setText(text, { immediate: true });
        setParams({ q: text });
      }}
    >
      <Field label={msg.queryLabel}>
        <Input
          type="search"
          value={text}
          placeholder={msg.placeholder}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <Field label={msg.category}>
        <Select value={filters.category ?? ''} onChange={(e) => setParams({ cat: e.target.value })}>
          <option value="">{msg.allCategories}</option>
          {[...categories]
            .filter(Boolean)
            .sort()
            .map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
        </Select>
      </Field>
      <DateField
        label={msg.from}
        value={filters.from ?? ''}
        onChange={(v) => setParams({ from: v })}
      />
      <DateField label={msg.to} value={filters.to ?? ''} onChange={(v) => setParams({ to: v })} />
      <Field label={msg.sort}>
        <Select
          value={forYou ? 'for-you' : 'relevance'}
          onChange={(e) => setParams({ sort: e.target.value === 'for-you' })}
        >
          <option value="relevance">{msg.relevance}</option>
          <option value="for-you">{msg.forYou}</option>
        </Select>
      </Field>
    </form>
  );
}

function DateField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label}>
      <Input type="date" value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

function Results({
  q,
  total,
  hits,
  terms,
  shownOf,
  why,
  note,
}: {
  q: string;
  total: number;
  hits: Awaited<ReturnType<typeof search>>['hits'];
  terms: string[];
  /** How many matches the list holds (all of them, or the best ones). */
  shownOf?: number | undefined;
  /** In the For-you order: why each result is where it is. */
  why?: ((id: string) => string) | undefined;
  /** What the status adds (the For-you order's state). */
  note?: string | undefined;
}) {
  const msg = usePageMessages(searchMessages);
  const i18n = useI18n();
  const { t } = i18n;
  const match = useCallback((text: string) => searchMatches(text, terms), [terms]);
  if (terms.length === 0) return <p role="status">{msg.nothingToSearch(q)}</p>;
  return (
    <>
      <p role="status" className="font-medium">
        {total === 0
          ? msg.noMatch(q)
          : msg.matches(
              total,
              i18n.number(total),
              q,
              total > (shownOf ?? hits.length) ? i18n.number(shownOf ?? hits.length) : undefined,
            )}
        {note ? <span className="font-normal text-slate-700">{note}</span> : null}
      </p>
      <ol className="mt-3 space-y-3">
        {hits.map((h) => (
          <li key={h.id} className={cardVariants({ tone: 'flat', padding: 'sm' })}>
            <h2 className="font-semibold">
              <Link to={`/paper/${h.id}`}>
                <RichText text={h.t} match={match} />
              </Link>
            </h2>
            <p className="mt-0.5 text-sm text-slate-700">
              <RichText text={h.a.join(', ')} match={match} />
              {h.n > h.a.length ? t.common.andMore(i18n.number(h.n - h.a.length)) : ''}
            </p>
            <p className="mt-0.5 text-xs text-slate-600">
              <span className="font-mono">{h.c[0]}</span> · {h.d.join(', ')} · arXiv:{h.id}
            </p>
            {h.s ? (
              <p className="mt-1 text-sm text-slate-800" lang="zh">
                <RichText text={h.s.length >= 160 ? `${h.s}…` : h.s} match={match} />
              </p>
            ) : null}
            {why ? (
              <p data-part="why" className="mt-1 text-sm text-slate-700">
                {why(h.id)}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}

/**
 * The best FOR_YOU_POOL matches in the For-you order (the ranker is loaded with it), PAGE
 * more on each request.
 */
function ForYouResults({ state, data }: { state: SearchState; data: SearchResults }) {
  const msg = usePageMessages(searchMessages);
  const i18n = useI18n();
  const [view, setView] = useForYouView(true);
  const list = useMemo(
    () => ({
      date: '',
      language: null,
      papers: data.hits.map((h) => ({
        id: h.id,
        title: h.t,
        authors: h.a,
        categories: h.c,
        tldr: h.s,
      })),
    }),
    [data.hits],
  );
  const ordered = useMemo(
    () => (view.order ? inForYouOrder(data.hits, view.order, (h) => h.id) : data.hits),
    [data.hits, view.order],
  );
  const pool = data.hits.length;
  return (
    <>
      <ForYouRanking digest={list} byText onChange={setView} />
      <Results
        q={state.q}
        total={data.total}
        hits={ordered.slice(0, state.limit)}
        shownOf={pool}
        terms={data.terms}
        why={view.why}
        note={(data.total > 0 ? msg.forYouPool(i18n.number(pool)) : '') + view.note}
      />
      {pool > state.limit ? (
        <Button onClick={state.showMore} className="mt-3">
          {msg.showMore}
        </Button>
      ) : null}
    </>
  );
}
