/**
 * A new For-you order that keeps the reader's place (docs/decisions/0047). Loaded with the
 * ranker (./for-you-ranker.tsx), not in the first bundle.
 */
import { PAPER_CARD, paperIdOf } from '@/entities/paper/cards-on-page';

/**
 * A new order that keeps the reader's place: the papers the page showed down to `through`
 * (the last one the reader has reached, `lastPaperReached`) keep their places, and the rest
 * follow in `next`'s order. A reader who saves the fourth paper would otherwise see it jump to
 * the top (a saved paper is the most like itself) and the papers around it change under them.
 * The papers ahead, not yet seen, are the ones a new signal should reorder. `next` itself when
 * `through` is not in both orders (a new list, nothing reached).
 */
export function keepingPlace(
  shown: ReadonlyMap<string, number>,
  next: ReadonlyMap<string, number>,
  through: string | undefined,
): ReadonlyMap<string, number> {
  const until = through === undefined || !next.has(through) ? undefined : shown.get(through);
  if (until === undefined) return next;
  const kept = new Map<string, number>();
  for (const [id, at] of shown) if (at <= until && next.has(id)) kept.set(id, at);
  const rest = [...next].filter(([id]) => !kept.has(id)).sort((a, b) => a[1] - b[1]);
  rest.forEach(([id], i) => kept.set(id, until + 1 + i));
  return kept;
}

/**
 * The id of the last paper card that starts inside the window or above it, not counting those
 * marked Not interested (the page shows them last, wherever the order had them): as far down
 * the list as the reader has come. Undefined when no such card is on the page. Cards are read
 * in document order, stopping at the first one below the window (a long list has only those
 * near the window in the page).
 */
export function lastPaperReached(): string | undefined {
  let last: string | undefined;
  for (const card of document.querySelectorAll<HTMLElement>(PAPER_CARD)) {
    if (card.getBoundingClientRect().top >= window.innerHeight) break;
    if (!card.querySelector('[data-action="not-interested"][aria-pressed="true"]')) {
      last = paperIdOf(card);
    }
  }
  return last;
}
