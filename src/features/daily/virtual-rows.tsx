/**
 * The virtualised list for long days: only rows near the viewport are in the DOM
 * (docs/decisions/0005-long-days.md). Split from the main bundle: short days never load it.
 */
import {
  defaultRangeExtractor,
  measureElement as observedSize,
  useWindowVirtualizer,
  type Range,
  type VirtualItem,
  type Virtualizer,
} from '@tanstack/react-virtual';
import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type RefObject,
} from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { readStored, writeStored } from '@/lib/stored';
import { savedPosition } from '@/lib/scroll-restoration';
import { rowId, type Row } from './list-rows';
import { RowView, type RowOptions } from './row-view';
import { useReplayEarlyEvents } from '@/lib/early-events';
import { useFocusHash } from './use-focus-hash';

/**
 * The rows' measured heights when the reader left each history entry: coming Back, or
 * reloading, the same scroll position shows the same papers (the scroll position itself is
 * restored by src/lib/scroll-restoration.ts). Kept for the last few entries, in the tab's
 * sessionStorage when the page goes (as `[entry, [rowKey, height][]]`).
 */
const SIZES_KEY = 'digest-reader:row-sizes';
const SNAPSHOTS_KEPT = 20;
type Sizes = [rowKey: string, height: number][];

/**
 * Rows' sizes as the list is given them back (`initialMeasurementsCache`, which only reads
 * their keys and sizes): from sessionStorage, or the rows measured so far when the list leaves
 * an entry. Not the library's `takeSnapshot`: that walks every row through its lazy view of
 * their places, ~40 ms at 4x CPU on /since's 4,666 rows, and a snapshot is taken on each
 * filter (the filter is in the URL: a new history entry).
 */
function sizedItems(sizes: Iterable<readonly [VirtualItem['key'], number]>): VirtualItem[] {
  return Array.from(sizes, ([key, size], index) => ({
    index,
    key,
    size,
    start: 0,
    end: size,
    lane: 0,
  }));
}

function readSnapshots(): Map<string, VirtualItem[]> {
  const map = new Map<string, VirtualItem[]>();
  try {
    const value: unknown = JSON.parse(readStored(SIZES_KEY, 'session') ?? '[]');
    if (!Array.isArray(value)) return map;
    for (const [entry, sizes] of value as [string, Sizes][]) {
      map.set(entry, sizedItems(sizes));
    }
  } catch {
    // Unreadable: the rows are measured anew.
  }
  return map;
}

const snapshots = readSnapshots();
/** The lists on screen now, by history entry: their snapshots are taken when the page goes. */
const mounted = new Map<string, () => VirtualItem[]>();

function keepSnapshot(entry: string, items: VirtualItem[]): void {
  snapshots.delete(entry);
  snapshots.set(entry, items);
  if (snapshots.size > SNAPSHOTS_KEPT) snapshots.delete(snapshots.keys().next().value!);
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => {
    for (const [entry, take] of mounted) keepSnapshot(entry, take());
    const sizes = [...snapshots].map(([entry, items]) => [
      entry,
      items.map((item): [string, number] => [String(item.key), item.size]),
    ]);
    writeStored(SIZES_KEY, JSON.stringify(sizes), 'session');
  });
}

/** Rows rendered beyond each edge of the viewport, so that scrolling never shows a gap. */
const OVERSCAN = 4;
/** The window height the first render assumes (a laptop's or a phone's, roughly). */
const FIRST_HEIGHT = 800;

/**
 * The list's distance from the top of the document. It moves when the content above it
 * changes height (the filter panel wraps differently, a language switch appears).
 */
function useScrollMargin(listRef: RefObject<HTMLDivElement | null>): number {
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el) return;
    const update = () => setScrollMargin(el.getBoundingClientRect().top + window.scrollY);
    update();
    const observer = new ResizeObserver(update);
    if (el.parentElement) observer.observe(el.parentElement);
    return () => observer.disconnect();
  }, [listRef]);
  return scrollMargin;
}

/**
 * A range extractor that keeps the rows of the first render, wherever the window's real size
 * and the list's real place put the range: when the app hydrates a prerendered page, the
 * measuring that follows its first commit (a synchronous render) then changes nothing on
 * screen, and the rows it would have dropped are not made again a moment later by the wider
 * overscan.
 */
function useFirstRowsKept(): (range: Range) => number[] {
  const firstRows = useRef<[number, number] | null>(null);
  return useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const first = firstRows.current;
    if (indexes.length === 0) return indexes;
    if (!first) {
      firstRows.current = [indexes[0]!, indexes.at(-1)!];
      return indexes;
    }
    const start = Math.min(first[0], indexes[0]!);
    const end = Math.max(first[1], indexes.at(-1)!);
    return Array.from({ length: end - start + 1 }, (_, i) => start + i);
  }, []);
}

