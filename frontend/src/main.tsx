import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from './app/provider';
import { AppRouter } from './app/router';
import { warmStart } from './app/warm-start';
import { createQueryClient } from './lib/query-client';
import './index.css';

// Marks for bench/ui-list: when the bundle has run, and when the first render is scheduled.
performance.mark('apimon:start');
const queryClient = createQueryClient();
// Before the first render: the session and the first screen's data are on their way while React starts.
void warmStart(queryClient, window.location);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider client={queryClient}>
      <AppRouter />
    </AppProvider>
  </StrictMode>,
);
performance.mark('apimon:rendered');
