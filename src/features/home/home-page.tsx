import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { newestDate, previousVisit } from '@/lib/visits';
import { homeMessages } from './messages';
import { cardVariants } from '@/components/ui/variants';
import { Link } from '@/components/ui/link';
import { Alert } from '@/components/ui/alert';
import { CardSkeletons } from '@/components/ui/skeleton';
import { manifestQueryOptions } from '@/entities/digests/api';
import { hasPositiveSignals } from '@/entities/ranking/signals';
import { useLibraryValue } from '@/entities/reading-list/store';
import { useI18n, type I18n, usePageMessages } from '@/i18n';
import { errorMessage } from '@/lib/error-message';
import type { Manifest, ManifestDaily } from '@/schema/digest';

function dailyHref(d: ManifestDaily, manifest: Manifest): string {
  const several = manifest.dailies.filter((x) => x.date === d.date).length > 1;
  return `/daily/${d.date}${several ? `?lang=${d.language ?? 'raw'}` : ''}`;
}

function topCategories(d: ManifestDaily, i18n: I18n, n = 5): string {
  return Object.entries(d.categories)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([c, k]) => `${c || i18n.t.common.uncategorised} ${i18n.number(k)}`)
    .join(' · ');
}

/** "532 papers · 中文": a digest's size and summary language. */
function sizeAndLanguage(d: ManifestDaily, i18n: I18n): string {
  return `${i18n.t.common.papers(d.paperCount, i18n.number(d.paperCount))} · ${i18n.language(d.language)}`;
}

export function HomePage() {
  const msg = usePageMessages(homeMessages);
  const manifest = useQuery(manifestQueryOptions());
  const i18n = useI18n();
  const { t } = i18n;
  const heading = (
    <h1 className="text-2xl font-bold tracking-tight" id="home-title">
      {msg.title}
    </h1>
  );
  if (manifest.isPending) {
    return (
      <div>
        {heading}
        <CardSkeletons count={2} />
      </div>
    );
  }
  if (manifest.isError) {
    return (
      <div>
        {heading}
        <div className="mt-4">
          <Alert title={t.common.manifestFailed} onRetry={() => void manifest.refetch()}>
            {errorMessage(manifest.error)}
          </Alert>
        </div>
      </div>
    );
  }
  const m = manifest.data;
  if (m.dailies.length === 0 && m.weeklies.length === 0) {
    return (
      <div>
        {heading}
        <p className="mt-4">
          {msg.empty} <code className="rounded bg-slate-100 px-1">npm run ingest -- PATH</code>{' '}
          {msg.emptyAfter}
        </p>
      </div>
    );
  }
  return (
    <div>
      {heading}
      <SinceLink manifest={m} />
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <LatestDaily manifest={m} />
        <LatestWeekly manifest={m} />
      </div>
      <Archive manifest={m} />
    </div>
  );
}

/**
 * The way to /since, with how many papers came since the reader's previous visit; sorted For
 * you when the reader has taught it something (issue 19).
 */
function SinceLink({ manifest: m }: { manifest: Manifest }) {
  const msg = usePageMessages(homeMessages);
  const i18n = useI18n();
  const forYou = useLibraryValue(hasPositiveSignals);
  const newest = newestDate(m);
  const [previous] = useState(() => previousVisit(newest));
  if (!newest) return null;
  const after = m.dailies.filter((d, i, all) => {
    if (previous === null || d.date <= previous) return false;
    return all.findIndex((x) => x.date === d.date) === i;
  });
  const papers = after.reduce((n, d) => n + d.paperCount, 0);
  return (
    <p className="mt-2 text-sm">
      <Link to={forYou ? '/since?sort=for-you' : '/since'} size="touch" className="font-medium">
        {after.length > 0
          ? msg.sinceNew(i18n.number(papers), i18n.number(after.length))
          : msg.sinceNone}
      </Link>
    </p>
  );
}

