import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import { APP_READY_MARK } from '@/boot/contract';
import { AppRoutes } from '@/app/router';

/** The app, with the query client main.tsx made (and started the first page's data on). */
export function App({ queryClient }: { queryClient: QueryClient }) {
  useEffect(() => {
    performance.mark(APP_READY_MARK);
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename={import.meta.env.BASE_URL}>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
