import { QueryClient } from '@tanstack/react-query';
import { shouldRetry } from '@/lib/data';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        refetchOnWindowFocus: false,
        // A failed file is not fetched again just because another component mounted: the
        // alert offers "Try again", and a network failure is already retried.
        retryOnMount: false,
      },
    },
  });
}
