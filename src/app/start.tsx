import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { nextTask } from '../lib/next-task.ts';
import { createQueryClient } from '../lib/query-client.ts';
import { Providers } from './providers.tsx';
import { createAppRouter } from './router.tsx';
import { findShellTyping, ShellHandOff } from './shell/shell-hand-off.tsx';

// Each step of the start is its own task (nextTask), so that none holds the main thread for long
// on a slow device: the browser can paint and take input in between.

/** Resolves once the router has the first page's code and data (or given up waiting for data). */
const initialised = (router: ReturnType<typeof createAppRouter>) =>
  new Promise<void>((resolve) => {
    if (router.state.initialized) {
      resolve();
      return;
    }
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

await nextTask();
const queryClient = createQueryClient();
const router = createAppRouter(queryClient);
// The page's prerendered shell (build/prerender-shells.ts) stays on screen until the app has
// something to show instead: rendered before the router has the page's chunk, it would be blank.
await initialised(router);
await nextTask();
// Rendered as a transition, in slices that leave the browser free to paint and take input; the
// shell is replaced in one commit by the same frame, live.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <RouterProvider router={router} />
        {/* After the page: its effects run first. */}
        <ShellHandOff typing={findShellTyping()} />
      </Providers>
    </StrictMode>,
  );
});
