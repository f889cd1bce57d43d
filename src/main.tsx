/*
 * The entry: the stylesheet, then the app once the browser has painted the prerendered shell
 * (build/prerender-shells.ts). The app's code is preloaded from the page's head, so it downloads
 * meanwhile; only running it waits, so that a slow device shows the page frame at once instead of
 * a blank page while it evaluates the bundle (decision 029).
 */
import './app/styles.ts';
import { holdShellSubmits } from './app/shell/held-submits.ts';
import { afterNextPaint } from './lib/after-next-paint.ts';
import { nextTask } from './lib/next-task.ts';
import { startMarks } from './lib/start-marks.ts';

holdShellSubmits();

await new Promise((resolve) => afterNextPaint(() => resolve(null)));
performance.mark(startMarks.shellPainted);
// Evaluating the whole app at once held the main thread for 140 ms on this project's machine, with
// DevTools attached (decision 042: less without, far more on a slow laptop): a keystroke in the
// prerendered search box waited for all of it. Its largest parts are evaluated first, each in a
// task of its own, so input and paint get turns in between: React's DOM renderer, the phone
// metadata, then Mantine and TanStack Query.
for (const [evaluate, mark] of [
  [() => import('react-dom/client'), startMarks.reactDom],
  [() => import('./lib/e164.ts'), startMarks.phoneMetadata],
  [() => import('./app/providers.tsx'), startMarks.providers],
] as const) {
  await evaluate();
  performance.mark(mark);
  await nextTask();
}
await import('./app/start.tsx');
performance.mark(startMarks.appStarted);