/** One of the home page's two "latest" cards: a small heading, the digest's link, its facts. */
function LatestCard({
  id,
  heading,
  to,
  name,
  children,
}: {
  id: string;
  heading: string;
  to: string;
  name: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={cardVariants({ tone: 'flat' })}>
      <h2 id={id} className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
        {heading}
      </h2>
      <p className="mt-1 text-xl font-semibold">
        <Link to={to}>{name}</Link>
      </p>
      {children}
    </section>
  );
}

function LatestDaily({ manifest: m }: { manifest: Manifest }) {
  const msg = usePageMessages(homeMessages);
  const i18n = useI18n();
  const latestDaily = m.dailies[0];
  if (!latestDaily) return null;
  return (
    <LatestCard
      id="latest-daily"
      heading={msg.latestDaily}
      to={dailyHref(latestDaily, m)}
      name={latestDaily.date}
    >
      <p className="mt-1 text-sm text-slate-700">{sizeAndLanguage(latestDaily, i18n)}</p>
      <p className="mt-1 font-mono text-xs text-slate-600">{topCategories(latestDaily, i18n)}</p>
    </LatestCard>
  );
}

function LatestWeekly({ manifest: m }: { manifest: Manifest }) {
  const msg = usePageMessages(homeMessages);
  const latestWeekly = m.weeklies[0];
  if (!latestWeekly) return null;
  return (
    <LatestCard
      id="latest-weekly"
      heading={msg.latestWeekly}
      to={`/weekly/${latestWeekly.id}`}
      name={latestWeekly.title}
    >
      <p className="mt-1 text-sm text-slate-700">
        {latestWeekly.start} – {latestWeekly.end}
      </p>
      {latestWeekly.trends.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-sm text-slate-700">
          {latestWeekly.trends.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      ) : null}
    </LatestCard>
  );
}

/** Every digest, by month, newest first. */
function Archive({ manifest: m }: { manifest: Manifest }) {
  const msg = usePageMessages(homeMessages);
  const i18n = useI18n();
  const months = new Map<string, { dailies: ManifestDaily[]; weeklies: Manifest['weeklies'] }>();
  const monthOf = (key: string) => {
    let entry = months.get(key);
    if (!entry) months.set(key, (entry = { dailies: [], weeklies: [] }));
    return entry;
  };
  for (const d of m.dailies) monthOf(d.date.slice(0, 7)).dailies.push(d);
  for (const w of m.weeklies) monthOf(w.start.slice(0, 7)).weeklies.push(w);
  const ordered = [...months.entries()].sort((a, b) => b[0].localeCompare(a[0]));
  return (
    <section aria-labelledby="archive" className="mt-8">
      <h2 id="archive" className="text-xl font-semibold">
        {msg.archive}
      </h2>
      <p className="text-sm text-slate-600">
        {msg.archiveCounts(
          i18n.number(new Set(m.dailies.map((d) => d.date)).size),
          i18n.number(m.dailies.reduce((s, d) => s + d.paperCount, 0)),
          i18n.number(m.weeklies.length),
        )}
      </p>
      {ordered.map(([month, { dailies, weeklies }]) => (
        <section key={month} aria-labelledby={`m-${month}`} className="mt-4">
          <h3 id={`m-${month}`} className="font-semibold">
            {i18n.month(month)}
          </h3>
          <ul className="mt-1 grid gap-x-6 gap-y-0.5 text-sm sm:grid-cols-2 lg:grid-cols-3">
            {weeklies.map((w) => (
              <li key={w.file}>
                <Link to={`/weekly/${w.id}`} size="target">
                  {w.title}
                </Link>
              </li>
            ))}
            {dailies.map((d) => (
              <li key={d.file}>
                <Link to={dailyHref(d, m)} size="target">
                  {d.date}
                </Link>{' '}
                <span className="text-slate-600">{sizeAndLanguage(d, i18n)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
