/*
 * The floor painted first (decision 041): the same app, started as OC Lookup starts (decision 029)
 * — its page painted from HTML and CSS, the app's code preloaded from the head and run only after
 * that first paint. It measures what painting before the JavaScript does to the floor's own
 * figures, so the report can tell that apart from what OC Lookup's own code costs.
 */
import './styles.ts';

await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
await import('./main.tsx');
