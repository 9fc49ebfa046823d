/**
 * `/since`: every paper of every day after the reader's previous visit, each once with the
 * dates it was listed on, with the daily page's filters and For you; `?from=&to=` for any
 * range, with quick choices. The days' lists are fetched like the daily page's (each cached).
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Link } from '@/components/ui/link';
import { CardSkeletons } from '@/components/ui/skeleton';
import { dailyQueryOptions, manifestQueryOptions } from '@/entities/digests/api';
import { usePageMessages, useI18n } from '@/i18n';
import { errorMessage } from '@/lib/error-message';
import { newestDate, previousVisit } from '@/lib/visits';
import type { DailyList, Manifest } from '@/schema/digest';
import { DayListing } from './day-listing';
import { sinceMessages } from './since-messages';
import { addDays, daysIn, mergeDays, sinceRange, type RangeDay } from './range';

const QUICK = [
  ['days3', 3],
  ['week', 7],
  ['month', 30],
] as const;

export function SincePage() {
  const msg = usePageMessages(sinceMessages);
  const manifest = useQuery(manifestQueryOptions());
  const { t } = useI18n();
  if (manifest.isPending)
    return (
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{msg.title}</h1>
        <CardSkeletons />
      </div>
    );
  if (manifest.isError)
    return (
      <Alert title={t.common.manifestFailed} onRetry={() => void manifest.refetch()}>
        {errorMessage(manifest.error)}
      </Alert>
    );
  return <SinceRange manifest={manifest.data} />;
}

function SinceRange({ manifest }: { manifest: Manifest }) {
  const msg = usePageMessages(sinceMessages);
  const i18n = useI18n();
  const [params] = useSearchParams();
  const newest = newestDate(manifest);
  // Read once per visit (the tab's first page that knows the archive).
  const [previous] = useState(() => previousVisit(newest));
  const { from, to, explicit, sinceVisit } = sinceRange(newest, params, previous);
  const days = useMemo(
    () => daysIn(manifest, from, to, params.get('lang')),
    [manifest, from, to, params],
  );
  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight">
        {sinceVisit ? msg.title : msg.range(from, to)}
      </h1>
      <p className="mt-1 text-sm text-slate-600">
        {sinceVisit
          ? msg.sinceVisit(previous ?? '', i18n.number(days.length))
          : previous === null && !explicit
            ? msg.firstVisit(i18n.number(days.length))
            : msg.days(i18n.number(days.length))}
      </p>
      <nav aria-label={msg.quick} className="mt-2 flex flex-wrap gap-2 text-sm">
        {QUICK.map(([key, n]) => {
          // Another range of the same view: the sort, the language and the filters stay.
          const next = new URLSearchParams(params);
          next.set('from', addDays(newest, 1 - n));
          next.set('to', newest);
          const href = `/since?${next.toString()}`;
          return (
            <Link key={key} to={href} size="touch" className="px-1.5">
              {msg[key]}
            </Link>
          );
        })}
      </nav>
      {days.length === 0 ? (
        <p className="mt-6">{msg.nothing}</p>
      ) : (
        <RangeLists days={days} label={`${from}…${to}`} />
      )}
    </div>
  );
}

function RangeLists({ days, label }: { days: readonly RangeDay[]; label: string }) {
  const { t } = useI18n();
  // The newest day first, alone: its papers are the first screen. The older days are asked
  // for once that screen is painted (fetched, checked and merged as they came, they kept it
  // waiting behind them).
  // Only the newest day's query exists until then: thirty of them, each with its observer
  // subscribed, were ~30 ms of the first render and its effects at 4x CPU on a month.
  const [painted, setPainted] = useState(false);
  const asked = painted ? days : days.slice(0, 1);
  const total = days.length;
  const combine = useCallback(
    (results: readonly Result[]) => combineLists(results, total),
    [total],
  );
  const lists = useQueries({
    queries: asked.map((d) => dailyQueryOptions(d.file)),
    combine,
  });
  // The newest day at once; the whole range then in the background, in slices: a tap made
  // meanwhile is not kept waiting for thousands of papers to be merged and filtered.
  const deferred = useDeferredValue(lists.data);
  const shownLists = deferred.length === 0 ? lists.data : deferred;
  const shown = lists.data.length > 0;
  useEffect(() => {
    if (painted || !shown) return;
    // After the next frame is on screen.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted, shown]);
  if (lists.failed)
    return (
      <Alert title={t.daily.failed} onRetry={() => void lists.failed?.refetch()}>
        {errorMessage(lists.failed.error)}
      </Alert>
    );
  if (shownLists.length === 0) return <CardSkeletons />;
  return <RangeBody lists={shownLists} label={label} loading={days.length - shownLists.length} />;
}

/** The newest day alone, while the older ones load: one array per list (the same each time). */
const newestOnly = new WeakMap<DailyList, DailyList[]>();

/**
 * The newest day as soon as it is in, then every day once all are: two renders of the range,
 * not one per day (each merges and filters thousands of papers, and a tap made meanwhile waits
 * for it). The list's top never moves: the older days go below.
 */
interface Result {
  data?: DailyList | undefined;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

function combineLists(results: readonly Result[], total: number) {
  const failed = results.find((r) => r.isError);
  const first = results[0]?.data;
  if (!first) return { data: [], failed };
  if (results.length === total && results.every((r) => r.data))
    return { data: results.map((r) => r.data!), failed };
  let data = newestOnly.get(first);
  if (!data) newestOnly.set(first, (data = [first]));
  return { data, failed };
}

function RangeBody({
  lists,
  label,
  loading,
}: {
  lists: readonly DailyList[];
  label: string;
  /** Days still loading (older than those shown). */
  loading: number;
}) {
  const msg = usePageMessages(sinceMessages);
  const i18n = useI18n();
  const merged = useMemo(() => mergeDays(lists), [lists]);
  // One list for the page's panels: the papers of every day, each once.
  const digest = useMemo<DailyList>(() => {
    const { rank: _rank, ...head } = lists[0]!;
    return { ...head, date: label, papers: merged.papers };
  }, [lists, merged, label]);
  const range = useMemo(
    () => ({
      rankFiles: lists.flatMap((l) => (l.rank ? [l.rank] : [])),
      loading: loading > 0,
      detailsOf: (id: string) => merged.dayOf.get(id)?.details,
      dateOf: (id: string) => merged.dayOf.get(id)?.date,
      listedOn: merged.dates,
      date: lists[0]!.date,
    }),
    [lists, merged, loading],
  );
  const repeated = merged.listings - merged.papers.length;
  return (
    <DayListing digest={digest} weeklies={[]} range={range}>
      <p className="mt-2 text-sm text-slate-600">
        {msg.papers(i18n.number(merged.papers.length), i18n.number(lists.length))}
        {repeated > 0 ? msg.repeated(i18n.number(repeated)) : ''}
        {loading > 0 ? msg.loading(i18n.number(loading)) : ''}
      </p>
    </DayListing>
  );
}
