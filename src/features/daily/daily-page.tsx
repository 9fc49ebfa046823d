import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { CardSkeletons } from '@/components/ui/skeleton';
import { ToggleButton } from '@/components/ui/toggle-button';
import {
  dailyDetailsQueryOptions,
  dailyQueryOptions,
  manifestQueryOptions,
  weeklyQueryOptions,
} from '@/entities/digests/api';
import { useLibrary } from '@/entities/reading-list/store';
import { useI18n } from '@/i18n';
import { errorMessage } from '@/lib/error-message';
import { queryTerms } from '@/lib/highlight';
import { useUrlText } from '@/lib/url-text';
import type { DailyList, Manifest, ManifestWeekly, WeeklyDigest } from '@/schema/digest';
import {
  filterPapers,
  groupByCategory,
  isFiltered,
  readFilters,
  writeFilters,
  type DailyFilters,
} from './filters';
import { groupAnchor } from './list-rows';
import { PaperList } from './paper-list';

/** The digests of one date in the manifest, and the dates before and after it. */
function locate(manifest: Manifest, date: string, lang: string | null) {
  const sameDay = manifest.dailies.filter((d) => d.date === date);
  const entry = sameDay.find((d) => (d.language ?? 'raw') === lang) ?? sameDay[0];
  const dates = [...new Set(manifest.dailies.map((d) => d.date))]; // newest first
  const i = dates.indexOf(date);
  return {
    entry,
    sameDay,
    newer: i > 0 ? dates[i - 1] : undefined,
    older: i >= 0 && i < dates.length - 1 ? dates[i + 1] : undefined,
  };
}

/** Paper ids linked to each trend of the weeks covering the day. */
function combineTrendPapers(
  results: readonly { data?: { trendLinks: WeeklyDigest['trendLinks'] } | undefined }[],
) {
  const map = new Map<string, Set<string>>();
  for (const r of results) {
    for (const link of r.data?.trendLinks ?? []) {
      const set = map.get(link.trend) ?? new Set<string>();
      for (const p of link.papers) if (p.id) set.add(p.id);
      map.set(link.trend, set);
    }
  }
  return map;
}

function useTrendPapers(weeklies: readonly ManifestWeekly[]) {
  return useQueries({
    queries: weeklies.map((w) => weeklyQueryOptions(w.file)),
    combine: combineTrendPapers,
  });
}

export function DailyPage() {
  const { date = '' } = useParams();
  const [params] = useSearchParams();
  const manifest = useQuery(manifestQueryOptions());
  const { t } = useI18n();

  if (manifest.isPending) return <DailySkeleton date={date} />;
  if (manifest.isError) {
    return (
      <DailyShell date={date}>
        <Alert title={t.common.manifestFailed} onRetry={() => void manifest.refetch()}>
          {errorMessage(manifest.error)}
        </Alert>
      </DailyShell>
    );
  }
  const { entry, sameDay, newer, older } = locate(manifest.data, date, params.get('lang'));
  if (!entry) {
    return (
      <DailyShell date={date} newer={newer} older={older}>
        <Alert title={t.daily.none(date)}>
          <p>
            <Link to="/" className="underline">
              {t.common.seeArchive}
            </Link>
          </p>
        </Alert>
      </DailyShell>
    );
  }
  const weeklies = manifest.data.weeklies.filter((w) => w.start <= date && date <= w.end);
  return (
    <DailyShell date={date} newer={newer} older={older}>
      {sameDay.length > 1 ? (
        <LanguageSwitch date={date} entries={sameDay} current={entry.language} />
      ) : null}
      <DailyDigestView file={entry.file} weeklies={weeklies} />
    </DailyShell>
  );
}

function DailyShell({
  date,
  newer,
  older,
  children,
}: {
  date: string;
  newer?: string | undefined;
  older?: string | undefined;
  children: React.ReactNode;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const inWords = i18n.date(date, 'full');
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">
          <span className="sr-only">{t.daily.srTitle}</span>
          {date}
        </h1>
        <nav aria-label={t.daily.otherDays} className="flex gap-3 text-sm">
          {older ? (
            <Link to={`/daily/${older}`} className="text-blue-800 underline">
              {t.daily.previous}
              <span className="sr-only"> ({older})</span>
            </Link>
          ) : null}
          {newer ? (
            <Link to={`/daily/${newer}`} className="text-blue-800 underline">
              {t.daily.next}
              <span className="sr-only"> ({newer})</span> →
            </Link>
          ) : null}
        </nav>
      </div>
      {inWords !== date ? (
        <p className="text-sm text-slate-600">
          <time dateTime={date}>{inWords}</time>
        </p>
      ) : null}
      {children}
    </div>
  );
}

function DailySkeleton({ date }: { date: string }) {
  return (
    <DailyShell date={date}>
      <CardSkeletons />
    </DailyShell>
  );
}

