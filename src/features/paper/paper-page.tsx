import { useQueries, useQuery } from '@tanstack/react-query';
import { paperMessages } from './messages';
import { useEffect } from 'react';
import { useLocation, useParams } from 'react-router';
import { ExternalLink, Link } from '@/components/ui/link';
import { Alert } from '@/components/ui/alert';
import { CardSkeletons } from '@/components/ui/skeleton';
import { PaperCard } from '@/entities/paper/paper-card';
import {
  dailyDetailsQueryOptions,
  dailyQueryOptions,
  manifestQueryOptions,
  paperIndexQueryOptions,
  similarQueryOptions,
  weeklyQueryOptions,
} from '@/entities/digests/api';
import { useI18n, usePageMessages } from '@/i18n';
import { errorMessage } from '@/lib/error-message';
import { restoresPosition } from '@/lib/scroll-restoration';
import type { Manifest } from '@/schema/digest';
import { dailyKey, paperIndexKey, stripArxivVersion } from '@/schema/keys';
import { paperOnDay } from '@/entities/paper/paper-on-day';

function NotInArchive({ id }: { id: string }) {
  const msg = usePageMessages(paperMessages);
  return (
    <Alert title={msg.notInArchive(id)}>
      <p>
        <ExternalLink href={`https://arxiv.org/abs/${encodeURI(id)}`}>
          {msg.openOnArxiv}
        </ExternalLink>{' '}
        {msg.or} <Link to="/">{msg.browse}</Link>.
      </p>
    </Alert>
  );
}

function NotInArchivePage({ id }: { id: string }) {
  return (
    <div>
      <h1 className="text-2xl font-bold">arXiv:{id}</h1>
      <div className="mt-4">
        <NotInArchive id={id} />
      </div>
    </div>
  );
}

/** Every state of the page has its h1 (once loaded, the card's title is the visible one). */
function PaperHeading({ id }: { id: string }) {
  const msg = usePageMessages(paperMessages);
  return (
    <h1 className="sr-only">
      {msg.heading}
      <span>arXiv:{id}</span>
    </h1>
  );
}

function PaperLoading({ id }: { id: string }) {
  return (
    <div>
      <PaperHeading id={id} />
      <CardSkeletons count={1} />
    </div>
  );
}

function PaperFailed({ id, error, onRetry }: { id: string; error: unknown; onRetry: () => void }) {
  const msg = usePageMessages(paperMessages);
  return (
    <div>
      <PaperHeading id={id} />
      <Alert title={msg.failed} onRetry={onRetry}>
        {errorMessage(error)}
      </Alert>
    </div>
  );
}

export function PaperPage() {
  const params = useParams();
  const id = stripArxivVersion(decodeURIComponent(params['*'] ?? ''));
  const manifest = useQuery(manifestQueryOptions());
  const indexFile = manifest.data?.paperIndex[paperIndexKey(id)];
  const index = useQuery({
    ...paperIndexQueryOptions(indexFile ?? ''),
    enabled: Boolean(indexFile),
  });

  if (manifest.isPending || (indexFile && index.isPending)) return <PaperLoading id={id} />;
  const error = manifest.error ?? index.error;
  if (error) {
    return (
      <PaperFailed
        id={id}
        error={error}
        onRetry={() => void (manifest.isError ? manifest.refetch() : index.refetch())}
      />
    );
  }
  const keys = index.data?.papers[id] ?? [];
  if (keys.length === 0) {
    return <NotInArchivePage id={id} />;
  }
  return <PaperView id={id} keys={keys} manifest={manifest.data!} />;
}

