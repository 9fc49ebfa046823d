/**
 * Trends and stats over the archive: papers per category per day (from the manifest, by each
 * digest's own date), and each weekly trend across weeks with the papers linked to it. Every
 * chart has a table alternative. Loaded only on /stats (the chart library is large).
 */
import { statsMessages } from './messages';
import { Select } from '@/components/ui/field';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { Link } from '@/components/ui/link';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { Alert } from '@/components/ui/alert';
import { CardSkeletons } from '@/components/ui/skeleton';
import { manifestQueryOptions, weeklyQueryOptions } from '@/entities/digests/api';
import { errorMessage } from '@/lib/error-message';
import type { Manifest, ManifestWeekly, WeeklyDigest } from '@/schema/digest';
import { TOP, papersPerDay } from './stats-data';
import { useI18n, usePageMessages } from '@/i18n';

/** Colours for the series, readable on both themes (Tailwind's 500/600 steps). */
const COLOURS = [
  '#2563eb',
  '#dc2626',
  '#16a34a',
  '#d97706',
  '#9333ea',
  '#0891b2',
  '#db2777',
  '#65a30d',
  '#64748b',
];
const RANGES = ['30', '90', '365', 'all'] as const;
/** Tooltips follow the theme: the palette's variables swap under .dark. */
const TOOLTIP_STYLE = { background: 'var(--color-white)', color: 'var(--color-slate-900)' };

export function StatsPage() {
  const msg = usePageMessages(statsMessages);
  const manifest = useQuery(manifestQueryOptions());
  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight">{msg.title}</h1>
      {manifest.isPending ? (
        <CardSkeletons count={2} />
      ) : manifest.isError ? (
        <Alert title={msg.failed} onRetry={() => void manifest.refetch()}>
          {errorMessage(manifest.error)}
        </Alert>
      ) : (
        <>
          <PapersPerCategory manifest={manifest.data} />
          <TrendsAcrossWeeks weeklies={manifest.data.weeklies} />
        </>
      )}
    </div>
  );
}

function PapersPerCategory({ manifest }: { manifest: Manifest }) {
  const msg = usePageMessages(statsMessages);
  const [range, setRange] = useState<(typeof RANGES)[number]>('90');
  const i18n = useI18n();
  const { rows, categories } = useMemo(() => papersPerDay(manifest), [manifest]);
  const shown = range === 'all' ? rows : rows.slice(-Number(range));
  const headingId = useId();
  const rangeId = useId();
  return (
    <section aria-labelledby={headingId} className="mt-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {msg.perDay}
        </h2>
        <label htmlFor={rangeId} className="flex items-center gap-2 text-sm">
          {msg.range}
          <Select
            id={rangeId}
            value={range}
            onChange={(e) => setRange(e.target.value as typeof range)}
          >
            {RANGES.map((v) => (
              <option key={v} value={v}>
                {msg.ranges[v]}
              </option>
            ))}
          </Select>
        </label>
      </div>
      <p className="mt-1 text-sm text-slate-600">{msg.perDayNote(i18n.number(TOP))}</p>
      <PerDayChart rows={shown} categories={categories} />
      <PerDayTable rows={shown} categories={categories} />
    </section>
  );
}