/** The rows' sizes are kept for the history entry when the list goes or the page does. */
function useSnapshotOnLeave(entry: string, takeSnapshot: () => VirtualItem[]): void {
  useEffect(() => {
    mounted.set(entry, takeSnapshot);
    return () => {
      mounted.delete(entry);
      keepSnapshot(entry, takeSnapshot());
    };
  }, [entry, takeSnapshot]);
}

const subscribeToNothing = () => () => {};

/** True while React hydrates the element (and in the prerender), false in the app's renders. */
function useHydrating(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  );
}

/** Where the reader comes back to in a list (Back, or a reload), and its rows' sizes then. */
interface Return {
  at: number | undefined;
  sizes: VirtualItem[] | undefined;
}

export default function VirtualRows(props: { rows: Row[] } & RowOptions) {
  const { key: entry } = useLocation();
  // Coming Back (or reloading), the rows are rendered where the page is being scrolled back
  // to, not at the top first: rows at the top that were never measured before the reader left
  // (scrolled past before they were) would be measured now, and move every row below them.
  const navigationType = useNavigationType();
  const [back] = useState<Return>(() => ({
    at: navigationType === 'POP' && snapshots.has(entry) ? savedPosition(entry) : undefined,
    sizes: snapshots.get(entry),
  }));
  // A prerendered page is hydrated from the prerender's first render (the top of the list, in
  // estimated sizes), so that React keeps its elements. A reader coming back down the page (a
  // reload of it scrolled) then gets the list drawn anew there, as on any return, rather than
  // a render that differs from the page's HTML (which React would report as an error).
  // (`useHydrating` turns false in the render React makes right after hydrating.)
  const hydrating = useHydrating();
  const [hydratedFirst] = useState(hydrating);
  const drawnAnew = hydratedFirst && !hydrating && (back.at ?? 0) > 0;
  return (
    <RowsList
      key={drawnAnew ? 'drawn anew' : 'first'}
      {...props}
      entry={entry}
      back={hydratedFirst && !drawnAnew ? NO_RETURN : back}
    />
  );
}

/**
 * A new row's height as its ResizeObserver reports it, in the frame the row is first drawn
 * (after the browser's own layout, before the paint). As React attaches a row the list has
 * never measured, the library would read its `offsetHeight` instead, forcing the page's style
 * and layout in the middle of React's commit: ~15 ms of a ~50 ms trend tap at 4× CPU
 * (docs/decisions/0043). Until the observer reports, the row keeps its estimate: rows are laid
 * out in the normal flow (see `RowsList`), so only the list's total height and which rows are
 * drawn depend on it. Used for the frame of new rows only, which the page shows from the top
 * (a filter) or where the reader is (a new order): a scroll to a row (a deep link, a jump to a
 * group) needs the rows' real heights at once.
 */
function measureRow(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<Window, Element>,
): number {
  if (entry) return observedSize(element, entry, instance);
  const index = instance.indexFromElement(element);
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ??
    instance.options.estimateSize(index)
  );
}

/** A row's height until it is measured: a category's heading, a paper's card (closed). */
const ESTIMATED_HEIGHT = { group: 52, paper: 210 } as const;
/** The smallest a row is (a category's heading, as estimated): what a number of rows fills at least. */
const ROW_MIN = ESTIMATED_HEIGHT.group;
/** The rows the frame of new rows gives the list (`rowsInFirstFrame`). */
const FIRST_FRAME_ROWS = 40;

/**
 * How many of `rows` the list takes in the frame of new rows (a filter, a new order): the
 * first FIRST_FRAME_ROWS when they fill the window from where it is, else all. Every row the
 * list takes has its place computed in the tap's own task (~7 ms at 4x CPU for /since's 1,576
 * rows of a category); the rest follow with the rows beyond the viewport, once the frame is on
 * screen (docs/decisions/0046).
 */
function rowsInFirstFrame(rows: readonly Row[], scrollMargin: number): number {
  if (rows.length <= FIRST_FRAME_ROWS) return rows.length;
  const filled = scrollMargin + FIRST_FRAME_ROWS * ROW_MIN;
  return window.scrollY + window.innerHeight <= filled ? FIRST_FRAME_ROWS : rows.length;
}

/** The prerender's first render: the top of the list (wherever the window is), estimated sizes. */
const NO_RETURN: Return = { at: 0, sizes: undefined };

/**
 * Where the window was scrolled as the list mounted, read before the virtualiser's own layout
 * effect: as it mounts, it scrolls the window to its first offset. The hydrating render's
 * offset is the prerender's (the top), so a reader who scrolled the prerendered page before
 * the app took it over would be thrown back up (docs/decisions/0045).
 */
function useScrollAtMount(): RefObject<number> {
  const at = useRef(0);
  useLayoutEffect(() => {
    at.current = window.scrollY;
  }, []);
  return at;
}

