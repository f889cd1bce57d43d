/*
 * `npm run bench`: the one performance report of issue 9, OC Lookup beside the floor (bench/floor:
 * the smallest app on the same stack, built in the same run; decision 027) wherever the floor has
 * the same figure:
 *  - first-load JS and CSS of `/` and of a detail page, gzip and brotli, and the ratio;
 *  - Lighthouse (mobile preset) on both pages of both apps, interleaved, median of 3 (decision 028),
 *    on the floor's detail page painted first, as OC Lookup's is (decision 041), and on OC Lookup's
 *    detail page saved as static HTML with no script: its HTML, styles and layout alone (044);
 *  - Enter in the search box → detail rendered, for a number not yet looked up in the page and for
 *    one looked up again (median and p95);
 *  - a deep link in a cold browser → detail rendered;
 *  - a detail page's start with and without developer tools attached (decision 042);
 *  - the number endpoint's requests per second and latency under 10 connections, demo mode.
 * Both builds run on the real server on the sandbox; writes bench/results.json and results.md.
 * Usage: npm run build && npm run bench [-- --runs 50 --rounds 3 --load-seconds 5]
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { format } from 'prettier';
import { launchOptions } from '../e2e/browser.ts';
import { searchBox } from '../e2e/helpers.ts';
import { bulkTelephoneNumber } from '../server/sandbox/bulk-numbers.ts';
import { formatNumber } from '../src/features/numbers/phone.ts';
import { startWithAndWithoutDevtools, type StartFigures } from './bench-devtools.ts';
import { lighthouseMedians, type LighthouseFigures } from './bench-lighthouse.ts';
import { serverLoad, type LoadFigures } from './bench-server-load.ts';
import {
  buildFloor,
  detailNumber,
  detailPath,
  distDir,
  firstLoadWeight,
  floorFrame,
  jsCss,
  kb,
  renderedText,
  serveBuild,
  staticDetailBuild,
  type Weight,
} from './first-load.ts';

const startedAt = performance.now();
// The machine is shared: its load beside the figures says how quiet the run was.
const loadBefore = loadavg()[0] ?? NaN;
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
    'load-seconds': { type: 'string', default: '5' },
  },
});
const runs = Number(args.runs);
const rounds = Number(args.rounds);
const loadSeconds = Number(args['load-seconds']);
const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(0)} s`;

const floorBuild = await buildFloor();
const sites = { ours: await serveBuild(distDir), floor: await serveBuild(floorBuild.dir) };
type Site = keyof typeof sites;

// --- first load --------------------------------------------------------------------------------

let browser: Browser = await chromium.launch(launchOptions);
const weights = {
  home: await firstLoadWeight(browser, sites.ours, '/', renderedText.ours.home),
  detail: await firstLoadWeight(browser, sites.ours, detailPath, renderedText.ours.detail),
  floorHome: await firstLoadWeight(browser, sites.floor, '/', renderedText.floor.home),
  floorDetail: await firstLoadWeight(browser, sites.floor, detailPath, renderedText.floor.detail),
};
// The floor painted first (decision 041): its detail page painted from HTML before its code runs,
// as OC Lookup's pages are, to tell what that costs any app on the stack from what ours costs.
const paintedFirstBuild = await buildFloor(await floorFrame(browser, sites.floor));
const paintedFirst = await serveBuild(paintedFirstBuild.dir);
// OC Lookup's detail page as static HTML (decision 044): what is left with none of its code run.
const staticDetailCopy = await staticDetailBuild(browser, sites.ours);
const staticDetail = await serveBuild(staticDetailCopy.dir);
// Closed while Lighthouse runs, so that only the Chrome being measured uses the CPUs.
await browser.close();
console.log(`first load measured (${elapsed()})`);

// --- Lighthouse --------------------------------------------------------------------------------

const lighthouse = await lighthouseMedians(
  [
    { name: 'floorHome', url: `${sites.floor.url}/` },
    { name: 'home', url: `${sites.ours.url}/` },
    { name: 'floorDetail', url: `${sites.floor.url}${detailPath}` },
    { name: 'floorDetailPaintedFirst', url: `${paintedFirst.url}${detailPath}` },
    { name: 'detail', url: `${sites.ours.url}${detailPath}` },
    { name: 'detailStatic', url: `${staticDetail.url}${detailPath}` },
  ],
  rounds,
);
await Promise.all([paintedFirst.close(), staticDetail.close()]);
paintedFirstBuild.remove();
staticDetailCopy.remove();
console.log(`Lighthouse done (${elapsed()})`);

// --- developer tools attached or not -------------------------------------------------------------

// Lighthouse (and Playwright) measure with the DevTools protocol's Runtime domain on, which a
// user's browser never has: what that adds to a number page's start (decision 042).
const devtoolsRounds = 7;
const devtools = await startWithAndWithoutDevtools(
  `${sites.ours.url}${detailPath}`,
  devtoolsRounds,
);
console.log(`start with and without DevTools measured (${elapsed()})`);

// --- Enter → detail, deep link → detail ------------------------------------------------------------

/*
 * When a page counts as rendered, checked in the page on every DOM change: the number's heading
 * and, in OC Lookup, its Capabilities section (the record is shown); in the floor, the badge after
 * the heading holding the record's source instead of "Loading".
 */