function TrendsAcrossWeeks({ weeklies }: { weeklies: readonly ManifestWeekly[] }) {
  const msg = usePageMessages(statsMessages);
  const weeks = useMemo(
    () => [...weeklies].sort((a, b) => a.start.localeCompare(b.start)),
    [weeklies],
  );
  const results = useQueries({ queries: weeks.map((w) => weeklyQueryOptions(w.file)) });
  const headingId = useId();
  const loaded = results.map((r) => r.data).filter((d): d is WeeklyDigest => Boolean(d));
  const failed = results.find((r) => r.isError);
  const rows = loaded.flatMap((w) =>
    w.trendLinks.map((t) => ({
      week: w.title,
      id: w.id,
      trend: t.trend,
      papers: t.papers,
      label: `${w.start} ${t.trend.length > 40 ? `${t.trend.slice(0, 40)}…` : t.trend}`,
      count: t.papers.length,
    })),
  );
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="text-lg font-semibold">
        {msg.trendsTitle}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{msg.trendsNote}</p>
      {failed ? (
        <Alert title={msg.weeklyFailed} onRetry={() => void failed.refetch()}>
          {errorMessage(failed.error)}
        </Alert>
      ) : null}
      {weeks.length === 0 ? (
        <p className="mt-3 text-slate-600">{msg.noWeeklies}</p>
      ) : loaded.length < weeks.length && !failed ? (
        <CardSkeletons count={1} />
      ) : (
        <>
          <TrendsChart rows={rows} weeks={loaded.length} />
          <ol className="mt-4 space-y-4">
            {loaded.map((w) => (
              <WeekTrends key={w.id} week={w} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function PerDayChart({ rows: shown, categories }: { rows: PerDayRows; categories: string[] }) {
  const msg = usePageMessages(statsMessages);
  const i18n = useI18n();
  return (
    <figure className="mt-3">
      <div
        className="h-80 text-slate-700"
        role="img"
        aria-label={msg.perDayChart(i18n.number(shown.length))}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={shown} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} />
            <XAxis dataKey="date" stroke="currentColor" fontSize={12} />
            <YAxis allowDecimals={false} stroke="currentColor" fontSize={12} />
            <Tooltip contentStyle={TOOLTIP_STYLE} />
            <Legend />
            {categories.map((c, i) => (
              <Bar
                key={c}
                dataKey={c}
                name={c === 'other' ? msg.other : c}
                stackId="papers"
                fill={COLOURS[i % COLOURS.length]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">{msg.perDay}</figcaption>
    </figure>
  );
}

/** The chart's numbers as a table (for screen readers, and to read exact values). */
function PerDayTable({ rows: shown, categories }: { rows: PerDayRows; categories: string[] }) {
  const msg = usePageMessages(statsMessages);
  return (
    <details className="mt-2">
      <summary className="cursor-pointer py-1 text-sm font-medium">{msg.table}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{msg.perDay}</caption>
          <thead>
            <tr>
              <th scope="col" className="px-2 text-left">
                {msg.date}
              </th>
              {categories.map((c) => (
                <th key={c} scope="col" className="px-2 text-right font-mono">
                  {c === 'other' ? msg.other : c}
                </th>
              ))}
              <th scope="col" className="px-2 text-right">
                {msg.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...shown].reverse().map((r) => (
              <tr key={r.date} className="border-t border-slate-200">
                <th scope="row" className="px-2 text-left font-normal">
                  <Link to={`/daily/${r.date}`} size="target">
                    {r.date}
                  </Link>
                </th>
                {categories.map((c) => (
                  <td key={c} className="px-2 text-right tabular-nums">
                    {r[c]}
                  </td>
                ))}
                <td className="px-2 text-right font-semibold tabular-nums">{r.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

type PerDayRows = ReturnType<typeof papersPerDay>['rows'];

/** One week's trends, each with its linked papers (the first five). */
function WeekTrends({ week: w }: { week: WeeklyDigest }) {
  const msg = usePageMessages(statsMessages);
  const i18n = useI18n();
  return (
    <li>
      <h3 className="font-semibold">
        <Link to={`/weekly/${w.id}`}>{w.title}</Link>{' '}
        <span className="text-sm font-normal text-slate-600">
          ({w.start} – {w.end})
        </span>
      </h3>
      <ul className="mt-1 list-disc space-y-1 pl-6 text-sm">
        {w.trendLinks.map((t) => (
          <li key={t.trend}>
            <Link to={`/weekly/${w.id}?trend=${encodeURIComponent(t.trend)}`}>{t.trend}</Link>
            {msg.papers(t.papers.length, i18n.number(t.papers.length))}
            {t.papers.length > 0 ? ' — ' : ''}
            {t.papers.slice(0, 5).map((p, i) => (
              <span key={`${p.id ?? p.title}-${i}`}>
                {i > 0 ? '; ' : ''}
                {p.id ? <Link to={`/paper/${p.id}`}>{p.title}</Link> : p.title}
              </span>
            ))}
            {t.papers.length > 5 ? msg.andMore(i18n.number(t.papers.length - 5)) : ''}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** Every trend of every week as a bar: how many papers each links. */
function TrendsChart({ rows, weeks }: { rows: { label: string; count: number }[]; weeks: number }) {
  const msg = usePageMessages(statsMessages);
  const i18n = useI18n();
  return (
    <figure className="mt-3">
      <div
        className="text-slate-700"
        style={{ height: Math.max(160, rows.length * 36 + 40) }}
        role="img"
        aria-label={msg.trendsChart(i18n.number(rows.length), i18n.number(weeks))}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} />
            <XAxis type="number" allowDecimals={false} stroke="currentColor" fontSize={12} />
            <YAxis
              type="category"
              dataKey="label"
              width={260}
              stroke="currentColor"
              fontSize={12}
            />
            <Tooltip contentStyle={TOOLTIP_STYLE} />
            <Bar
              dataKey="count"
              name={msg.linkedPapers}
              fill={COLOURS[0]}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">{msg.trendsCaption}</figcaption>
    </figure>
  );
}