function PaperView({
  id,
  keys,
  manifest,
}: {
  id: string;
  keys: readonly string[];
  manifest: Manifest;
}) {
  const listings = manifest.dailies.filter((d) => keys.includes(dailyKey(d)));
  const first = listings[0];
  const digest = useQuery({ ...dailyQueryOptions(first?.file ?? ''), enabled: Boolean(first) });
  const detailsFile = digest.data?.details;
  const details = useQuery({
    ...dailyDetailsQueryOptions(detailsFile ?? ''),
    enabled: Boolean(detailsFile),
  });
  const dates = listings.map((d) => d.date);
  const weeks = manifest.weeklies.filter((w) => dates.some((d) => w.start <= d && d <= w.end));
  const weeklies = useQueries({ queries: weeks.map((w) => weeklyQueryOptions(w.file)) });

  if (!first) return <NotInArchivePage id={id} />;
  if (digest.isPending) return <PaperLoading id={id} />;
  if (digest.isError)
    return <PaperFailed id={id} error={digest.error} onRetry={() => void digest.refetch()} />;
  const paper = digest.data.papers.find((p) => p.id === id);
  if (!paper) return <NotInArchivePage id={id} />;
  const paperDetails = details.data?.papers.find((p) => p.id === id);

  const trends = weeklies.flatMap((w, i) =>
    (w.data?.trendLinks ?? [])
      .filter((l) => l.papers.some((p) => p.id === id))
      .map((l) => ({ week: weeks[i]!, trend: l.trend })),
  );
  return (
    <div>
      <PaperCard
        paper={paper}
        details={paperDetails}
        detailsError={
          details.isError
            ? { message: errorMessage(details.error), retry: () => void details.refetch() }
            : undefined
        }
        language={digest.data.language}
        date={first.date}
        expanded
        alwaysOpen
        headingLevel={1}
      />
      <ListedIn id={id} listings={listings} trends={trends} />
      <SimilarPapers id={id} file={manifest.similar?.[dailyKey(first)]} />
    </div>
  );
}

/** The section's id: a card's details link to it (`/paper/ID#similar-papers`). */
const SIMILAR_ID = 'similar-papers';

/** Up to eight papers of the archive closest to this one (the ingest's, ranking vectors). */
function SimilarPapers({ id, file }: { id: string; file: string | undefined }) {
  const msg = usePageMessages(paperMessages);
  const similar = useQuery({ ...similarQueryOptions(file ?? ''), enabled: Boolean(file) });
  const { key, hash } = useLocation();
  const settled = !file || !similar.isPending;
  // Linked to from a card's details: the section is shown once its papers are there (unless
  // Back is returning the page to where the reader had scrolled it).
  useEffect(() => {
    if (settled && hash === `#${SIMILAR_ID}` && !restoresPosition(key)) {
      document.getElementById(SIMILAR_ID)?.scrollIntoView({ block: 'start' });
    }
  }, [settled, hash, key]);
  const near = similar.data?.papers[id];
  return (
    <section aria-labelledby={SIMILAR_ID} className="mt-6 scroll-mt-4">
      <h2 id={SIMILAR_ID} className="text-lg font-semibold">
        {msg.similar}
      </h2>
      {similar.isError ? (
        <p className="mt-2 text-sm text-slate-600">{msg.similarFailed}</p>
      ) : file && similar.isPending ? (
        <p className="mt-2 text-sm text-slate-600">{msg.similarLoading}</p>
      ) : !near || near.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{msg.similarNone}</p>
      ) : (
        <ul className="mt-2 space-y-1.5">
          {near.map(([other, date, title]) => (
            <li key={other}>
              <Link to={`/paper/${other}`}>{title}</Link>{' '}
              <span className="text-sm text-slate-600">
                · <time dateTime={date}>{date}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Where the paper is listed: each daily digest, and each weekly trend that links it. */
function ListedIn({
  id,
  listings,
  trends,
}: {
  id: string;
  listings: readonly Manifest['dailies'][number][];
  trends: readonly { week: Manifest['weeklies'][number]; trend: string }[];
}) {
  const msg = usePageMessages(paperMessages);
  const i18n = useI18n();
  return (
    <section aria-labelledby="listed-in" className="mt-6">
      <h2 id="listed-in" className="text-lg font-semibold">
        {msg.listedIn}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {listings.map((d) => (
          <li key={d.file}>
            <Link to={paperOnDay(d.date, id, `?lang=${d.language ?? 'raw'}`)}>
              {msg.dailyDigest(d.date)}
            </Link>{' '}
            <span className="text-slate-600">({i18n.language(d.language)})</span>
          </li>
        ))}
        {trends.map((t) => (
          <li key={`${t.week.id}-${t.trend}`}>
            <Link to={`/weekly/${t.week.id}?trend=${encodeURIComponent(t.trend)}`}>
              {t.week.title}
            </Link>
            {msg.trend(t.trend)}
          </li>
        ))}
      </ul>
    </section>
  );
}