/** Puts the window back where `useScrollAtMount` found it, once the virtualiser has mounted. */
function useScrollKept(
  at: RefObject<number>,
  virtualizer: Virtualizer<Window, Element>,
  keep: boolean,
): void {
  useLayoutEffect(() => {
    if (keep && at.current > 0 && window.scrollY !== at.current) {
      virtualizer.scrollToOffset(at.current);
    }
  }, [at, virtualizer, keep]);
}

/**
 * How much of the list a frame draws. A day's first frame renders the rows in view and one
 * more: every extra card is layout work before the reader sees the first (~100-180 ms at 4x
 * CPU on a 532-paper day). So does the frame of new rows (a filter, a new order: `newRows`):
 * the tap's own task makes only the cards in view. The rows kept ready beyond the viewport
 * follow once that frame is on screen. Coming Back, the rows are laid out as they were left,
 * overscan included, so that nothing shifts. The first render's rows are kept until the first
 * widening (hydration: `useFirstRowsKept`).
 */
function useRowsFrame(rows: Row[], back: Return) {
  const [wideFor, setWideFor] = useState<Row[] | null>(() => (back.sizes ? rows : null));
  const [firstRows] = useState(rows);
  useEffect(() => startTransition(() => setWideFor(rows)), [rows]);
  const keepFirstRows = useFirstRowsKept();
  return {
    overscan: wideFor === rows ? OVERSCAN : 1,
    newRows: rows !== firstRows && wideFor !== rows,
    rangeExtractor: wideFor === null && rows === firstRows ? keepFirstRows : defaultRangeExtractor,
  };
}

function RowsList({
  rows,
  entry,
  back,
  ...options
}: { rows: Row[]; entry: string; back: Return } & RowOptions) {
  const listRef = useRef<HTMLDivElement>(null);
  const scrollMargin = useScrollMargin(listRef);

  const frame = useRowsFrame(rows, back);
  const returnedTo = back.at;
  const keyOf = useCallback((i: number) => rowId(rows[i]!), [rows]);
  const scrolledAtMount = useScrollAtMount();

  // The first render is the same wherever it runs (the prerendering step has no window): the
  // top of the list, for a window of FIRST_HEIGHT (the page not scrolled yet). A prerendered
  // page is hydrated from it, elements kept. The window's real size follows in a layout
  // effect.
  const virtualizer = useWindowVirtualizer({
    count: frame.newRows ? rowsInFirstFrame(rows, scrollMargin) : rows.length,
    estimateSize: (i) => ESTIMATED_HEIGHT[rows[i]?.kind ?? 'paper'],
    overscan: frame.overscan,
    rangeExtractor: frame.rangeExtractor,
    scrollMargin,
    // Stable while the rows are: a new function would have every row's place computed again on
    // each render (a scroll, a card opened), not only when the rows change.
    getItemKey: keyOf,
    initialMeasurementsCache: back.sizes ?? [],
    // New rows (a filter, a new order) are measured by their observer, not as React attaches
    // them (`measureRow`). The day's first rows and rows scrolled to are measured at once: a
    // deep link or a jump scrolls by them.
    measureElement: frame.newRows ? measureRow : observedSize,
    initialRect: { width: 0, height: FIRST_HEIGHT },
    ...(returnedTo === undefined ? {} : { initialOffset: returnedTo }),
  });
  useScrollKept(scrolledAtMount, virtualizer, back === NO_RETURN);
  const takeSnapshot = useCallback(() => sizedItems(virtualizer.itemSizeCache), [virtualizer]);
  useSnapshotOnLeave(entry, takeSnapshot);
  useFocusHash(rows, (index) => virtualizer.scrollToIndex(index, { align: 'start' }));
  useReplayEarlyEvents();

  const items = virtualizer.getVirtualItems();
  // The rendered rows stay in the normal flow, in one block moved down to the first of them:
  // rows coming and going never lay out the others again, and the first render is laid out
  // like the prerendered page it hydrates.
  const offset =
    (items[0]?.start ?? virtualizer.options.scrollMargin) - virtualizer.options.scrollMargin;
  return (
    // No scroll anchoring in the list: rows leaving the top of the block would move the others
    // up, and the browser would scroll the page to follow them (the list keeps them in place).
    <div
      ref={listRef}
      className="relative mt-2 [overflow-anchor:none]"
      style={{ height: virtualizer.getTotalSize() }}
    >
      <div
        className="absolute top-0 left-0 w-full"
        style={{ transform: `translateY(${offset}px)` }}
      >
        {items.map((item) => (
          <div key={item.key} data-index={item.index} ref={virtualizer.measureElement}>
            <RowView row={rows[item.index]!} {...options} />
          </div>
        ))}
      </div>
    </div>
  );
}
