import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { useEffect } from 'react';
import userEvent from '@testing-library/user-event';
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  type Location,
  type NavigateFunction,
} from 'react-router';
import { createQueryClient } from '@/app/query-client';
import { AppRoutes } from '@/app/router';

/** What a test can see of the router: where it is, and a way to go somewhere (or back). */
interface RouterHandle {
  state: { location: Location };
  navigate: NavigateFunction;
}

function RouterProbe({ onChange }: { onChange: (l: Location, n: NavigateFunction) => void }) {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => onChange(location, navigate), [onChange, location, navigate]);
  return null;
}

/** The whole app (real routes, prefetching and query client) at a URL, in memory. */
export function renderApp(url: string) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 0 },
  });
  const router = { state: {} } as RouterHandle;
  const user = userEvent.setup();
  const utils = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <RouterProbe
          onChange={(location, navigate) => {
            router.state.location = location;
            router.navigate = navigate;
          }}
        />
        <AppRoutes />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...utils, router, user, queryClient };
}