type BenchWindow = Window & {
  benchRendered: (site: Site, heading: string) => Promise<number>;
  benchDeepLink?: Promise<number>;
  benchDone?: Promise<number>;
};

/** Runs in every document of a context from its start (addInitScript): no closure, no imports. */
function installRenderWatch(deepLink: { site: Site; heading: string } | null) {
  const page = window as unknown as BenchWindow;
  page.benchRendered = (site, heading) =>
    new Promise((resolve, reject) => {
      const rendered = () => {
        const h1 = document.querySelector('h1');
        if (h1?.textContent !== heading) return false;
        if (site === 'ours') {
          return document.querySelector('section[aria-labelledby="section-capabilities"]') !== null;
        }
        const badge = h1.nextElementSibling?.textContent;
        if (badge === 'Failed') reject(new Error(`the floor failed to look up ${heading}`));
        return badge !== undefined && badge !== 'Loading';
      };
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`${heading} not rendered within 15 s`));
      }, 15_000);
      const observer = new MutationObserver(() => {
        if (!rendered()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(performance.now());
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
  if (deepLink) page.benchDeepLink = page.benchRendered(deepLink.site, deepLink.heading);
}

const searchInput = (page: Page): Record<Site, Locator> => ({
  ours: searchBox(page),
  floor: page.getByLabel('Phone number'),
});

/** Milliseconds from the Enter keydown to the rendered detail, measured in the page. */
async function enterToDetail(site: Site, page: Page, e164: string): Promise<number> {
  const input = searchInput(page)[site];
  await input.fill(e164);
  await page.evaluate(
    ([site, heading]) => {
      const state = window as unknown as BenchWindow;
      let start = NaN;
      document.addEventListener(
        'keydown',
        (event) => {
          if (event.key === 'Enter') start = performance.now();
        },
        { capture: true, once: true },
      );
      state.benchDone = state.benchRendered(site, heading).then((at) => at - start);
    },
    [site, formatNumber(e164)] as const,
  );
  await input.press('Enter');
  const ms = await page.evaluate(() => (window as unknown as BenchWindow).benchDone);
  if (ms === undefined || Number.isNaN(ms)) throw new Error(`no Enter time for ${e164}`);
  // Back to the start page the way a browser's Back button goes: no reload, the cache kept.
  await page.goBack();
  await page.getByText(renderedText[site].home).first().waitFor();
  return ms;
}

/*
 * "Fresh" numbers are numbers this page has not looked up yet, so their answer is not in its query
 * cache: the big sandbox tenant's user-assigned numbers (+44 117 496 0xxx, all alike), one per run,
 * in one page that stays open, as a staff member looks up one number after another. Reloading the
 * page for each run would empty the cache too, but would also measure a page start each time and
 * cost a second or two a run. "Cached" is the same number looked up again right after (well within
 * the answers' 30 s freshness), from the start page again.
 */
const freshNumbers = Array.from({ length: 640 }, (_, index) => index)
  .filter((index) => index % 10 <= 6) // user-assigned with an address (bulk-numbers.ts)
  .map(bulkTelephoneNumber);
if (runs + 1 > freshNumbers.length) throw new Error(`at most ${freshNumbers.length - 1} runs`);

async function enterRuns(site: Site) {
  const context = await browser.newContext();
  await context.addInitScript(installRenderWatch, null);
  const page = await context.newPage();
  await page.goto(`${sites[site].url}/`);
  await page.getByText(renderedText[site].home).first().waitFor();
  // Not a prerendered shell's search box before the app has taken the page over.
  await page.waitForLoadState('networkidle');
  // Warm-up, from the end of the list: code paths compiled, the tenant's shared reads loaded.
  await enterToDetail(site, page, freshNumbers.at(-1) ?? '');
  const fresh: number[] = [];
  const cached: number[] = [];
  for (const e164 of freshNumbers.slice(0, runs)) {
    fresh.push(await enterToDetail(site, page, e164));
    cached.push(await enterToDetail(site, page, e164));
  }
  await context.close();
  return { fresh, cached };
}

/** Milliseconds from navigation start of a deep link to the rendered detail (cold browser cache). */
async function deepLinkToDetail(site: Site): Promise<number> {
  const context = await browser.newContext();
  await context.addInitScript(installRenderWatch, { site, heading: detailNumber.heading });
  const page = await context.newPage();
  await page.goto(`${sites[site].url}${detailPath}`);
  const ms = await page.evaluate(() => (window as unknown as BenchWindow).benchDeepLink);
  await context.close();
  if (ms === undefined) throw new Error(`no deep-link time for ${site}`);
  return ms;
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const round = (value: number) => Number(value.toFixed(1));
  return { median: round(at(0.5)), p95: round(at(0.95)), min: round(at(0)), runs: values.length };
};
type Stats = ReturnType<typeof stats>;

browser = await chromium.launch(launchOptions);
const enter = { ours: await enterRuns('ours'), floor: await enterRuns('floor') };
console.log(`Enter → detail measured (${elapsed()})`);
const deepLinkRuns = Math.min(runs, 10);
const deepLink: Record<Site, number[]> = { ours: [], floor: [] };
for (let i = 0; i < deepLinkRuns; i += 1) {
  // Alternated, like Lighthouse's runs, so a slow spell does not fall on one app only.
  for (const site of ['floor', 'ours'] as const) deepLink[site].push(await deepLinkToDetail(site));
}
await browser.close();
await Promise.all([sites.ours.close(), sites.floor.close()]);
floorBuild.remove();
console.log(`deep link measured (${elapsed()})`);

// --- the server under load ---------------------------------------------------------------------

const load = await serverLoad(loadSeconds);
console.log(`server load measured (${elapsed()})`);

// --- report ------------------------------------------------------------------------------------

const times = {
  enterFresh: { ours: stats(enter.ours.fresh), floor: stats(enter.floor.fresh) },
  enterCached: { ours: stats(enter.ours.cached), floor: stats(enter.floor.cached) },
  deepLink: { ours: stats(deepLink.ours), floor: stats(deepLink.floor) },
};

const ratio = (value: number, floorValue: number) => `${(value / floorValue).toFixed(2)}×`;
const weightRow = (name: string, weight: Weight, floorWeight: Weight) =>
  `| ${name} | ${kb(jsCss(weight, 'Gzip'))} | ${kb(jsCss(floorWeight, 'Gzip'))} | ` +
  `${ratio(jsCss(weight, 'Gzip'), jsCss(floorWeight, 'Gzip'))} | ${kb(jsCss(weight, 'Brotli'))} | ` +
  `${kb(jsCss(floorWeight, 'Brotli'))} | ${ratio(jsCss(weight, 'Brotli'), jsCss(floorWeight, 'Brotli'))} |`;

const ms = (value: number) => `${value.toFixed(0)} ms`;
const lighthouseRows: [string, (figures: LighthouseFigures) => string][] = [
  ['Performance score', (figures) => String(figures.performance)],
  ['Accessibility score', (figures) => String(figures.accessibility)],
  ['First Contentful Paint', (figures) => ms(figures.fcpMs)],
  ['Largest Contentful Paint', (figures) => ms(figures.lcpMs)],
  ['Total Blocking Time', (figures) => ms(figures.tbtMs)],
  ['Cumulative Layout Shift', (figures) => figures.cls.toFixed(3)],
  ['Speed Index', (figures) => ms(figures.speedIndexMs)],
  ['Main-thread work', (figures) => ms(figures.mainThreadMs)],
];
const lh = {
  home: lighthouse.home.median,
  floorHome: lighthouse.floorHome.median,
  detail: lighthouse.detail.median,
  floorDetail: lighthouse.floorDetail.median,
  floorDetailPaintedFirst: lighthouse.floorDetailPaintedFirst.median,
  detailStatic: lighthouse.detailStatic.median,
};
const lighthouseTable = lighthouseRows.map(([name, cell]) => {
  const withRatio = (ours: LighthouseFigures, floor: LighthouseFigures) =>
    name === 'Main-thread work'
      ? `${cell(ours)} (${ratio(ours.mainThreadMs, floor.mainThreadMs)})`
      : cell(ours);
  return (
    `| ${name} | ${withRatio(lh.home, lh.floorHome)} | ${cell(lh.floorHome)} | ` +
    `${withRatio(lh.detail, lh.floorDetail)} | ${cell(lh.floorDetail)} | ` +
    `${cell(lh.floorDetailPaintedFirst)} | ${withRatio(lh.detailStatic, lh.floorDetail)} |`
  );
});

const timeRow = (name: string, figures: { ours: Stats; floor: Stats }) =>
  `| ${name} | ${figures.ours.median.toFixed(1)} | ${figures.ours.p95.toFixed(1)} | ` +
  `${figures.floor.median.toFixed(1)} | ${figures.floor.p95.toFixed(1)} | ${String(figures.ours.runs)} |`;
const devtoolsRow = (name: string, figure: (figures: StartFigures) => number) =>
  `| ${name} | ${ms(figure(devtools.detached))} | ${ms(figure(devtools.attached))} | ` +
  `${ratio(figure(devtools.attached), figure(devtools.detached))} |`;
const loadRow = (name: string, figures: LoadFigures) =>
  `| ${name} | ${String(figures.requestsPerSecond)} | ${figures.latencyMs.p50.toFixed(2)} | ` +
  `${figures.latencyMs.p99.toFixed(2)} | ${String(figures.errors)} |`;

const measuredAt = new Date().toISOString();
const loadAfter = loadavg()[0] ?? NaN;
const table = [
  `Measured ${measuredAt} on ${String(availableParallelism())} cores (load average ` +
    `${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after), in ${elapsed()}; floor: ` +
    'bench/floor, built and measured in the same run. Detail page: ' +
    `\`${detailPath}\`.`,
  '',
  '| First-load JS + CSS | OC Lookup, gzip | floor, gzip | ratio | OC Lookup, brotli | floor, brotli | ratio |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  weightRow('`/`', weights.home, weights.floorHome),
  weightRow('detail page', weights.detail, weights.floorDetail),
  '',
  `Lighthouse ${lighthouse.version}, mobile preset, median of ${String(rounds)} runs each, ` +
    'interleaved (decision 028); main-thread work with OC Lookup ÷ floor. “Painted first”: ' +
    'the floor started as OC Lookup is, its page painted from HTML before its code runs ' +
    '(decision 041). “Static”: OC Lookup’s detail page as rendered, saved as HTML and CSS with ' +
    'every script taken out, its main-thread work ÷ the floor’s detail page (decision 044). ' +
    'Lighthouse’s ' +
    `machine speed (benchmarkIndex, median): ${String(lighthouse.detail.median.benchmarkIndex)}.`,
  '',
  '| Lighthouse | `/` OC Lookup | `/` floor | detail OC Lookup | detail floor | detail floor, painted first | detail OC Lookup, static |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...lighthouseTable,
  '',
  '| Time, ms | OC Lookup median | OC Lookup p95 | floor median | floor p95 | runs |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  timeRow('Enter → detail rendered, fresh number (not in the page’s cache)', times.enterFresh),
  timeRow('Enter → detail rendered, cached number (looked up again)', times.enterCached),
  timeRow('Deep link → detail rendered (cold browser cache)', times.deepLink),
  '',
  `OC Lookup's detail page in a fresh browser context, from the page's own timeline, median of ` +
    `${String(devtoolsRounds)} loads each, interleaved: with no DevTools protocol domain on, as ` +
    'a user opens it, and with the Runtime, Network and Page domains on, as Lighthouse and ' +
    'Playwright measure it (decision 042).',
  '',
  '| Detail page start | as a user opens it | as Lighthouse measures it | ratio |',
  '| --- | ---: | ---: | ---: |',
  devtoolsRow('First Contentful Paint (the shell)', (figures) => figures.fcpMs),
  devtoolsRow('Evaluating React DOM (its step of the start)', (figures) => figures.reactDomMs),
  devtoolsRow(
    'App started (navigation → first render under way)',
    (figures) => figures.appStartedMs,
  ),
  devtoolsRow('Largest Contentful Paint (the number rendered)', (figures) => figures.lcpMs),
  '',
  `Number endpoint \`GET ${load.demo.url}\`, ${String(load.demo.connections)} connections for ` +
    `${String(loadSeconds)} s, each server in its own process; floor: the fake Live Platform ` +
    'answering the same lookup directly (as in `npm run bench:load`).',
  '',
  '| Server | req/s | p50, ms | p99, ms | errors |',
  '| --- | ---: | ---: | ---: | ---: |',
  loadRow('OC Lookup, demo mode', load.demo),
  loadRow('floor: fake Live Platform', load.floor),
].join('\n');
console.log(table);

const benchDir = path.resolve(import.meta.dirname, '../bench');
const results = {
  measuredAt,
  cores: availableParallelism(),
  loadAverage: { before: loadBefore, after: loadAfter },
  seconds: Math.round((performance.now() - startedAt) / 1000),
  detailPath,
  weights,
  lighthouse: { preset: 'mobile (default)', rounds, ...lighthouse },
  enterToDetail: { fresh: times.enterFresh, cached: times.enterCached },
  deepLinkToDetail: times.deepLink,
  detailStartWithAndWithoutDevtools: { rounds: devtoolsRounds, ...devtools },
  serverLoad: load,
};
// Formatted as the repository's Markdown and JSON are, so a committed result passes the format
// check.
writeFileSync(
  path.join(benchDir, 'results.json'),
  await format(JSON.stringify(results), { parser: 'json' }),
);
writeFileSync(
  path.join(benchDir, 'results.md'),
  await format(`# npm run bench\n\n${table}\n`, { parser: 'markdown', proseWrap: 'always' }),
);
