import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { initLocale } from '@/i18n';
import { warmDataWorker } from '@/lib/data';
import './index.css';

// The data worker loads while React renders the first frame.
warmDataWorker();
// The interface language is ready before the first render: no flash of the other language.
void initLocale().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
