/**
 * A day's papers, or a range of days' (/since), as the reader filters and sorts them: the
 * For-you ranker when sorted so, the filter panel, what an empty result says, and the list.
 * The daily page and /since differ only in their header and, for a range, where each paper's
 * day is (`range`).
 */
import { Suspense, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { ForYouRanker } from '@/entities/ranking/for-you';
import { OFF, RANKING, shownView, type ForYouView } from '@/entities/ranking/for-you-state';
import { useLibrary, useLibraryPart } from '@/entities/reading-list/store';
import { useI18n } from '@/i18n';
import type { DailyList, ManifestWeekly } from '@/schema/digest';
import { FilterPanel, NoMatch } from './day-panels';
import { PaperList } from './paper-list';
import { useDailyFilters } from './use-daily-filters';
import { useDayView } from './use-day-view';

export interface RangeOptions {
  /** The days' ranking data. */
  rankFiles: readonly string[];
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
  const [computed, setComputed] = useState<ForYouView>(RANKING);
  // Not interested moves the paper to the end at once, in a render that yields to input (the
  // ranker's new order follows).
  const dismissed = useDeferredValue(useLibraryPart((lib) => (forYou ? lib.dismissed : undefined)));
  const ranking = useMemo(
    () => (forYou ? shownView(computed, dismissed) : OFF),
    [forYou, computed, dismissed],
  );
  const view = useDayView(digest, weeklies, filtering.filters, filtering.text, ranking, {
    detailsOf: range?.detailsOf,
  });
  return (
    <>
      {children}
      {forYou ? (
        <Ranker
          key={digest.date}
          digest={digest}
          rankFiles={range?.rankFiles}
          onChange={setComputed}
        />
      ) : null}
      <FilterPanel digest={digest} filtering={filtering} view={view} ranking={ranking} />
      <NoMatch digest={digest} filtering={filtering} view={view} />
      <PaperList
        groups={view.groups}
        language={digest.language}
        date={range?.date ?? digest.date}
        dateOf={range?.dateOf}
        listedOn={range?.listedOn}
        details={view.details.byId}
        detailsError={view.details.error}
        onDetailsWanted={view.details.want}
        expanded={view.expanded}
        onToggle={view.toggle}
        terms={view.terms}
        flat={view.order !== undefined}
        why={ranking.why}
        hits={view.hits}
      />
    </>
  );
}

/**
 * The For-you ranker, given the reading list. It alone follows the list: a tap on Save or Not
 * interested renders the card's button and this, not the day's list; the ranker learns from
 * the change after the tap is answered (a render that yields to the next input).
 */
function Ranker({
  digest,
  rankFiles,
  onChange,
}: {
  digest: DailyList;
  rankFiles: readonly string[] | undefined;
  onChange: (view: ForYouView) => void;
}) {
  const i18n = useI18n();
  const library = useDeferredValue(useLibrary());
  return (
    <Suspense fallback={null}>
      <ForYouRanker
        digest={digest}
        rankFiles={rankFiles}
        onChange={onChange}
        locale={i18n.locale}
        formatNumber={i18n.number}
        lib={library}
      />
    </Suspense>
  );
}
