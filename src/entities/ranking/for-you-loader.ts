/** The For-you order's code (./for-you-ranker.tsx), loaded when a page first sorts For you. */
import { lazyWithPreload } from 'react-lazy-with-preload';

export const ForYouRanker = lazyWithPreload(() => import('./for-you-ranker'));

/**
 * Starts loading the order's code (a page sorted For you, as it starts): loaded by the time
 * the page renders, the ranker renders with it, without suspending first (a suspended one
 * asks for the order only once React retries it).
 */
export function preloadForYouRanker(): void {
  ForYouRanker.preload().catch(() => undefined);
}
