/**
 * A day's papers, or a range of days' (/since), as the reader filters and sorts them: the
 * For-you ranker when sorted so, the filter panel, what an empty result says, and the list.
 * The daily page and /since differ only in their header and, for a range, where each paper's
 * day is (`range`).
 */
import type { ReactNode } from 'react';
import { isLongDay } from '@/entities/digests/long-day';
import { ForYouRanking } from '@/entities/ranking/for-you';
import { useForYouView } from '@/entities/ranking/use-for-you-view';
import type { DailyList, ManifestWeekly } from '@/schema/digest';
import { FilterPanel, NoMatch } from './day-panels';
import { PaperList } from './paper-list';
import { useDailyFilters } from './use-daily-filters';
import { useDayView } from './use-day-view';

export interface RangeOptions {
  /** The days' ranking data. */
  rankFiles: readonly string[];
  /** Older days are still loading: For you waits for them to rank the range once. */
  loading: boolean;
  /** Each paper's day: its details file and its date (for Save and Not interested). */
  detailsOf: (id: string) => string | undefined;
  dateOf: (id: string) => string | undefined;
  /** The dates each paper was listed on. */
  listedOn: ReadonlyMap<string, readonly string[]>;
  /** The date saved with a paper whose own day is unknown (the newest day). */
  date: string;
}

export function DayListing({
  digest,
  weeklies,
  range,
  children,
}: {
  digest: DailyList;
  weeklies: readonly ManifestWeekly[];
  range?: RangeOptions | undefined;
  /** What the page says above the filters. */
  children: ReactNode;
}) {
  const filtering = useDailyFilters();
  const forYou = Boolean(filtering.filters.forYou);
  const [ranking, setComputed] = useForYouView(forYou);
  const view = useDayView(digest, weeklies, filtering.filters, filtering.text, ranking, {
    detailsOf: range?.detailsOf,
  });
  return (
    <>
      {children}
      {forYou ? (
        <ForYouRanking
          key={digest.date}
          digest={digest}
          rankFiles={range?.rankFiles}
          pending={range?.loading}
          onChange={setComputed}
        />
      ) : null}
      <FilterPanel digest={digest} filtering={filtering} view={view} ranking={ranking} />
      <NoMatch digest={digest} filtering={filtering} view={view} />
      <PaperList
        groups={view.groups}
        virtual={isLongDay(digest.papers.length)}
        language={digest.language}
        date={range?.date ?? digest.date}
        dateOf={range?.dateOf}
        listedOn={range?.listedOn}
        details={view.details.byId}
        detailsError={view.details.error}
        onDetailsWanted={view.details.want}
        openCards={view.openCards}
        onToggle={view.open.toggle}
        terms={view.terms}
        flat={view.order !== undefined}
        why={ranking.why}
        hits={view.hits}
      />
    </>
  );
}
