/**
 * What makes a day long. Imported by the prerendering step too (scripts/prerender), so it
 * imports nothing.
 */

/** Lists up to this many papers are rendered in full; longer ones are virtualised. */
const VIRTUALIZE_ABOVE = 60;

/**
 * A day whose list is virtualised (ADR 0005): its first paint is the slow one, and the build
 * prerenders it (ADR 0011).
 */
export function isLongDay(paperCount: number): boolean {
  return paperCount > VIRTUALIZE_ABOVE;
}
