/** The For-you order's code, loaded when a reader first sorts For you. */
import { Suspense, type Dispatch, type SetStateAction } from 'react';
import { useLibraryLater, type Library } from '@/entities/reading-list/store';
import { useI18n } from '@/i18n';
import type { ForYouView } from './for-you-state';
import { ForYouRanker } from './for-you-loader';
import type { RankedList } from './types';

const whole = (lib: Library) => lib;

/**
 * The For-you ranker, given the reading list. It alone follows the whole list: a tap on Save
 * or Not interested renders the card's button alone; the ranker learns from the change after
 * the tap is answered (a render in a transition: store.ts › `useLibraryLater`).
 */
export function ForYouRanking(props: {
  digest: RankedList;
  /** A range of days (/since): their ranking data. */
  rankFiles?: readonly string[] | undefined;
  /** A range's older days are still loading: the order waits for them. */
  pending?: boolean | undefined;
  /** The papers have no ranking data (search results): ranked by their text. */
  byText?: boolean;
  /** Given the view, or how to make it from the one the page holds (./keep-place.ts). */
  onChange: Dispatch<SetStateAction<ForYouView>>;
}) {
  const i18n = useI18n();
  const lib = useLibraryLater(whole);
  return (
    <Suspense fallback={null}>
      <ForYouRanker {...props} locale={i18n.locale} formatNumber={i18n.number} lib={lib} />
    </Suspense>
  );
}
