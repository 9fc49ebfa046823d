/**
 * Runs `task` when the main thread is next idle, and at the latest after `timeoutMs`; at once
 * in a browser without idle callbacks.
 */
export function whenIdle(task: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'undefined') task();
  else requestIdleCallback(() => task(), { timeout: timeoutMs });
}
