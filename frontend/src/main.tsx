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
// The session and the first screen's data are on their way (index.html started them while the bundle
// loaded); they are usually in by now or within a few ms.
const warm = warmStart(queryClient, window.location);

/**
 * The first render waits for them, a little: then it is the screen with its data, in one render and
 * one layout, instead of "Signing in…" and loading states first and the screen in a second, longer pass
 * (~70 ms more on a cold load here). A slow server gets the loading states after FIRST_RENDER_WAIT_MS.
 */
const FIRST_RENDER_WAIT_MS = 200;
void Promise.race([warm, new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProvider client={queryClient}>
        <AppRouter />
      </AppProvider>
    </StrictMode>,
  );
  performance.mark('apimon:rendered');
});