function LanguageSwitch({
  date,
  entries,
  current,
}: {
  date: string;
  entries: readonly Manifest['dailies'][number][];
  current: string | null;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <nav aria-label={t.daily.summaryLanguage} className="mt-2 flex flex-wrap gap-2 text-sm">
      <span className="text-slate-600">{t.daily.summaries}</span>
      {entries.map((e) => (
        <Link
          key={e.file}
          to={`/daily/${date}?lang=${e.language ?? 'raw'}`}
          aria-current={e.language === current ? 'page' : undefined}
          className="rounded px-1.5 underline aria-[current=page]:bg-slate-900 aria-[current=page]:text-white aria-[current=page]:no-underline"
        >
          {i18n.language(e.language)}
        </Link>
      ))}
    </nav>
  );
}

function DailyDigestView({
  file,
  weeklies,
}: {
  file: string;
  weeklies: readonly ManifestWeekly[];
}) {
  const digest = useQuery(dailyQueryOptions(file));
  const { t } = useI18n();
  // The day's list first renders in a transition, which React splits into short slices: a
  // long day never blocks input for the whole of its first render.
  const data = useDeferredValue(digest.data);
  if (digest.isError) {
    return (
      <Alert title={t.daily.failed} onRetry={() => void digest.refetch()}>
        {errorMessage(digest.error)}
      </Alert>
    );
  }
  if (data === undefined) return <CardSkeletons />;
  return <DigestBody digest={data} weeklies={weeklies} />;
}

/**
 * The day's details (abstracts and summary sections) are a separate file, fetched when a card
 * is opened or about to be, or when the text filter needs them: the list paints without them.
 */
function useDayDetails(file: string, needed: boolean) {
  const queryClient = useQueryClient();
  const options = dailyDetailsQueryOptions(file);
  const query = useQuery({ ...options, enabled: needed });
  const byId = useMemo(
    () => (query.data ? new Map(query.data.papers.map((d) => [d.id, d])) : undefined),
    [query.data],
  );
  const { refetch } = query;
  const error = useMemo(
    () =>
      query.error ? { message: errorMessage(query.error), retry: () => void refetch() } : undefined,
    [query.error, refetch],
  );
  // Intent (a pointer over Details, focus on it) loads the details ahead; it does not fetch a
  // file that failed again: that is the card's "Try again", not every hover.
  const want = useCallback(() => {
    const options = dailyDetailsQueryOptions(file);
    if (queryClient.getQueryState(options.queryKey)?.status === 'error') return;
    void queryClient.prefetchQuery(options);
  }, [queryClient, file]);
  return { byId, error, want, pending: needed && query.isPending };
}

