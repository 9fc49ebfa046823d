/**
 * The paper cards on the page, read from the DOM: each is an `article` whose id is
 * `paper-<id>` (paper-card.tsx; deep links use it), in the list's order.
 */
const CARD_ID = 'paper-';
/** The element id of a paper's card: the target of `#paper-<id>` deep links (ui-contract). */
export const paperCardId = (id: string): string => CARD_ID + id;
/** The selector of every paper card on the page. */
export const PAPER_CARD = `article[id^="${CARD_ID}"]`;

/** The paper id of a card. */
export const paperIdOf = (card: HTMLElement): string => card.id.slice(CARD_ID.length);

const cards = () => [...document.querySelectorAll<HTMLElement>(PAPER_CARD)];

/** How long a card is watched for leaving its place after a control in it was used. */
const WATCH_MS = 5000;

/**
 * For a control whose card may leave its place when it is used (Not interested, in the For-you
 * order, moves the paper last): once the card has left, with the focus (an unmounted element
 * loses it to the page's body, a moved one may keep it), the focus goes to the card that
 * followed it, which now has its place (or the one before, for the last card). A keyboard or
 * screen-reader user goes on from there instead of from the top of the page. A card that
 * stays where it was keeps its focus.
 */
export function focusNextCardIfMoved(control: HTMLElement): void {
  const card = control.closest<HTMLElement>(PAPER_CARD);
  const list = cards();
  const at = card ? list.indexOf(card) : -1;
  const after = list[at + 1]?.id;
  const instead = after ?? list[at - 1]?.id;
  if (!card || !instead) return;
  const observer = new MutationObserver(() => {
    const now = document.getElementById(card.id);
    const shown = cards();
    if (now && shown[shown.indexOf(now) + 1]?.id === after) return;
    observer.disconnect();
    // The focus left with the card (to the page's body), or went along with it to its new place.
    const active = document.activeElement;
    if (active === document.body || now?.contains(active))
      document.getElementById(instead)?.focus();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), WATCH_MS);
}
