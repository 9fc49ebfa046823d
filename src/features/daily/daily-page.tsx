import { useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Link } from '@/components/ui/link';
import { CardSkeletons } from '@/components/ui/skeleton';
import { dailyQueryOptions, manifestQueryOptions } from '@/entities/digests/api';
import { useI18n } from '@/i18n';
import { errorMessage } from '@/lib/error-message';
import type { DailyList, Manifest, ManifestWeekly } from '@/schema/digest';
import { DayListing } from './day-listing';

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
            <Link to="/">{t.common.seeArchive}</Link>
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
      <div className="flex flex-wrap items-center justify-between gap-x-2">
        <h1 className="text-xl font-bold tracking-tight sm:text-2xl">
          <span className="sr-only">{t.daily.srTitle}</span>
          {date}
        </h1>
        <nav aria-label={t.daily.otherDays} className="flex gap-1 text-sm">
          {older ? (
            <Link to={`/daily/${older}`} size="touch" className="px-1.5">
              {t.daily.previous}
              <span className="sr-only"> ({older})</span>
            </Link>
          ) : null}
          {newer ? (
            <Link to={`/daily/${newer}`} size="touch" className="px-1.5">
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
    <nav
      aria-label={t.daily.summaryLanguage}
      className="mt-1 flex flex-wrap items-center gap-2 text-sm"
    >
      <span className="text-slate-600">{t.daily.summaries}</span>
      {entries.map((e) => (
        <Link
          key={e.file}
          to={`/daily/${date}?lang=${e.language ?? 'raw'}`}
          aria-current={e.language === current ? 'page' : undefined}
          size="touch"
          className="rounded px-1.5 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white aria-[current=page]:no-underline"
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

function DigestBody({
  digest,
  weeklies,
}: {
  digest: DailyList;
  weeklies: readonly ManifestWeekly[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <DayListing digest={digest} weeklies={weeklies}>
      <p className="mt-1 text-sm text-slate-600">
        {t.common.papers(digest.papers.length, i18n.number(digest.papers.length))}
        {digest.language !== null
          ? t.daily.summariesIn(i18n.language(digest.language))
          : t.daily.noSummaries}
        {digest.stats.duplicatesRemoved > 0
          ? t.daily.duplicates(i18n.number(digest.stats.duplicatesRemoved))
          : ''}
      </p>
    </DayListing>
  );
}