function DigestBody({
  digest,
  weeklies,
}: {
  digest: DailyList;
  weeklies: readonly ManifestWeekly[];
}) {
  const [params, setParams] = useSearchParams();
  const i18n = useI18n();
  const { t } = i18n;
  const total = i18n.number(digest.papers.length);
  const filters = readFilters(params);
  // The latest params for handlers and the delayed URL write (updated after each render).
  const paramsRef = useRef(params);
  useEffect(() => {
    paramsRef.current = params;
  }, [params]);
  const update = (next: DailyFilters, replace = false) =>
    setParams(writeFilters(paramsRef.current, next), { replace });
  const trendPapers = useTrendPapers(weeklies);
  const trendNames = useMemo(() => [...new Set(weeklies.flatMap((w) => w.trends))], [weeklies]);
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const p of digest.papers)
      m.set(p.categories[0] ?? '', (m.get(p.categories[0] ?? '') ?? 0) + 1);
    return m;
  }, [digest]);

  const [text, setText] = useUrlText(
    filters.query,
    (query) => update({ ...readFilters(paramsRef.current), query }, true),
    URL_WRITE_DELAY_MS,
  );
  const deferredQuery = useDeferredValue(text);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const details = useDayDetails(digest.details, expanded.size > 0 || text.trim() !== '');
  // Keys that change only when the selection does (the arrays are new on every render).
  const catKey = filters.categories.join('\n');
  const trendKey = filters.trends.join('\n');
  const hideRead = Boolean(filters.hideRead);
  // Read state matters to the list only while read papers are hidden: saving or marking a
  // paper otherwise does not filter the day again.
  const { read: readState } = useLibrary();
  const read = hideRead ? readState : undefined;
  const visible = useMemo(() => {
    const f = {
      categories: catKey ? catKey.split('\n') : [],
      trends: trendKey ? trendKey.split('\n') : [],
      query: deferredQuery,
      hideRead,
    };
    return filterPapers(digest.papers, f, {
      trendPapers,
      details: details.byId,
      read,
    });
  }, [digest, catKey, trendKey, deferredQuery, hideRead, read, trendPapers, details.byId]);
  const groups = useMemo(() => groupByCategory(visible), [visible]);
  const terms = useMemo(() => queryTerms(deferredQuery), [deferredQuery]);

  const toggle = useCallback(
    (id: string) =>
      setExpanded((prev) => {
        const next = new Set(prev);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [setExpanded],
  );

  const toggleIn = (list: string[], value: string) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

  return (
    <>
      <p className="mt-1 text-sm text-slate-600">
        {t.common.papers(digest.papers.length, total)}
        {digest.language !== null
          ? t.daily.summariesIn(i18n.language(digest.language))
          : t.daily.noSummaries}
        {digest.stats.duplicatesRemoved > 0
          ? t.daily.duplicates(i18n.number(digest.stats.duplicatesRemoved))
          : ''}
      </p>

      <section
        aria-label={t.daily.filters}
        className="mt-4 space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
      >
        <div role="group" aria-label={t.daily.categories} className="flex flex-wrap gap-1.5">
          <ToggleButton
            pressed={filters.categories.length === 0}
            onClick={() => update({ ...filters, categories: [] })}
          >
            {t.daily.allCategories} <span className="opacity-75">{total}</span>
          </ToggleButton>
          {[...counts.entries()].map(([code, n]) => (
            <ToggleButton
              key={code}
              pressed={filters.categories.includes(code)}
              onClick={() => update({ ...filters, categories: toggleIn(filters.categories, code) })}
            >
              <span className="font-mono">{code || t.common.uncategorised}</span>{' '}
              <span className="opacity-75">{i18n.number(n)}</span>
            </ToggleButton>
          ))}
        </div>
        {trendNames.length > 0 ? (
          <div role="group" aria-label={t.daily.trends} className="flex flex-wrap gap-1.5">
            <span
              className="self-center text-xs font-semibold text-slate-600 uppercase"
              aria-hidden="true"
            >
              {t.daily.trends}
            </span>
            {trendNames.map((t) => (
              <ToggleButton
                key={t}
                pressed={filters.trends.includes(t)}
                onClick={() => update({ ...filters, trends: toggleIn(filters.trends, t) })}
              >
                {t}
              </ToggleButton>
            ))}
          </div>
        ) : null}
        <div className="flex flex-wrap items-center gap-2">
          <label className="flex min-w-0 flex-1 basis-64 items-center gap-2">
            <span className="sr-only text-sm font-medium sm:not-sr-only">
              {t.daily.filterLabel}
            </span>
            <input
              type="search"
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder={t.daily.filterPlaceholder}
              className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-2 py-1"
            />
          </label>
          <ToggleButton
            pressed={hideRead}
            onClick={() => update({ ...filters, hideRead: !hideRead })}
          >
            {t.common.hideRead}
          </ToggleButton>
          <button
            type="button"
            onClick={() => setExpanded(new Set(visible.map((p) => p.id)))}
            className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-100"
          >
            {t.daily.expandAll}
          </button>
          <button
            type="button"
            onClick={() => setExpanded(new Set())}
            className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-100"
          >
            {t.daily.collapseAll}
          </button>
        </div>
        <p role="status" className="text-sm font-medium text-slate-800">
          {t.daily.showing(i18n.number(visible.length), total)}
          {deferredQuery.trim() && details.pending ? (
            <span className="font-normal text-slate-600">{t.daily.searchingDetails}</span>
          ) : null}
          {deferredQuery.trim() && details.error ? (
            <span className="font-normal text-slate-600">{t.daily.detailsFailed}</span>
          ) : null}
        </p>
      </section>

      {groups.length > 1 ? (
        <nav aria-label={t.daily.toc} className="mt-4 text-sm">
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            {groups.map((g) => (
              <li key={g.category}>
                <a
                  href={`#${groupAnchor(g.category)}`}
                  className="font-mono text-blue-800 underline"
                >
                  {g.category || t.common.uncategorised}
                </a>{' '}
                <span className="text-slate-600">({i18n.number(g.papers.length)})</span>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {visible.length === 0 ? (
        <div className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 text-center">
          <p className="font-medium">
            {digest.papers.length === 0
              ? t.daily.noPapers
              : details.pending && deferredQuery.trim()
                ? t.daily.noQuickMatch
                : t.daily.noMatch}
          </p>
          {isFiltered(filters) ? (
            <button
              type="button"
              onClick={() => {
                setText('', { immediate: true });
                update({ categories: [], trends: [], query: '', hideRead: false });
              }}
              className="mt-2 rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700"
            >
              {t.daily.clearFilters}
            </button>
          ) : null}
        </div>
      ) : null}

      <PaperList
        groups={groups}
        language={digest.language}
        date={digest.date}
        details={details.byId}
        detailsError={details.error}
        onDetailsWanted={details.want}
        expanded={expanded}
        onToggle={toggle}
        terms={terms}
      />
    </>
  );
}

/** How long typing may pause before the text filter is written into the URL. */
const URL_WRITE_DELAY_MS = 300;
