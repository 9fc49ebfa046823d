import { paperCardId } from './cards-on-page';

/**
 * A link to a paper's card on its day's page (`#paper-<id>`, ui-contract: it scrolls to the
 * card and focuses it); `query` (`?…`) goes before the hash. Its own module: only lazy pages
 * link to a day's card, and the first bundle stays without it.
 */
export const paperOnDay = (date: string, id: string, query = ''): string =>
  `/daily/${date}${query}#${paperCardId(id)}`;
