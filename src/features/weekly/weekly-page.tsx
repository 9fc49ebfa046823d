import { useQuery } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Paragraphs, RichText } from '@/components/ui/rich-text';
import { CardSkeletons } from '@/components/ui/skeleton';
import { ToggleButton } from '@/components/ui/toggle-button';
import { manifestQueryOptions, weeklyQueryOptions } from '@/features/digests/api';
import { errorMessage } from '@/lib/error-message';
import type { Breakthrough, ListedPaper, TrendPaperLink, WeeklyDigest } from '@/schema/digest';

export function WeeklyPage() {
  const { id = '' } = useParams();
  const manifest = useQuery(manifestQueryOptions());
  const entry = manifest.data?.weeklies.find((w) => w.id === id);
  const weekly = useQuery({ ...weeklyQueryOptions(entry?.file ?? ''), enabled: Boolean(entry) });

  if (manifest.isPending || (entry && weekly.isPending)) {
    return (
      <div>
        <h1 className="text-2xl font-bold">{entry?.title ?? 'Weekly digest'}</h1>
        <CardSkeletons count={3} />
      </div>
    );
  }
  if (manifest.isError) {
    return (
      <PageError
        title="The list of digests could not be loaded."
        error={manifest.error}
        onRetry={() => void manifest.refetch()}
      />
    );
  }
  if (!entry) {
    return (
      <div>
        <h1 className="text-2xl font-bold">Weekly digest {id}</h1>
        <div className="mt-4">
          <Alert title={`There is no weekly digest “${id}”.`}>
            <Link to="/" className="underline">
              See every digest in the archive
            </Link>
          </Alert>
        </div>
      </div>
    );
  }
  if (weekly.isError) {
    return (
      <PageError
        title="This weekly digest could not be loaded."
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
  heading = 'Weekly digest',
  onRetry,
}: {
  title: string;
  error: unknown;
  heading?: string;
  onRetry: () => void;
}) {
  return (
    <div>
      <h1 className="text-2xl font-bold">{heading}</h1>
      <div className="mt-4">
        <Alert title={title} onRetry={onRetry}>
          {errorMessage(error)}
        </Alert>
      </div>
    </div>
  );
}

function formatRange(start: string, end: string): string {
  const fmt = (d: string, withYear: boolean) =>
    new Date(`${d}T00:00:00Z`).toLocaleDateString('en', {
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
  const { stated } = weekly;
  const counts = [
    stated.papersAnalyzed !== undefined ? `${stated.papersAnalyzed} papers analyzed` : undefined,
    `${weekly.breakthroughs.length} breakthroughs`,
    `${weekly.trends.length} trends`,
    `${weekly.notablePapers.length} notable papers`,
  ].filter(Boolean);
  return (
    <article aria-labelledby="weekly-title">
      <h1 id="weekly-title" className="text-2xl font-bold tracking-tight">
        {weekly.title}
      </h1>
      <p className="mt-1 text-slate-700">
        <time dateTime={weekly.start}>{formatRange(weekly.start, weekly.end)}</time>
        <span aria-hidden="true"> · </span>
        {counts.join(' · ')}
      </p>
      {weekly.summary ? (
        <Section title="Summary">
          <div className="space-y-2 leading-relaxed">
            <Paragraphs text={weekly.summary} linkArxivIds />
          </div>
        </Section>
      ) : null}
      {weekly.keyTakeaway ? (
        <Section title="Key Takeaway">
          <div className="space-y-2 rounded-md border-l-4 border-blue-700 bg-blue-50 p-3 leading-relaxed">
            <Paragraphs text={weekly.keyTakeaway} linkArxivIds />
          </div>
        </Section>
      ) : null}
      {weekly.breakthroughs.length > 0 ? (
        <Section title="Breakthroughs">
          <div className="space-y-4">
            {weekly.breakthroughs.map((b, i) => (
              <BreakthroughArticle key={i} index={i + 1} breakthrough={b} />
            ))}
          </div>
        </Section>
      ) : null}
      {weekly.trends.length > 0 ? (
        <Section title="Trends">
          <Trends weekly={weekly} />
        </Section>
      ) : null}
      {weekly.notablePapers.length > 0 ? (
        <Section title="Notable Papers">
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
        <Section title="Honorable Mentions">
          <ul className="list-disc space-y-1 pl-6">
            {weekly.honorableMentions.map((p, i) => (
              <li key={i}>
                <ListedTitle paper={p} plain />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </article>
  );
}

function paperHref(p: {
  arxivId?: string | undefined;
  id?: string | undefined;
  date?: string | undefined;
}): string | undefined {
  const id = p.arxivId ?? p.id;
  if (id && p.date) return `/daily/${p.date}#paper-${id}`;
  if (id) return `/paper/${id}`;
  return undefined;
}

function ListedTitle({ paper, plain = false }: { paper: ListedPaper; plain?: boolean }) {
  const href = paperHref(paper);
  const title = <RichText text={paper.title} />;
  return (
    <span className={plain ? undefined : 'font-semibold'}>
      {href ? (
        <Link to={href} className="text-blue-800 underline">
          {title}
        </Link>
      ) : (
        title
      )}
      {paper.arxivId ? (
        <>
          {' '}
          <a
            href={`https://arxiv.org/abs/${paper.arxivId}`}
            target="_blank"
            rel="noopener noreferrer"
            className="font-mono text-sm font-normal text-slate-600 underline"
            aria-label={`arXiv ${paper.arxivId}`}
          >
            arXiv:{paper.arxivId}
          </a>
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
  const titleId = useId();
  return (
    <article aria-labelledby={titleId} className="rounded-lg border border-slate-200 p-4">
      <h3 id={titleId} className="text-lg font-semibold">
        <span aria-hidden="true" className="mr-1 text-slate-500">
          {index}.
        </span>
        <RichText text={b.title} />
      </h3>
      {b.arxivId ? (
        <p className="mt-1 text-sm">
          <a
            href={`https://arxiv.org/abs/${b.arxivId}`}
            target="_blank"
            rel="noopener noreferrer"
            className="font-mono text-blue-800 underline"
          >
            arXiv:{b.arxivId}
          </a>{' '}
          ·{' '}
          <Link to={`/paper/${b.arxivId}`} className="text-blue-800 underline">
            Paper page
          </Link>
        </p>
      ) : null}
      {b.whyNovel ? (
        <Part label="Why Novel">
          <RichText text={b.whyNovel} linkArxivIds />
        </Part>
      ) : null}
      <BulletPart label="Key Innovations" items={b.keyInnovations} />
      <BulletPart label="Evidence" items={b.evidence} />
      {b.impact ? (
        <Part label="Impact">
          <RichText text={b.impact} linkArxivIds />
        </Part>
      ) : null}
    </article>
  );
}

const FROM_LABEL: Record<TrendPaperLink['from'], string> = {
  daily: 'daily paper',
  breakthrough: 'breakthrough',
  notable: 'notable paper',
  honorable: 'honorable mention',
};

function Trends({ weekly }: { weekly: WeeklyDigest }) {
  const [params, setParams] = useSearchParams();
  const selected = params.getAll('trend');
  const toggle = (name: string) => {
    const next = new URLSearchParams(params);
    next.delete('trend');
    for (const t of selected.includes(name)
      ? selected.filter((s) => s !== name)
      : [...selected, name])
      next.append('trend', t);
    setParams(next, { replace: false, preventScrollReset: true });
  };
  const shown = weekly.trends.filter((t) => selected.includes(t.name));
  return (
    <>
      <div role="group" aria-label="Trends" className="flex flex-wrap gap-1.5">
        {weekly.trends.map((t) => (
          <ToggleButton
            key={t.name}
            pressed={selected.includes(t.name)}
            onClick={() => toggle(t.name)}
          >
            {t.name}
          </ToggleButton>
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">
          Choose a trend to see its description and the papers linked to it.
        </p>
      ) : null}
      {shown.map((t) => {
        const papers = weekly.trendLinks.find((l) => l.trend === t.name)?.papers ?? [];
        return (
          <section
            key={t.name}
            aria-label={`Trend: ${t.name}`}
            className="mt-4 rounded-lg border border-slate-200 p-4"
          >
            <h3 className="font-semibold">{t.name}</h3>
            {t.description ? (
              <p className="mt-1 text-slate-800">
                <RichText text={t.description} linkArxivIds />
              </p>
            ) : null}
            <h4 className="mt-3 text-sm font-semibold">
              {papers.length === 0
                ? 'No papers linked to this trend.'
                : `${papers.length} linked ${papers.length === 1 ? 'paper' : 'papers'}`}
            </h4>
            {papers.length > 0 ? (
              <ul className="mt-1 space-y-1.5">
                {papers.map((p) => {
                  const href = paperHref(p);
                  return (
                    <li key={`${p.id ?? p.title}`} className="text-sm">
                      {href ? (
                        <Link to={href} className="text-blue-800 underline">
                          <RichText text={p.title} />
                        </Link>
                      ) : (
                        <RichText text={p.title} />
                      )}{' '}
                      <span className="text-slate-600">
                        ({FROM_LABEL[p.from]}
                        {p.date ? `, ${p.date}` : ''};{' '}
                        {p.reason === 'mention'
                          ? 'named by the trend'
                          : `relevance ${Math.round(p.score * 100)}%`}
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
