/**
 * The day's papers under their category headings. A short list is rendered in full (the
 * browser's find-in-page and the natural tab order work on all of it); a long one is
 * virtualised against the window: only the rows near the viewport are in the DOM, which
 * keeps a 1,000-paper day instant (docs/decisions/0005-long-days.md).
 */
import { Suspense, lazy, useMemo } from 'react';
import type { PaperEntry } from '@/schema/digest';
import { rowId, type Row } from './list-rows';
import { RowView, type RowOptions } from './row-view';
import { useReplayEarlyEvents } from '@/lib/early-events';
import { useFocusHash } from './use-focus-hash';
import { loadVirtualRows } from './virtual-rows-loader';

/** Loaded only for long days (the route's loader starts it early when the day is long). */
const VirtualRows = lazy(loadVirtualRows);

/** Rows shown while the virtual list's code arrives: the top of the list, as it will look. */
const FIRST_ROWS = 6;

export interface PaperListProps extends RowOptions {
  groups: readonly { category: string; papers: readonly PaperEntry[] }[];
  /** One list without category headings (the For-you order). */
  flat?: boolean;
  /**
   * Virtualise the list: decided by the whole day, not by what its filters leave. A filter
   * that leaves 40 of a long day's papers must not render all 40 at once (at 4x CPU, 60
   * cards took ~900 ms to render and lay out after a category tap).
   */
  virtual: boolean;
}

export function PaperList({ groups, flat = false, virtual, ...options }: PaperListProps) {
  const rows = useMemo<Row[]>(() => {
    const setSize = groups.reduce((n, g) => n + g.papers.length, 0);
    let position = 0;
    return groups.flatMap((g) => [
      ...(flat ? [] : [{ kind: 'group', category: g.category, count: g.papers.length } as const]),
      ...g.papers.map(
        (paper) => ({ kind: 'paper', paper, position: ++position, setSize }) as const,
      ),
    ]);
  }, [groups, flat]);
  if (!virtual) return <AllRows rows={rows} {...options} />;
  return (
    <Suspense fallback={<AllRows rows={rows.slice(0, FIRST_ROWS)} {...options} />}>
      <VirtualRows rows={rows} {...options} />
    </Suspense>
  );
}

function AllRows({ rows, ...options }: { rows: Row[] } & RowOptions) {
  useFocusHash(rows, undefined);
  useReplayEarlyEvents();
  return (
    <div className="mt-2">
      {rows.map((row) => (
        <RowView key={rowId(row)} row={row} {...options} />
      ))}
    </div>
  );
}
