/**
 * The watch matcher's code (./match.ts), loaded only for a reader who has watches: most have
 * none, and the first bundle has no room to spare (docs/decisions/0044). A list that needs it
 * waits for it (`use`); a day's page asks for it as it starts, so it is usually in by then.
 */
type MatchModule = typeof import('./match');

let loaded: MatchModule | null = null;
let loading: Promise<MatchModule> | null = null;

/** Starts loading the matcher (once); resolves to its module. */
export function loadWatchMatcher(): Promise<MatchModule> {
  return (loading ??= import('./match').then((module) => (loaded = module)));
}

/** The matcher's module if it is loaded, else the promise of it (for React's `use`). */
export function watchMatcherModule(): MatchModule | Promise<MatchModule> {
  return loaded ?? loadWatchMatcher();
}
