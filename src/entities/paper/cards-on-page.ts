/**
 * The paper cards on the page, read from the DOM: each is an `article` whose id is
 * `paper-<id>` (paper-card.tsx; deep links use it), in the list's order.
 */
const CARD_ID = 'paper-';
const CARDS = `article[id^="${CARD_ID}"]`;

const cards = () => [...document.querySelectorAll<HTMLElement>(CARDS)];

/**
 * The id of the last paper card that starts inside the window or above it: as far down a list
 * as the reader has come. Undefined when no card is on the page. Cards are read in document
 * order, stopping at the first one below the window (a long list has only those near the
 * window in the page).
 */
export function lastPaperInView(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  let last: string | undefined;
  for (const card of document.querySelectorAll<HTMLElement>(CARDS)) {
    if (card.getBoundingClientRect().top >= window.innerHeight) break;
    last = card.id.slice(CARD_ID.length);
  }
  return last;
}

/** How long a card is watched for leaving its place after a control in it was used. */
const WATCH_MS = 5000;

/**
 * For a control whose card may leave its place when it is used (Not interested, in the For-you
 * order, moves the paper last): once the card has left, with the focus (an unmounted element
 * loses it to the page's body, a moved one may keep it), the focus goes to the card that followed it,
 * which now has its place (or the one before, for the last card). A keyboard or screen-reader
 * user goes on from there instead of from the top of the page. A card that stays where it was
 * keeps its focus.
 */
export function focusNextCardIfMoved(control: HTMLElement): void {
  const card = control.closest<HTMLElement>(CARDS);
  if (!card) return;
  const list = cards();
  const at = list.indexOf(card);
  const after = list[at + 1]?.id;
  const instead = after ?? list[at - 1]?.id;
  if (!instead) return;
  const moved = () => {
    const now = document.getElementById(card.id);
    if (!now) return true;
    const next = cards();
    return next[next.indexOf(now) + 1]?.id !== after;
  };
  const observer = new MutationObserver(() => {
    if (!moved()) return;
    observer.disconnect();
    window.clearTimeout(timer);
    // The focus left with the card (to the page's body), or went along with it, to its new place.
    const active = document.activeElement;
    const now = document.getElementById(card.id);
    if (active && active !== document.body && !now?.contains(active)) return;
    const target = document.getElementById(instead);
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'nearest' });
  });
  observer.observe(document.body, { childList: true, subtree: true });
  const timer = window.setTimeout(() => observer.disconnect(), WATCH_MS);
}
