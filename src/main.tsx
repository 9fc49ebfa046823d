import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { prefetchRouteData } from '@/app/prefetch';
import { createQueryClient } from '@/app/query-client';
import { initLocale } from '@/i18n';
import { keyHistoryEntry } from '@/lib/scroll-restoration';
import { preloadPage } from '@/app/pages';
import { preloadVirtualRows } from '@/features/daily/virtual-rows-loader';
import './index.css';
import { ATTR } from '@/boot/contract';

/** The address inside the app (the router's view of it, without the base path). */
function appPath(): string {
  const base = import.meta.env.BASE_URL;
  const path = window.location.pathname;
  return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}

// The entry a page was loaded into (from the address bar, a reload) keeps a key of its own,
// before the router reads it: scroll positions are kept by that key.
keyHistoryEntry();

// The first page's data (already fetched by index.html) goes to the data worker now, to be
// checked while React renders the first frame, not after it. In a task of its own: the
// modules' evaluation before it is long enough on a slow phone.
const queryClient = createQueryClient();
const firstData = new Promise<void>((resolve) =>
  setTimeout(() => resolve(prefetchRouteData(queryClient, appPath(), window.location.search)), 0),
);

// A prerendered page (scripts/prerender) is in English and shows the whole day. The startup
// script (src/boot/head.ts) hid it from the first paint for a reader of another language (the
// same detection as `initLocale`'s) or an address with a filter: it goes now, and the app
// renders the page anew. Otherwise the app hydrates it: once the data it was rendered from has
// arrived here too, React takes over the elements already on screen instead of making new ones.
const container = document.getElementById('root')!;
const prerendered = container.hasAttribute(ATTR.prerendered);
// Only long days are prerendered: their virtual list's code now, with the day's data, not
// once the manifest has come back through the data worker (~300 ms later at 4x CPU).
if (prerendered) preloadVirtualRows();

/** How long the first render of a page that is not prerendered waits for the page's code. */
const PAGE_CODE_WAIT_MS = 1000;

// The interface language is ready before the first render: no flash of the other language.
// Hydration is a transition: React hydrates in slices, yielding to the browser, while the
// prerendered page is on screen and taps on it are kept (src/boot/early-events.ts). A page that
// is not prerendered has nothing on screen to yield to: it renders at once, its code and
// usually its data in hand.
void initLocale().then(async () => {
  const hydrate = prerendered && !document.documentElement.hasAttribute(ATTR.prerenderHidden);
  if (prerendered && !hydrate) container.replaceChildren();
  container.removeAttribute(ATTR.prerendered);
  const app = (
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>
  );
  if (hydrate) {
    await firstData;
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    // The page's code first (prefetchRouteData started it), so that the first commit is the
    // page: rendered before it, the first commit was "Loading the page", and the page itself
    // a second render later (on /since at 4x CPU, its first card ~400 ms later). Not for
    // long: on a slow network the header shows with the placeholder meanwhile.
    await Promise.race([
      preloadPage(appPath()).catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, PAGE_CODE_WAIT_MS)),
    ]);
    createRoot(container).render(app);
  }
});
