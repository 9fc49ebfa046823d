/**
 * Loaded only when a reader sorts For you: computes the order (./use-for-you.ts) and what the
 * page says of it, and hands both to the page, so that the first bundle carries none of it.
 */
import {
  startTransition,
  useEffect,
  useMemo,
  useRef,
  type Dispatch,
  type SetStateAction,
} from 'react';
import type { Library } from '@/entities/reading-list/store';
import type { Locale } from '@/i18n';
import { displayTerm } from '@/ranking/display';
import type { Reason } from '@/ranking/rank';
import { RANKING, type ForYouView } from './for-you-state';
import { keepingPlace, lastPaperReached } from './keep-place';
import { messages } from './messages';
import type { RankedList } from './types';
import { useForYou } from './use-for-you';
import { watchMatcher } from '@/entities/watches/match';

export default function ForYouRanker({
  digest,
  onChange,
  locale,
  formatNumber,
  lib,
  rankFiles,
  byText = false,
  pending = false,
}: {
  digest: RankedList;
  /** The papers have no ranking data (search results): ranked by their text. */
  byText?: boolean | undefined;
  /** A range of days (/since): their ranking data. */
  rankFiles?: readonly string[] | undefined;
  /** A range's older days are still loading: the order waits for them. */
  pending?: boolean | undefined;
  /** The reader's reading list (passed in: see ./messages.ts on chunks). */
  lib: Library;
  onChange: Dispatch<SetStateAction<ForYouView>>;
  locale: Locale;
  formatNumber: (n: number) => string;
}) {
  const ranking = useForYou(digest, lib, { rankFiles, byText, pending });
  const m = messages[locale];
  const papers = useMemo(() => new Map(digest.papers.map((p) => [p.id, p])), [digest]);
  // The view follows the parts of the list its reasons name, not Not interested (the page
  // moves those papers itself: for-you-state.ts › shownView), so a tap on it is one render of
  // the page's list, not two.
  const { saved, imported, watches } = lib;
  const view = useMemo((): ForYouView => {
    switch (ranking.status) {
      case 'ready': {
        const resembles = (id: string) => {
          const own = saved[id];
          const fromLibrary = imported?.[id];
          if (own) return m.resembles(own.title);
          if (fromLibrary) return m.resemblesImported(fromLibrary.title || `arXiv:${id}`);
          return m.resembles(`arXiv:${id}`);
        };
        const match = watchMatcher(watches ?? []);
        const because = (id: string, reason: Reason | undefined): string => {
          // A saved paper is the most like itself: it says so, not that it resembles itself.
          if (saved[id]) return m.savedIt;
          const paper = papers.get(id);
          const watched = paper && watches?.length ? match(paper).watches : [];
          if (watched.length > 0) return m.watch(watched.join(', '));
          if (reason?.kind === 'resembles') return resembles(reason.id);
          if (reason?.kind === 'terms' && paper)
            return m.strongTerms(reason.terms.map((t) => displayTerm(t, paper)).join(', '));
          return m.noReason;
        };
        return {
          status: 'ready',
          note: m.from(ranking.signals, formatNumber(ranking.signals)),
          order: ranking.order,
          why: (id) => m.why + because(id, ranking.reasons.get(id)),
          whyDismissed: m.why + m.notInterested,
        };
      }
      case 'error':
        return { status: 'error', note: m.failed(ranking.message) };
      case 'no-signals':
        return { status: 'no-signals', note: m.teach };
      case 'ranking':
        return { status: 'ranking', note: m.ranking };
    }
  }, [ranking, m, formatNumber, saved, imported, watches, papers]);
  useHandedOver(view, onChange);
  return null;
}

/**
 * Hands the view to the page. A new order goes over in a transition: React renders the page's
 * list in slices that yield to input, not in one task (~105 ms at 4x on a 532-paper day). One
 * learned while the page shows an order keeps the papers the reader has reached in their
 * places (./keep-place.ts). A view whose order is the one merged last (its words changed: a
 * paper saved, a watch added, before the ranker's new order comes) keeps the order the page
 * holds: the same map, so the page does not sort its papers again, and no card is measured.
 * Sorted by the digest again, the page is handed "ranking": the next For you starts from it,
 * not from a stale order.
 */
function useHandedOver(view: ForYouView, onChange: Dispatch<SetStateAction<ForYouView>>): void {
  const merged = useRef<ReadonlyMap<string, number> | undefined>(undefined);
  useEffect(() => {
    const same = view.order !== undefined && view.order === merged.current;
    const through = view.order && !same ? lastPaperReached() : undefined;
    merged.current = view.order;
    startTransition(() =>
      onChange((held) =>
        held.order && view.order
          ? {
              ...view,
              order: same ? held.order : keepingPlace(held.order, view.order, through),
            }
          : view,
      ),
    );
  }, [view, onChange]);
  useEffect(() => () => onChange(RANKING), [onChange]);
}
