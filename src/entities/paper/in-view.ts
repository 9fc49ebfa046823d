/** A paper card's element id is `paper-<id>` (paper-card.tsx; deep links use it). */
const CARD_ID = 'paper-';

/**
 * The id of the last paper card that starts inside the window or above it: as far down a list
 * as the reader has come. Undefined when no card is on the page. Cards are read in document
 * order, stopping at the first one below the window (a long list has only those near the
 * window in the page).
 */
export function lastPaperInView(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  let last: string | undefined;
  for (const card of document.querySelectorAll<HTMLElement>(`article[id^="${CARD_ID}"]`)) {
    if (card.getBoundingClientRect().top >= window.innerHeight) break;
    last = card.id.slice(CARD_ID.length);
  }
  return last;
}
