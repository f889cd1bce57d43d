/*
 * Performance benchmark: first-load JS and CSS of `/` and of a detail page (gzip and brotli, as
 * served), and the time from Enter in the search box to the rendered detail view, plus a deep
 * link's load to rendered detail. Runs the production build on the real server, in Chromium.
 * Usage: npm run build && npm run bench [-- runs]
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from '../e2e/browser.ts';
import { searchBox } from '../e2e/helpers.ts';
import { createApp } from '../server/app.ts';
import { sandboxAppConfig } from '../server/sandbox/sandbox-config.ts';
import { sandboxSource } from '../server/sandbox/sandbox-source.ts';

const runs = Number(process.argv[2] ?? 25);
const distDir = path.resolve(import.meta.dirname, '../dist');
const number = { e164: '+448081570123', typed: '0808 157 0123', heading: '+44 808 157 0123' };

const app = createApp({ source: sandboxSource, appConfig: sandboxAppConfig, distDir });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const address = server.address();
if (!address || typeof address === 'string') throw new Error('no server address');
const baseUrl = `http://127.0.0.1:${address.port}`;

const browser = await chromium.launch(launchOptions);

/** JS and CSS a cold load of the page fetches from our origin, by encoded size of the file. */
async function firstLoadWeight(pathname: string, waitForText: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === baseUrl && /\.(js|css)$/.test(url.pathname)) files.add(url.pathname);
  });
  await page.goto(`${baseUrl}${pathname}`);
  await page.getByText(waitForText).first().waitFor();
  await context.close();
  const size = (file: string, suffix: string) => statSync(path.join(distDir, file + suffix)).size;
  const sum = (kind: string, suffix: string) =>
    [...files]
      .filter((file) => file.endsWith(kind))
      .reduce((total, file) => total + size(file, suffix), 0);
  return {
    files: files.size,
    jsGzip: sum('.js', '.gz'),
    cssGzip: sum('.css', '.gz'),
    jsBrotli: sum('.js', '.br'),
    cssBrotli: sum('.css', '.br'),
    jsRaw: sum('.js', ''),
    cssRaw: sum('.css', ''),
  };
}

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

const home = await firstLoadWeight('/', 'Look up an Operator Connect number');
const detail = await firstLoadWeight(`/numbers/${number.e164}`, 'Capabilities');

const context = await browser.newContext();
const page = await context.newPage();
await enterToDetail(page); // warm-up: the first run compiles the code paths
const enter: number[] = [];
for (let i = 0; i < runs; i += 1) enter.push(await enterToDetail(page));
await context.close();
const deepLink: number[] = [];
for (let i = 0; i < Math.min(runs, 10); i += 1) deepLink.push(await deepLinkToDetail());

await browser.close();
server.close();

for (const [name, weight] of [
  ['/', home],
  ['detail page', detail],
] as const) {
  console.log(
    `${name}: JS ${kb(weight.jsGzip)} gzip (${kb(weight.jsBrotli)} br, ${kb(weight.jsRaw)} raw), ` +
      `CSS ${kb(weight.cssGzip)} gzip (${kb(weight.cssBrotli)} br, ${kb(weight.cssRaw)} raw), ${weight.files} files`,
  );
}
console.log('Enter → detail rendered (ms):', stats(enter));
console.log('Deep link load → detail rendered, cold browser cache (ms):', stats(deepLink));
