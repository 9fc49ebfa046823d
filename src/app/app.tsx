import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from '@/app/router';
import {
  REPLAY_FALLBACK_MS,
  earlyEventsPending,
  markAppReady,
  replayEarlyEvents,
} from '@/lib/early-events';

/** The app, with the query client main.tsx made (and started the first page's data on). */
export function App({ queryClient }: { queryClient: QueryClient }) {
  useEffect(() => {
    // A prerendered day is ready when its list has hydrated (src/lib/early-events.ts).
    if (!earlyEventsPending()) {
      markAppReady();
      return;
    }
    const timer = setTimeout(() => {
      markAppReady();
      replayEarlyEvents();
    }, REPLAY_FALLBACK_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      {/* A change of the URL renders at once, not as a transition: a tapped filter shows
          in the same frame, and a transition would also wait behind the list's own (its
          overscan, typesetting). Links to another page make theirs (ui/link.tsx). */}
      <BrowserRouter basename={import.meta.env.BASE_URL} useTransitions={false}>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
