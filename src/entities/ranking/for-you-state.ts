/** What the page holds of the For-you order; computed by the lazily loaded ./for-you-ranker. */
export interface ForYouView {
  status: 'off' | 'no-signals' | 'ranking' | 'error' | 'ready';
  /** What to say beside the count of papers (how to teach it, that it is at work…). */
  note: string;
  /** In the order: each paper's place (0 = first). */
  order?: ReadonlyMap<string, number> | undefined;
  /** Why a paper is where it is, worded when its card is drawn (not for every paper at once). */
  why?: ((id: string) => string) | undefined;
  /** Why a paper the reader marked Not interested is last. */
  whyDismissed?: string | undefined;
}

/**
 * The order with the papers marked Not interested since it was computed moved to the end at
 * once, where the ranker will also put them: the reader sees the paper go while the ranker
 * learns from it (its new order follows). The same order when there is nothing to move.
 */
export function withDismissedLast(
  order: ReadonlyMap<string, number>,
  dismissed: Readonly<Record<string, unknown>> | undefined,
): ReadonlyMap<string, number> {
  if (!dismissed) return order;
  const late = [...order].filter(([id]) => Object.hasOwn(dismissed, id));
  const last = order.size - late.length;
  if (late.every(([, at]) => at >= last)) return order;
  const moved = new Map(order);
  for (const [id, at] of late) moved.set(id, order.size + at);
  return moved;
}

/** The view as the page shows it: `withDismissedLast`, and their reason said. */
export function shownView(
  view: ForYouView,
  dismissed: Readonly<Record<string, unknown>> | undefined,
): ForYouView {
  const { order, why, whyDismissed } = view;
  if (!order || !dismissed) return view;
  return {
    ...view,
    order: withDismissedLast(order, dismissed),
    why: (id) => (Object.hasOwn(dismissed, id) && whyDismissed ? whyDismissed : (why?.(id) ?? '')),
  };
}

/**
 * Items in the For-you order (`order`: each one's place); those it does not place keep their
 * own order after them, and those `last` picks (a muted topic's papers) come after all.
 */
export function inForYouOrder<T>(
  items: readonly T[],
  order: ReadonlyMap<string, number>,
  id: (item: T) => string,
  last?: (item: T) => boolean,
): T[] {
  // Each item's place looked up once, not in every comparison.
  const at = items.map(
    (item, i) =>
      [
        (last?.(item) ? Number.MAX_SAFE_INTEGER / 2 : 0) +
          (order.get(id(item)) ?? Number.MAX_SAFE_INTEGER / 4 + i),
        item,
      ] as const,
  );
  return at.sort((a, b) => a[0] - b[0]).map(([, item]) => item);
}

export const OFF: ForYouView = { status: 'off', note: '' };
export const RANKING: ForYouView = { status: 'ranking', note: '' };
