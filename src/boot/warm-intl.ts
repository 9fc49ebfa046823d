/**
 * The first Intl formatter a page makes loads ICU's data: ~100–180 ms of main thread at 4×
 * CPU here, the same on a slow phone. That work is the process's, not the thread's: done once
 * in a worker (~30 ms on its own thread), the main thread's first formatter then takes ~3 ms.
 * So the data worker does it as it starts, while the page's first files download; a page
 * without the worker does it on the main thread after its first paint
 * (docs/decisions/0037-icu-warmed-in-the-data-worker.md).
 */
export function warmIntl(): void {
  try {
    new Intl.NumberFormat().format(1);
    new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeZone: 'UTC' }).format(0);
  } catch {
    // Formatting falls back to plain text in the app.
  }
}
