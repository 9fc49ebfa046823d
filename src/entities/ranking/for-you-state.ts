/** What the page holds of the For-you order; computed by the lazily loaded ./for-you-ranker. */
export interface ForYouView {
  status: 'off' | 'no-signals' | 'ranking' | 'error' | 'ready';
  /** What to say beside the count of papers (how to teach it, that it is at work…). */
  note: string;
  /** In the order: each paper's place (0 = first). */
  order?: ReadonlyMap<string, number> | undefined;
  /** Why a paper is where it is, worded when its card is drawn (not for every paper at once). */
  why?: ((id: string) => string) | undefined;
}

export const OFF: ForYouView = { status: 'off', note: '' };
export const RANKING: ForYouView = { status: 'ranking', note: '' };
