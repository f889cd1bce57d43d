/*
 * The entry: the stylesheet, then the app once the browser has painted the prerendered shell
 * (build/prerender-shells.ts). The app's code is preloaded from the page's head, so it downloads
 * meanwhile; only running it waits, so that a slow device shows the page frame at once instead of
 * a blank page while it evaluates the bundle (decision 029).
 */
import './app/styles.ts';
import { holdShellSubmits } from './app/shell/held-submits.ts';

holdShellSubmits();

await new Promise((resolve) => {
  // A hidden tab paints nothing (and runs no animation frame): start at once.
  if (document.visibilityState === 'hidden') resolve(null);
  // The task after the next frame: by then the shell has been painted.
  else requestAnimationFrame(() => setTimeout(resolve, 0));
});
await import('./app/start.tsx');
