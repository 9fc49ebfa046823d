import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { lastPaperInView } from '@/entities/paper/cards-on-page';
import { useLibraryLater, type Library } from '@/entities/reading-list/store';
import { keepingPlace, OFF, RANKING, shownView, type ForYouView } from './for-you-state';

/**
 * What a page shows of the For-you order (`OFF` when not sorted so), and where the ranker
 * hands its view (for-you.tsx › `ForYouRanking`'s `onChange`). Papers marked Not interested
 * since the order was computed go last at once, in a render after the tap's own that yields
 * to input (for-you-state.ts › `shownView`; store.ts › `useLibraryLater`); the ranker's new
 * order follows. A new order learned while the page shows one keeps the papers the reader has
 * reached where they are: only those below the window are ranked anew
 * (for-you-state.ts › `keepingPlace`).
 */
export function useForYouView(enabled: boolean): [ForYouView, (view: ForYouView) => void] {
  const [computed, setComputed] = useState<ForYouView>(RANKING);
  const dismissed = useLibraryLater(
    useCallback((lib: Library) => (enabled ? lib.dismissed : undefined), [enabled]),
  );
  const view = useMemo(
    () => (enabled ? shownView(computed, dismissed) : OFF),
    [enabled, computed, dismissed],
  );
  const shownRef = useRef(view);
  useEffect(() => {
    shownRef.current = view;
  }, [view]);
  const hand = useCallback((next: ForYouView) => {
    const shown = shownRef.current.order;
    setComputed(
      shown && next.order
        ? { ...next, order: keepingPlace(shown, next.order, lastPaperInView()) }
        : next,
    );
  }, []);
  return [view, hand];
}
