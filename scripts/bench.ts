/*
 * Performance benchmark: first-load JS and CSS of `/` and of a detail page (gzip and brotli), for
 * OC Lookup and for the floor (bench/floor: the smallest app on the same stack, built in the same
 * run), with the ratio between them; the time from Enter in the search box to the rendered
 * detail view, plus a deep link's load to rendered detail. Runs the production builds on the
 * real server, in Chromium. Writes bench/results.json and bench/results.md.
 * Usage: npm run build && npm run bench [-- runs]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import react from '@vitejs/plugin-react';
import { format } from 'prettier';
import { build } from 'vite';
import { chromium, type Page } from '@playwright/test';
import { brotliSize, gzipSize, precompressDir } from '../build/precompress.ts';
import { launchOptions } from '../e2e/browser.ts';
import { searchBox } from '../e2e/helpers.ts';
import { createApp } from '../server/app.ts';
import { sandboxAppConfig } from '../server/sandbox/sandbox-config.ts';
import { sandboxSource } from '../server/sandbox/sandbox-source.ts';

const runs = Number(process.argv[2] ?? 25);
const distDir = path.resolve(import.meta.dirname, '../dist');
const number = { e164: '+448081570123', typed: '0808 157 0123', heading: '+44 808 157 0123' };

// The floor, built now with the same Vite and React plugin, minified the same way.
const floorDir = mkdtempSync(path.join(tmpdir(), 'oc-lookup-floor-'));
await build({
  root: path.resolve(import.meta.dirname, '../bench/floor'),
  configFile: false,
  logLevel: 'warn',
  plugins: [react()],
  build: { outDir: floorDir, target: 'es2023', chunkSizeWarningLimit: 1000 },
});
// Served precompressed, as OC Lookup's build is, so neither pays for compression on the fly.
await precompressDir(floorDir);

/** The real server on the sandbox, serving one build (OC Lookup's or the floor's). */
async function serveBuild(dir: string) {
  const app = createApp({ source: sandboxSource, appConfig: sandboxAppConfig, distDir: dir });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no server address');
  return { server, dir, url: `http://127.0.0.1:${String(address.port)}` };
}
type Served = Awaited<ReturnType<typeof serveBuild>>;

const ours = await serveBuild(distDir);
const floor = await serveBuild(floorDir);
const baseUrl = ours.url;

const browser = await chromium.launch(launchOptions);

/** JS and CSS a cold load of the page fetches from its origin, compressed. */
async function firstLoadWeight(site: Served, pathname: string, waitForText: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === site.url && /\.(js|css)$/.test(url.pathname)) files.add(url.pathname);
  });
  await page.goto(`${site.url}${pathname}`);
  await page.getByText(waitForText).first().waitFor();
  await context.close();
  const contents = [...files].map((file) => ({
    file,
    content: readFileSync(path.join(site.dir, file)),
  }));
  const sum = (kind: string, size: (content: Buffer) => number) =>
    contents
      .filter(({ file }) => file.endsWith(kind))
      .reduce((total, { content }) => total + size(content), 0);
  return {
    files: files.size,
    jsGzip: sum('.js', gzipSize),
    cssGzip: sum('.css', gzipSize),
    jsBrotli: sum('.js', brotliSize),
    cssBrotli: sum('.css', brotliSize),
    jsRaw: sum('.js', (content) => content.byteLength),
    cssRaw: sum('.css', (content) => content.byteLength),
  };
}
type Weight = Awaited<ReturnType<typeof firstLoadWeight>>;

