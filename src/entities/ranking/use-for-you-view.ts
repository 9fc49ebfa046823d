import { useCallback, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { useLibraryLater, type Library } from '@/entities/reading-list/store';
import { OFF, RANKING, shownView, type ForYouView } from './for-you-state';

/**
 * What a page shows of the For-you order (`OFF` when not sorted so), and where the ranker
 * hands its view (for-you.tsx › `ForYouRanking`'s `onChange`; an update function, so that the
 * ranker can merge a new order with the one shown: ./keep-place.ts). Papers marked Not
 * interested since the order was computed go last at once, in a render after the tap's own
 * that yields to input (for-you-state.ts › `shownView`; store.ts › `useLibraryLater`); the
 * ranker's new order follows.
 */
export function useForYouView(
  enabled: boolean,
): [ForYouView, Dispatch<SetStateAction<ForYouView>>] {
  const [computed, setComputed] = useState<ForYouView>(RANKING);
  const dismissed = useLibraryLater(
    useCallback((lib: Library) => (enabled ? lib.dismissed : undefined), [enabled]),
  );
  const view = useMemo(
    () => (enabled ? shownView(computed, dismissed) : OFF),
    [enabled, computed, dismissed],
  );
  return [view, setComputed];
}
