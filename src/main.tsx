import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { initLocale } from '@/i18n';
import { warmDataWorker } from '@/lib/data';
import './index.css';

// The data worker loads while React renders the first frame.
warmDataWorker();
// The interface language is ready before the first render: no flash of the other language.
// The first render is a transition: React renders it in slices, yielding to the browser.
void initLocale().then(() => {
  const root = createRoot(document.getElementById('root')!);
  startTransition(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
});
