/**
 * The virtualised list for long days: only rows near the viewport are in the DOM
 * (docs/decisions/0005-long-days.md). Split from the main bundle: short days never load it.
 */
import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { rowId, type Row } from './list-rows';
import { RowView, type RowOptions } from './row-view';
import { useFocusHash } from './use-focus-hash';

/**
 * The rows' measured heights when the reader left each history entry: coming Back, the
 * same scroll position shows the same papers (the scroll position itself is restored by
 * src/lib/scroll-restoration.ts). Kept for the last few entries.
 */
const snapshots = new Map<string, VirtualItem[]>();
const SNAPSHOTS_KEPT = 20;
/** Rows rendered beyond each edge of the viewport, so that scrolling never shows a gap. */
const OVERSCAN = 4;

export default function VirtualRows({ rows, ...options }: { rows: Row[] } & RowOptions) {
  const { key: entry } = useLocation();
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // The list's distance from the top of the document moves when the content above it
  // changes height (the filter panel wraps differently, a language switch appears).
  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el) return;
    const update = () => setScrollMargin(el.getBoundingClientRect().top + window.scrollY);
    update();
    const observer = new ResizeObserver(update);
    if (el.parentElement) observer.observe(el.parentElement);
    return () => observer.disconnect();
  }, []);

  // A day's first frame renders the rows in view and one more: every extra card is layout
  // work before the reader sees the first (~100-180 ms at 4x CPU on a 532-paper day). The
  // rows kept ready beyond the viewport follow once that frame is on screen. Coming Back,
  // the rows are laid out as they were left, overscan included, so that nothing shifts.
  const [overscan, setOverscan] = useState(() => (snapshots.has(entry) ? OVERSCAN : 1));
  useEffect(() => startTransition(() => setOverscan(OVERSCAN)), []);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => (rows[i]?.kind === 'group' ? 52 : 210),
    overscan,
    scrollMargin,
    getItemKey: (i) => rowId(rows[i]!),
    initialMeasurementsCache: snapshots.get(entry) ?? [],
  });
  useEffect(
    () => () => {
      snapshots.delete(entry);
      snapshots.set(entry, virtualizer.takeSnapshot());
      if (snapshots.size > SNAPSHOTS_KEPT) snapshots.delete(snapshots.keys().next().value!);
    },
    [entry, virtualizer],
  );
  useFocusHash(rows, (index) => virtualizer.scrollToIndex(index, { align: 'start' }));

  const items = virtualizer.getVirtualItems();
  return (
    <div ref={listRef} className="relative mt-2" style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => (
        <div
          key={item.key}
          data-index={item.index}
          ref={virtualizer.measureElement}
          className="absolute top-0 left-0 w-full"
          style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
        >
          <RowView row={rows[item.index]!} {...options} />
        </div>
      ))}
    </div>
  );
}
