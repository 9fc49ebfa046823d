/**
 * The app's ready mark, and the replay of what the reader did on a prerendered page before it
 * (src/boot/early-events.ts).
 *
 * On a prerendered day the cards hydrate last: the virtual list's code may still be loading
 * when the rest of the page has hydrated, and a tap on a card that is not hydrated yet does
 * nothing. So there the app is ready (its controls work) when the daily list commits: the list
 * sets the mark and replays the taps. Elsewhere the app is ready at its first commit. If the
 * list never comes (an error page), the app does both a moment later, so nothing stays
 * captured.
 */
import { useEffect } from 'react';
import { APP_READY_MARK } from '@/boot/contract';

/** Sets the ready mark, once. */
export function markAppReady(): void {
  if (performance.getEntriesByName(APP_READY_MARK).length === 0) performance.mark(APP_READY_MARK);
}

/** Whether taps are being kept for the app (a prerendered page, not yet replayed). */
export function earlyEventsPending(): boolean {
  return window.__digestEarlyEvents !== undefined;
}

export function replayEarlyEvents(): void {
  const early = window.__digestEarlyEvents;
  window.__digestEarlyEvents = undefined;
  void early?.replay();
}

/** In the component whose commit means the page's controls are all hydrated. */
export function useReplayEarlyEvents(): void {
  useEffect(() => {
    markAppReady();
    replayEarlyEvents();
  }, []);
}

/** How long after its first commit the app replays anyway, if the list never came. */
export const REPLAY_FALLBACK_MS = 3000;
