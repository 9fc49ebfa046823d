import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import { APP_READY_MARK } from '@/boot/contract';
import { AppRoutes } from '@/app/router';
import { REPLAY_FALLBACK_MS, replayEarlyEvents } from '@/lib/early-events';

/** The app, with the query client main.tsx made (and started the first page's data on). */
export function App({ queryClient }: { queryClient: QueryClient }) {
  useEffect(() => {
    performance.mark(APP_READY_MARK);
    // What the reader did on a prerendered page before now is replayed by the daily list once
    // its cards are hydrated; here only if that never happens (src/lib/early-events.ts).
    const timer = setTimeout(replayEarlyEvents, REPLAY_FALLBACK_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename={import.meta.env.BASE_URL}>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
