import { QueryClient, onlineManager } from '@tanstack/react-query';
import { shouldRetry } from '@/lib/data';

export function createQueryClient(): QueryClient {
  // TanStack Query assumes it starts online and learns otherwise from 'offline' events; a page
  // loaded while offline (from the service worker) would never hear one.
  if (typeof navigator !== 'undefined' && navigator.onLine === false)
    onlineManager.setOnline(false);
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // Try once even when offline: the service worker may hold the file. If that fails,
        // retries wait for the connection (the page says so) and resume by themselves.
        networkMode: 'offlineFirst',
        refetchOnWindowFocus: false,
        // A failed file is not fetched again just because another component mounted: the
        // alert offers "Try again", and a network failure is already retried.
        retryOnMount: false,
      },
    },
  });
}
