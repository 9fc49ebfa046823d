import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { warmDataWorker } from '@/lib/data';
import './index.css';

// The data worker loads while React renders the first frame.
warmDataWorker();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
