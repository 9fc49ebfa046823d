import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { restoresPosition } from '@/lib/scroll-restoration';
import { rowId, type Row } from './list-rows';

/**
 * A link to `#paper-ID` or `#cat-CODE` (typed in, or a table-of-contents link) scrolls to
 * that row and focuses it, once the digest has rendered, in either list. Coming Back or
 * Forward to an entry whose position was saved, that position wins instead (as in the browser).
 */
export function useFocusHash(
  rows: readonly Row[],
  scrollToIndex: ((index: number) => void) | undefined,
) {
  const { hash, key } = useLocation();
  const scrollRef = useRef(scrollToIndex);
  useEffect(() => {
    scrollRef.current = scrollToIndex;
  });
  useEffect(() => {
    if (!hash || restoresPosition(key)) return;
    const id = decodeURIComponent(hash.slice(1));
    const index = rows.findIndex((r) => rowId(r) === id);
    if (index === -1) return;
    let frames = 0;
    let handle = 0;
    const focus = () => {
      const el = document.getElementById(id);
      if (el) {
        el.scrollIntoView({ block: 'start' });
        el.focus({ preventScroll: true });
        return;
      }
      // Virtualised: bring the row into the window first, then focus it once rendered.
      if (frames === 0) scrollRef.current?.(index);
      if (frames++ < 30) handle = requestAnimationFrame(focus);
    };
    handle = requestAnimationFrame(focus);
    return () => cancelAnimationFrame(handle);
    // Re-run for a new navigation to the same hash (key changes) or when rows arrive.
  }, [hash, key, rows]);
}
