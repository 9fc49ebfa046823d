/**
 * Replays what the reader did on a prerendered page before the app was ready
 * (src/boot/early-events.ts). Called once the elements those taps were on are hydrated: by the
 * daily list when it commits (the cards are the last part of the page to hydrate: the virtual
 * list's code may still be loading when the rest is), and by the app a moment after its ready
 * mark in case the list never comes (a failed page), so that nothing stays captured.
 */
import { useEffect } from 'react';

export function replayEarlyEvents(): void {
  const early = window.__digestEarlyEvents;
  window.__digestEarlyEvents = undefined;
  void early?.replay();
}

/** In the component whose commit means the page's controls are all hydrated. */
export function useReplayEarlyEvents(): void {
  useEffect(() => replayEarlyEvents(), []);
}

/** How long after the ready mark the app replays anyway. */
export const REPLAY_FALLBACK_MS = 3000;
