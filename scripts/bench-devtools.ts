/*
 * A number page's start as a user's browser runs it, and as Lighthouse and Playwright see it
 * (decision 042). Both drive Chromium over the DevTools protocol with its Runtime domain enabled,
 * and with it V8 records the line and column of every frame of each Error made, parsing a
 * function again to find them. React DOM makes five Errors as it is evaluated, inside the function
 * the bundler wraps its CommonJS module in (over 200 kB minified), so that is parsed twice. Here
 * each load runs in a fresh browser context of one Chromium, interleaved, the page driven over a
 * bare protocol connection: "detached" with no protocol domain enabled, as good as nothing attached
 * (checked: React DOM's step took 25 ms with nothing attached until the page had started and 26 ms
 * with the Page domain on, medians of 6), "attached" with Runtime, Network and Page enabled before
 * it navigates. The figures come from the page's own timeline: paint entries and the marks
 * src/main.tsx sets (src/lib/start-marks.ts).
 */
import { startMarks } from '../src/lib/start-marks.ts';
import { launchCdpBrowser } from './cdp-browser.ts';
import { medianOfEach } from './median.ts';

export type StartFigures = {
  /** First contentful paint: the prerendered shell. */
  fcpMs: number;
  /** How long the step evaluating React DOM took (src/main.tsx). */
  reactDomMs: number;
  /** From the navigation to the app's start (its first render under way). */
  appStartedMs: number;
  /** Largest contentful paint: the number's page rendered. */
  lcpMs: number;
};
export const startModes = ['detached', 'attached'] as const;
export type StartMode = (typeof startModes)[number];

const viewport = { width: 412, height: 823 };
const attachedDomains = ['Runtime', 'Network', 'Page'];

// Runs in the page once it has started: the largest paint settles a moment after the render, and
// is only seen by an observer (buffered: those made before it too).
const readFigures = `new Promise((resolve) => setTimeout(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  const figures = (largest) => ({
    fcpMs: at('first-contentful-paint'),
    reactDomMs: at(${JSON.stringify(startMarks.reactDom)}) - at(${JSON.stringify(startMarks.shellPainted)}),
    appStartedMs: at(${JSON.stringify(startMarks.appStarted)}),
    lcpMs: largest?.startTime ?? NaN,
  });
  const noPaint = setTimeout(() => resolve(figures(undefined)), 1000);
  new PerformanceObserver((list, observer) => {
    observer.disconnect();
    clearTimeout(noPaint);
    resolve(figures(list.getEntries().at(-1)));
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}, 1500))`;
const started = `performance.getEntriesByName(${JSON.stringify(startMarks.appStarted)}).length > 0`;

/** Median figures of `rounds` loads of `url` in each mode, interleaved. */
export async function startWithAndWithoutDevtools(
  url: string,
  rounds: number,
): Promise<Record<StartMode, StartFigures>> {
  const browser = await launchCdpBrowser();
  const runs: Record<StartMode, StartFigures[]> = { detached: [], attached: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      for (const mode of startModes) {
        const page = await browser.newPage(viewport, { isolated: true });
        if (mode === 'attached') {
          for (const domain of attachedDomains) await page.send(`${domain}.enable`);
        }
        await page.send('Page.navigate', { url });
        await page.waitFor(started);
        const figures = await page.evaluate<StartFigures>(readFigures);
        // A mark renamed or gone, or no paint: said, not reported as NaN.
        const missing = Object.entries(figures).filter(([, value]) => !Number.isFinite(value));
        if (missing.length > 0) {
          throw new Error(`${mode} start: no ${missing.map(([key]) => key).join(', ')} in ${url}`);
        }
        runs[mode].push(figures);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return { detached: medianOfEach(runs.detached), attached: medianOfEach(runs.attached) };
}
