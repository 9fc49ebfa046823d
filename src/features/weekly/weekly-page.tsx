import { useQuery } from '@tanstack/react-query';
import { weeklyMessages } from './messages';
import { cardVariants } from '@/components/ui/variants';
import { useId, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { ExternalLink, Link } from '@/components/ui/link';
import { Alert } from '@/components/ui/alert';
import { Paragraphs, RichText } from '@/components/ui/rich-text';
import { CardSkeletons } from '@/components/ui/skeleton';
import { ToggleChip } from '@/components/ui/button';
import { manifestQueryOptions, weeklyQueryOptions } from '@/entities/digests/api';
import { useI18n, usePageMessages } from '@/i18n';
import { errorMessage } from '@/lib/error-message';
import type { Breakthrough, ListedPaper, WeeklyDigest } from '@/schema/digest';
import { param, toggled, useUrlState } from '@/lib/url-state';
import { paperOnDay } from '@/entities/paper/paper-on-day';

export function WeeklyPage() {
  const msg = usePageMessages(weeklyMessages);
  const { id = '' } = useParams();
  const manifest = useQuery(manifestQueryOptions());
  const entry = manifest.data?.weeklies.find((w) => w.id === id);
  const weekly = useQuery({ ...weeklyQueryOptions(entry?.file ?? ''), enabled: Boolean(entry) });
  const { t } = useI18n();

  if (manifest.isPending || (entry && weekly.isPending)) {
    return (
      <div>
        <h1 className="text-2xl font-bold">{entry?.title ?? msg.title}</h1>
        <CardSkeletons count={3} />
      </div>
    );
  }
  if (manifest.isError) {
    return (
      <PageError
        title={t.common.manifestFailed}
        error={manifest.error}
        onRetry={() => void manifest.refetch()}
      />
    );
  }
  if (!entry) {
    return (
      <div>
        <h1 className="text-2xl font-bold">{msg.titleWithId(id)}</h1>
        <div className="mt-4">
          <Alert title={msg.none(id)}>
            <Link to="/" className="underline">
              {t.common.seeArchive}
            </Link>
          </Alert>
        </div>
      </div>
    );
  }
  if (weekly.isError) {
    return (
      <PageError
        title={msg.failed}
        error={weekly.error}
        heading={entry.title}
        onRetry={() => void weekly.refetch()}
      />
    );
  }
  return <WeeklyView weekly={weekly.data!} />;
}

function PageError({
  title,
  error,
  heading,
  onRetry,
}: {
  title: string;
  error: unknown;
  heading?: string;
  onRetry: () => void;
}) {
  const msg = usePageMessages(weeklyMessages);
  return (
    <div>
      <h1 className="text-2xl font-bold">{heading ?? msg.title}</h1>
      <div className="mt-4">
        <Alert title={title} onRetry={onRetry}>
          {errorMessage(error)}
        </Alert>
      </div>
    </div>
  );
}

function formatRange(start: string, end: string, tag: string): string {
  const fmt = (d: string, withYear: boolean) =>
    new Date(`${d}T00:00:00Z`).toLocaleDateString(tag, {
      month: 'short',
      day: 'numeric',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    });
  return `${fmt(start, start.slice(0, 4) !== end.slice(0, 4))} – ${fmt(end, true)}`;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="border-b border-slate-200 pb-1 text-xl font-semibold">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

function WeeklyView({ weekly }: { weekly: WeeklyDigest }) {
  const msg = usePageMessages(weeklyMessages);
  const { stated } = weekly;
  const i18n = useI18n();
  const count = (n: number, say: (n: number, f: string) => string) => say(n, i18n.number(n));
  const counts = [
    stated.papersAnalyzed !== undefined
      ? msg.papersAnalyzed(i18n.number(stated.papersAnalyzed))
      : undefined,
    count(weekly.breakthroughs.length, msg.breakthroughCount),
    count(weekly.trends.length, msg.trendCount),
    count(weekly.notablePapers.length, msg.notableCount),
  ].filter(Boolean);
  return (
    <article aria-labelledby="weekly-title">
      <h1 id="weekly-title" className="text-2xl font-bold tracking-tight">
        {weekly.title}
      </h1>
      <p className="mt-1 text-slate-700">
        <time dateTime={weekly.start}>{formatRange(weekly.start, weekly.end, i18n.tag)}</time>
        <span aria-hidden="true"> · </span>
        {counts.join(' · ')}
      </p>
      {weekly.summary ? (
        <Section title={msg.summary}>
          <div className="space-y-2 leading-relaxed">
            <Paragraphs text={weekly.summary} linkArxivIds />
          </div>
        </Section>
      ) : null}
      {weekly.keyTakeaway ? (
        <Section title={msg.keyTakeaway}>
          <div className="space-y-2 rounded-md border-l-4 border-blue-700 bg-blue-50 p-3 leading-relaxed">
            <Paragraphs text={weekly.keyTakeaway} linkArxivIds />
          </div>
        </Section>
      ) : null}
      {weekly.breakthroughs.length > 0 ? (
        <Section title={msg.breakthroughs}>
          <div className="space-y-4">
            {weekly.breakthroughs.map((b, i) => (
              <BreakthroughArticle key={i} index={i + 1} breakthrough={b} />
            ))}
          </div>
        </Section>
      ) : null}
      {weekly.trends.length > 0 ? (
        <Section title={msg.trends}>
          <Trends weekly={weekly} />
        </Section>
      ) : null}
      <PaperLists weekly={weekly} />
    </article>
  );
}

/** The week's notable papers (with what makes each notable) and honorable mentions. */
function PaperLists({ weekly }: { weekly: WeeklyDigest }) {
  const msg = usePageMessages(weeklyMessages);
  return (
    <>
      {weekly.notablePapers.length > 0 ? (
        <Section title={msg.notablePapers}>
          <ol className="list-decimal space-y-3 pl-6">
            {weekly.notablePapers.map((p, i) => (
              <li key={i}>
                <ListedTitle paper={p} />
                {p.description ? (
                  <p className="text-slate-700">
                    <RichText text={p.description} linkArxivIds />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </Section>
      ) : null}
      {weekly.honorableMentions.length > 0 ? (
        <Section title={msg.honorableMentions}>
          <ul className="list-disc space-y-1 pl-6">
            {weekly.honorableMentions.map((p, i) => (
              <li key={i}>
                <ListedTitle paper={p} plain />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}

function paperHref(p: {
  arxivId?: string | undefined;
  id?: string | undefined;
  date?: string | undefined;
}): string | undefined {
  const id = p.arxivId ?? p.id;
  if (id && p.date) return paperOnDay(p.date, id);
  if (id) return `/paper/${id}`;
  return undefined;
}

function ListedTitle({ paper, plain = false }: { paper: ListedPaper; plain?: boolean }) {
  const href = paperHref(paper);
  const title = <RichText text={paper.title} />;
  return (
    <span className={plain ? undefined : 'font-semibold'}>
      {href ? <Link to={href}>{title}</Link> : title}
      {paper.arxivId ? (
        <>
          {' '}
          <ExternalLink
            href={`https://arxiv.org/abs/${paper.arxivId}`}
            size="target"
            className="font-mono text-sm font-normal"
            aria-label={`arXiv ${paper.arxivId}`}
          >
            arXiv:{paper.arxivId}
          </ExternalLink>
        </>
      ) : null}
    </span>
  );
}

function Part({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="mt-3">
      <h4 className="text-sm font-semibold text-slate-900">{label}</h4>
      <div className="mt-0.5 text-slate-800">{children}</div>
    </div>
  );
}

/** A labelled part that is a list; left out when the list is empty. */
function BulletPart({ label, items }: { label: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <Part label={label}>
      <ul className="list-disc space-y-0.5 pl-5">
        {items.map((k, i) => (
          <li key={i}>
            <RichText text={k} linkArxivIds />
          </li>
        ))}
      </ul>
    </Part>
  );
}

function BreakthroughArticle({
  breakthrough: b,
  index,
}: {
  breakthrough: Breakthrough;
  index: number;
}) {
  const msg = usePageMessages(weeklyMessages);
  const titleId = useId();
  return (
    <article aria-labelledby={titleId} className={cardVariants({ tone: 'flat' })}>
      <h3 id={titleId} className="text-lg font-semibold">
        <span aria-hidden="true" className="mr-1 text-slate-500">
          {index}.
        </span>
        <RichText text={b.title} />
      </h3>
      {b.arxivId ? (
        <p className="mt-1 text-sm">
          <ExternalLink href={`https://arxiv.org/abs/${b.arxivId}`} className="font-mono">
            arXiv:{b.arxivId}
          </ExternalLink>{' '}
          · <Link to={`/paper/${b.arxivId}`}>{msg.paperPage}</Link>
        </p>
      ) : null}
      {b.whyNovel ? (
        <Part label={msg.whyNovel}>
          <RichText text={b.whyNovel} linkArxivIds />
        </Part>
      ) : null}
      <BulletPart label={msg.keyInnovations} items={b.keyInnovations} />
      <BulletPart label={msg.evidence} items={b.evidence} />
      {b.impact ? (
        <Part label={msg.impact}>
          <RichText text={b.impact} linkArxivIds />
        </Part>
      ) : null}
    </article>
  );
}

/** The trends open, in the URL (src/lib/url-state.ts): `?trend=…&trend=…`. */
const TREND_PARAMS = { trend: param.list() };

function Trends({ weekly }: { weekly: WeeklyDigest }) {
  const msg = usePageMessages(weeklyMessages);
  const [{ trend: selected }, setParams] = useUrlState(TREND_PARAMS);
  const i18n = useI18n();
  const toggle = (name: string) =>
    setParams({ trend: toggled(selected, name) }, { preventScrollReset: true });
  const shown = weekly.trends.filter((t) => selected.includes(t.name));
  return (
    <>
      <div role="group" aria-label={msg.trends} className="flex flex-wrap gap-1.5">
        {weekly.trends.map((t) => (
          <ToggleChip
            key={t.name}
            pressed={selected.includes(t.name)}
            onClick={() => toggle(t.name)}
          >
            {t.name}
          </ToggleChip>
        ))}
      </div>
      {shown.length === 0 ? <p className="mt-3 text-sm text-slate-600">{msg.chooseTrend}</p> : null}
      {shown.map((t) => {
        const papers = weekly.trendLinks.find((l) => l.trend === t.name)?.papers ?? [];
        return (
          <section
            key={t.name}
            aria-label={msg.trend(t.name)}
            className={cardVariants({ tone: 'flat', className: 'mt-4' })}
          >
            <h3 className="font-semibold">{t.name}</h3>
            {t.description ? (
              <p className="mt-1 text-slate-800">
                <RichText text={t.description} linkArxivIds />
              </p>
            ) : null}
            <h4 className="mt-3 text-sm font-semibold">
              {papers.length === 0
                ? msg.noLinked
                : msg.linked(papers.length, i18n.number(papers.length))}
            </h4>
            {papers.length > 0 ? (
              <ul className="mt-1 space-y-1.5">
                {papers.map((p) => {
                  const href = paperHref(p);
                  return (
                    <li key={`${p.id ?? p.title}`} className="text-sm">
                      {href ? (
                        <Link to={href}>
                          <RichText text={p.title} />
                        </Link>
                      ) : (
                        <RichText text={p.title} />
                      )}{' '}
                      <span className="text-slate-600">
                        ({msg.from[p.from]}
                        {p.date ? `, ${p.date}` : ''};{' '}
                        {p.reason === 'mention'
                          ? msg.namedByTrend
                          : msg.relevance(i18n.number(Math.round(p.score * 100)))}
                        )
                      </span>
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
