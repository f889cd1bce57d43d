/*
 * The entry: the stylesheet, then the app once the browser has painted the prerendered shell
 * (build/prerender-shells.ts). The app's code is preloaded from the page's head, so it downloads
 * meanwhile; only running it waits, so that a slow device shows the page frame at once instead of
 * a blank page while it evaluates the bundle (decision 029).
 */
import './app/styles.ts';
import { holdShellSubmits } from './app/shell/held-submits.ts';
import { afterNextPaint } from './lib/after-next-paint.ts';

holdShellSubmits();

await new Promise((resolve) => afterNextPaint(() => resolve(null)));
await import('./app/start.tsx');