/** Milliseconds from the Enter keydown to the number's heading in the DOM, measured in the page. */
async function enterToDetail(page: Page): Promise<number> {
  await page.goto(baseUrl);
  const input = searchBox(page);
  await input.fill(number.typed);
  await page.evaluate((heading) => {
    const state = window as unknown as { benchStart?: number; benchDone?: Promise<number> };
    state.benchDone = new Promise((resolve) => {
      document.addEventListener(
        'keydown',
        (event) => {
          if (event.key === 'Enter') state.benchStart = performance.now();
        },
        { capture: true, once: true },
      );
      const observer = new MutationObserver(() => {
        const h1 = document.querySelector('h1');
        if (
          h1?.textContent === heading &&
          document.querySelector('section[aria-labelledby="section-capabilities"]')
        ) {
          observer.disconnect();
          resolve(performance.now() - (state.benchStart ?? 0));
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  }, number.heading);
  await input.press('Enter');
  return page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone);
}

/** Milliseconds from navigation start of a deep link to the rendered detail (fresh context). */
async function deepLinkToDetail(): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/numbers/${number.e164}`);
  await page.getByRole('heading', { level: 2, name: 'Capabilities' }).waitFor();
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return {
    median: at(0.5).toFixed(1),
    p95: at(0.95).toFixed(1),
    min: at(0).toFixed(1),
    runs: values.length,
  };
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const weights = {
  home: await firstLoadWeight(ours, '/', 'Look up an Operator Connect number'),
  detail: await firstLoadWeight(ours, `/numbers/${number.e164}`, 'Capabilities'),
  floorHome: await firstLoadWeight(floor, '/', 'Phone number'),
  floorDetail: await firstLoadWeight(floor, `/numbers/${number.e164}`, number.heading),
};

const context = await browser.newContext();
const page = await context.newPage();
await enterToDetail(page); // warm-up: the first run compiles the code paths
const enter: number[] = [];
for (let i = 0; i < runs; i += 1) enter.push(await enterToDetail(page));
await context.close();
const deepLink: number[] = [];
for (let i = 0; i < Math.min(runs, 10); i += 1) deepLink.push(await deepLinkToDetail());

await browser.close();
ours.server.close();
floor.server.close();
rmSync(floorDir, { recursive: true, force: true });

const jsCss = (weight: Weight, kind: 'Gzip' | 'Brotli') =>
  weight[`js${kind}`] + weight[`css${kind}`];
const ratio = (value: number, floorValue: number) => (value / floorValue).toFixed(2);
const weightRow = (name: string, weight: Weight, floorWeight: Weight) =>
  `| ${name} | ${kb(jsCss(weight, 'Gzip'))} | ${kb(jsCss(floorWeight, 'Gzip'))} | ` +
  `${ratio(jsCss(weight, 'Gzip'), jsCss(floorWeight, 'Gzip'))}× | ${kb(jsCss(weight, 'Brotli'))} | ` +
  `${kb(jsCss(floorWeight, 'Brotli'))} | ${ratio(jsCss(weight, 'Brotli'), jsCss(floorWeight, 'Brotli'))}× |`;
const enterStats = stats(enter);
const deepLinkStats = stats(deepLink);
const table = [
  `Measured ${new Date().toISOString()} on ${String(availableParallelism())} cores; floor: bench/floor.`,
  '',
  '| First-load JS + CSS | OC Lookup, gzip | floor, gzip | ratio | OC Lookup, brotli | floor, brotli | ratio |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  weightRow('`/`', weights.home, weights.floorHome),
  weightRow('detail page', weights.detail, weights.floorDetail),
  '',
  '| Time, ms | median | p95 | runs |',
  '| --- | ---: | ---: | ---: |',
  `| Enter → detail rendered (sandbox, warm page) | ${enterStats.median} | ${enterStats.p95} | ${String(enterStats.runs)} |`,
  `| Deep link → detail rendered (cold cache) | ${deepLinkStats.median} | ${deepLinkStats.p95} | ${String(deepLinkStats.runs)} |`,
].join('\n');
console.log(table);
const benchDir = path.resolve(import.meta.dirname, '../bench');
writeFileSync(
  path.join(benchDir, 'results.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), weights, enterToDetail: enterStats, deepLinkToDetail: deepLinkStats }, null, 2)}\n`,
);
// Formatted as the repository's Markdown is, so the format check passes on a committed result.
writeFileSync(
  path.join(benchDir, 'results.md'),
  await format(`# npm run bench\n\n${table}\n`, { parser: 'markdown', proseWrap: 'always' }),
);
