/*
 * Time to load the tenant page of Trey Research's 653 numbers (issue 7's closing note), in
 * Chromium, from navigation start to "All 653 numbers loaded.": in demo mode (the sandbox) and in
 * live mode against the fake Live Platform with 50 ms added to every upstream answer. Each run
 * also loads one number's page (navigation to its heading) as the floor of the same moment, so
 * the figures compare as a ratio on a machine whose speed varies. In live mode the timeline of
 * the browser's page requests (/api/v3/oc/numbers) shows whether pages overlap or follow each
 * other. Serves the production build (dist/) on the real server, composed as `npm start` does.
 * Usage: npm run build && npm run measure:tenant-page [-- runs]
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { launchOptions } from '../e2e/browser.ts';
import { startOwnStack } from '../e2e/live/own-stack.ts';
import { stackConfig } from '../e2e/live/stack-config.ts';
import { composeApp } from '../server/compose-app.ts';
import { treyResearch } from '../server/sandbox/demo-tenants.ts';
import { numbersOfTenant } from '../server/sandbox/sandbox-numbers.ts';
import { parseSettings } from '../server/settings.ts';

const runs = Number(process.argv[2] ?? 5);
const latencyMs = 50;
const distDir = path.resolve(import.meta.dirname, '../dist');
if (!existsSync(path.join(distDir, 'index.html'))) {
  console.error('measure-tenant-page: no production build in dist/. Run `npm run build` first.');
  process.exit(1);
}

const tenantPath = `/tenants/${treyResearch.tenantId}`;
const total = numbersOfTenant(treyResearch.tenantId).length;
const allLoaded = `All ${total.toLocaleString('en-GB')} numbers loaded.`;
const floorNumber = { path: '/numbers/+442074996300', heading: '+44 20 7499 6300' };

/** The demo server on a free port. */
async function startDemo(): Promise<{ url: string; close(): Promise<void> }> {
  const app = composeApp(parseSettings({}), { distDir });
  const server = await new Promise<ServerType>((resolve) => {
    const started: ServerType = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(started),
    );
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no demo server address');
  return {
    url: `http://127.0.0.1:${String(address.port)}`,
    close: () =>
      new Promise((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type PageRequest = { start: number; end: number };
/** ms: when done first held; longTasks: main-thread tasks over 50 ms before that (ms each). */
type Load = { ms: number; pages: PageRequest[]; longTasks: number[] };

/**
 * Loads `url` in a new page of `context` and returns the page's own clock (ms since navigation
 * start) when `done` first holds, read by a MutationObserver installed before the app's code.
 */
async function timedLoad(
  context: BrowserContext,
  url: string,
  done: { status?: string; heading?: string },
): Promise<Load> {
  const page = await context.newPage();
  await page.addInitScript((wanted) => {
    const state = window as unknown as {
      measured?: Promise<number>;
      longTasks: PerformanceEntry[];
    };
    state.longTasks = [];
    new PerformanceObserver((list) => state.longTasks.push(...list.getEntries())).observe({
      type: 'longtask',
    });
    state.measured = new Promise((resolve) => {
      const reached = () =>
        wanted.status !== undefined
          ? [...document.querySelectorAll('[role="status"]')].some(
              (element) => element.textContent === wanted.status,
            )
          : document.querySelector('h1')?.textContent === wanted.heading;
      const observer = new MutationObserver(() => {
        if (!reached()) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
  }, done);
  await page.goto(url);
  const ms = await page.evaluate(
    () => (window as unknown as { measured: Promise<number> }).measured,
  );
  const pages = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/api/v3/oc/numbers'))
      .map((entry) => ({
        start: (entry as PerformanceResourceTiming).requestStart || entry.startTime,
        end: (entry as PerformanceResourceTiming).responseEnd,
      })),
  );
  const longTasks = await page.evaluate((until) => {
    const { longTasks: tasks } = window as unknown as { longTasks: PerformanceEntry[] };
    return tasks.filter((task) => task.startTime < until).map((task) => task.duration);
  }, ms);
  await page.close();
  return { ms, pages, longTasks };
}

/** A context whose browser cache holds the app's files (as for a user who has used it before). */
async function warmContext(browser: Browser, baseUrl: string, signedIn: boolean) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  if (signedIn) await page.getByText(stackConfig.user.name, { exact: true }).waitFor();
  await page.close();
  // One unmeasured load of each page: the server's and the browser's first time costs extra.
  await timedLoad(context, `${baseUrl}${floorNumber.path}`, { heading: floorNumber.heading });
  await timedLoad(context, `${baseUrl}${tenantPath}`, { status: allLoaded });
  return context;
}

async function measure(context: BrowserContext, baseUrl: string) {
  const tenant: Load[] = [];
  const floor: number[] = [];
  for (let run = 0; run < runs; run++) {
    floor.push(
      (await timedLoad(context, `${baseUrl}${floorNumber.path}`, { heading: floorNumber.heading }))
        .ms,
    );
    tenant.push(await timedLoad(context, `${baseUrl}${tenantPath}`, { status: allLoaded }));
  }
  return { tenant, floor };
}

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const median = (values: readonly number[]) => {
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};
const ms = (value: number) => `${Math.round(value)} ms`;
const spread = (values: readonly number[]) =>
  `median ${ms(median(values))} (min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))})`;

/** The page requests of one load: when each started and ended, and the gaps between them. */
function timeline(load: Load) {
  const pages = [...load.pages].sort((a, b) => a.start - b.start);
  const overlapping = pages.some(
    (page, index) => index > 0 && page.start < (pages[index - 1]?.end ?? 0),
  );
  const inFlight = pages.reduce((sum, page) => sum + (page.end - page.start), 0);
  // Time between one page's answer and the request for the next: the browser at work.
  const gaps = pages.reduce(
    (sum, page, index) => sum + (index > 0 ? page.start - (pages[index - 1]?.end ?? 0) : 0),
    0,
  );
  const steps = pages
    .map((page, index) => `p${String(index + 1)} ${ms(page.start)}–${ms(page.end)}`)
    .join(', ');
  return { pages, overlapping, inFlight, gaps, steps };
}

const demo = await startDemo();
const live = await startOwnStack();
live.livePlatform.setLatency(latencyMs);
const browser = await chromium.launch(launchOptions);

const results = [];
for (const [mode, baseUrl, signedIn] of [
  ['demo (sandbox)', demo.url, false],
  [`live (fake Live Platform, ${String(latencyMs)} ms latency)`, live.appUrl, true],
] as const) {
  const context = await warmContext(browser, baseUrl, signedIn);
  const upstreamBefore = live.livePlatform.requests.length;
  const figures = await measure(context, baseUrl);
  const upstreamPages = live.livePlatform.requests
    .slice(upstreamBefore)
    .filter((request) => request.path === '/tenantui/api/v3/oc/numbers');
  await context.close();
  results.push({ mode, ...figures, upstreamPages });
}
await browser.close();
await Promise.all([demo.close(), live.close()]);

console.log(
  `Tenant page of ${String(total)} numbers (${tenantPath}), ${String(runs)} runs per mode, ` +
    `navigation start → "${allLoaded}"; floor: navigation start → the heading of ${floorNumber.path}. ` +
    `Load average at the end: ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}.`,
);
for (const { mode, tenant, floor, upstreamPages } of results) {
  const times = tenant.map((load) => load.ms);
  const middle = tenant.find((load) => load.ms === sorted(times)[Math.floor(times.length / 2)]);
  console.log(`\n${mode}`);
  console.log(`  tenant page: ${spread(times)}; runs: ${times.map(ms).join(', ')}`);
  console.log(`  floor:       ${spread(floor)}; runs: ${floor.map(ms).join(', ')}`);
  console.log(`  ratio of medians: ${(median(times) / median(floor)).toFixed(2)}`);
  if (middle) {
    const line = timeline(middle);
    console.log(
      `  page requests of the median run (${String(line.pages.length)}): ${line.steps}; ` +
        `${line.overlapping ? 'some overlap' : 'one after another, none overlapping'}; ` +
        `${ms(line.inFlight)} in flight in all, ${ms(line.gaps)} between an answer and the next ` +
        `request, the first sent at ${ms(line.pages[0]?.start ?? NaN)}, the last answered ` +
        `${ms(middle.ms - (line.pages.at(-1)?.end ?? NaN))} before "all loaded"`,
    );
    const busy = middle.longTasks.reduce((sum, task) => sum + task, 0);
    console.log(
      `  main thread in the median run: ${String(middle.longTasks.length)} long tasks, ${ms(busy)} ` +
        `(longest ${ms(Math.max(0, ...middle.longTasks))}) before "all loaded"`,
    );
  }
  if (mode.startsWith('live')) {
    const params = upstreamPages.map((request) => new URLSearchParams(request.search));
    console.log(
      `  upstream /api/v3/oc/numbers requests: ${String(upstreamPages.length)} for ${String(runs)} runs ` +
        `(pageSize ${[...new Set(params.map((p) => p.get('pageSize')))].join('/')}, ` +
        `pageNumber ${[...new Set(params.map((p) => p.get('pageNumber')))].join(',')})`,
    );
  }
}
