import { memo } from 'react';
import { Link } from '@/components/ui/link';
import { useI18n } from '@/i18n';
import type { PaperDetails } from '@/schema/digest';
import { PaperCard } from '@/entities/paper/paper-card';
import type { WatchHits } from '@/entities/watches/match';
import { groupAnchor, type Row } from './list-rows';
import { useCardOpen, type OpenCards } from './open-cards';

export interface RowOptions {
  language: string | null;
  date: string;
  /** The day's details by paper id, once loaded. */
  details: ReadonlyMap<string, PaperDetails> | undefined;
  detailsError: { message: string; retry: () => void } | undefined;
  onDetailsWanted: () => void;
  /** Which cards are open: each card reads its own entry. */
  openCards: OpenCards;
  /** Opens or closes a card (and asks for the details it shows). */
  onToggle: (id: string) => void;
  terms: readonly string[];
  /** In the For-you order: why each paper ranks where it does. */
  why?: ((id: string) => string) | undefined;
  /** What each paper matches of the reader's watches. */
  hits?: ReadonlyMap<string, WatchHits> | undefined;
  /** A range of days (/since): each paper's own day (for Save and Not interested). */
  dateOf?: ((id: string) => string | undefined) | undefined;
  /** A range of days: the dates each paper was listed on. */
  listedOn?: ReadonlyMap<string, readonly string[]> | undefined;
}

function GroupHeading({ category, count }: { category: string; count: number }) {
  const i18n = useI18n();
  return (
    <h2
      id={groupAnchor(category)}
      tabIndex={-1}
      className="scroll-mt-32 pt-4 pb-1 text-lg font-semibold sm:scroll-mt-2"
    >
      <span className="font-mono">{category || i18n.t.common.uncategorised}</span>{' '}
      <span className="text-sm font-normal text-slate-600">({i18n.number(count)})</span>
    </h2>
  );
}

/** The days of a range a paper was listed on, each a link to that day. */
function ListedOn({ dates }: { dates: readonly string[] }) {
  const { t } = useI18n();
  return (
    <p data-part="dates" className="mt-2 text-sm text-slate-700">
      {t.daily.listedOn}{' '}
      {dates.map((d, i) => (
        <span key={d}>
          {i > 0 ? ', ' : ''}
          <Link to={`/daily/${d}`}>
            <time dateTime={d}>{d}</time>
          </Link>
        </span>
      ))}
    </p>
  );
}

/** The watches a paper matches, named on its card. */
function WatchLine({ hit }: { hit: WatchHits }) {
  const { t } = useI18n();
  return (
    <>
      {hit.watches.length > 0 ? (
        <p data-part="watches" className="mt-2 text-sm font-medium text-slate-800">
          {t.daily.watchesLine(hit.watches.join(', '))}
        </p>
      ) : null}
      {hit.negative.length > 0 ? (
        <p data-part="negative" className="mt-2 text-sm text-slate-700">
          {t.daily.negativeLine(hit.negative.join(', '))}
        </p>
      ) : null}
    </>
  );
}

type RowViewProps = { row: Row } & RowOptions;

/**
 * Whether a row shows the same: its options are the same objects, but of the day's details
 * only its own entry (the details arriving redraw a row whose entry arrived; its card only
 * when open: `PaperRow`). A card opened or closed redraws itself (`useCardOpen`).
 */
function sameRow(prev: RowViewProps, next: RowViewProps): boolean {
  for (const key of Object.keys(next) as (keyof RowViewProps)[])
    if (key !== 'details' && prev[key] !== next[key]) return false;
  if (Object.keys(prev).length !== Object.keys(next).length) return false;
  if (next.row.kind !== 'paper') return true;
  const id = next.row.paper.id;
  return prev.details?.get(id) === next.details?.get(id);
}

/**
 * Memoised: the virtual list re-renders as the window scrolls, its rows mostly unchanged
 * (`sameRow`).
 */
export const RowView = memo(function RowView({ row, ...options }: RowViewProps) {
  if (row.kind === 'group') return <GroupHeading category={row.category} count={row.count} />;
  return <PaperRow row={row} {...options} />;
}, sameRow);

function PaperRow({
  row,
  language,
  date,
  details,
  detailsError,
  onDetailsWanted,
  openCards,
  onToggle,
  terms,
  why: whyOf,
  hits,
  dateOf,
  listedOn,
}: { row: Extract<Row, { kind: 'paper' }> } & RowOptions) {
  const open = useCardOpen(openCards, row.paper.id);
  const why = whyOf?.(row.paper.id);
  const hit = hits?.get(row.paper.id);
  const listed = listedOn?.get(row.paper.id);
  return (
    <div className="pb-3">
      <PaperCard
        paper={row.paper}
        // A closed card shows neither its details nor why they failed: it is not drawn again
        // when they arrive.
        details={open ? details?.get(row.paper.id) : undefined}
        detailsError={open ? detailsError : undefined}
        onDetailsWanted={onDetailsWanted}
        language={language}
        date={dateOf?.(row.paper.id) ?? date}
        expanded={open}
        onToggle={onToggle}
        terms={terms}
        position={row.position}
        setSize={row.setSize}
        note={
          why || listed || hit?.watches.length || hit?.negative.length ? (
            <>
              {listed ? <ListedOn dates={listed} /> : null}
              {hit ? <WatchLine hit={hit} /> : null}
              {why ? (
                <p data-part="why" className="mt-2 text-sm text-slate-700">
                  {why}
                </p>
              ) : null}
            </>
          ) : undefined
        }
      />
    </div>
  );
}
