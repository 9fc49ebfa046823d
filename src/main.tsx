import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { prefetchRouteData } from '@/app/prefetch';
import { createQueryClient } from '@/app/query-client';
import { initLocale } from '@/i18n';
import './index.css';

/** The address inside the app (the router's view of it, without the base path). */
function appPath(): string {
  const base = import.meta.env.BASE_URL;
  const path = window.location.pathname;
  return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}

// The first page's data (already fetched by index.html) goes to the data worker now, to be
// checked while React renders the first frame, not after it.
const queryClient = createQueryClient();
prefetchRouteData(queryClient, appPath(), window.location.search);

// The interface language is ready before the first render: no flash of the other language.
// The first render is a transition: React renders it in slices, yielding to the browser.
void initLocale().then(() => {
  const root = createRoot(document.getElementById('root')!);
  startTransition(() =>
    root.render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    ),
  );
});
