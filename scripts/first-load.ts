/*
 * What `npm run bench` and `npm run budget` share (issue 9): the floor app built the way OC
 * Lookup is built, a build served by the real server on the sandbox, and the JS and CSS a cold
 * load of a page fetches, compressed as the build serves it (build/precompress.ts).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import react from '@vitejs/plugin-react';
import type { Browser } from '@playwright/test';
import { build } from 'vite';
import { brotliSize, gzipSize, precompressDir } from '../build/precompress.ts';
import { createApp } from '../server/app.ts';
import { shellFiles } from '../src/config/page-shells.ts';
import { sandboxAppConfig } from '../server/sandbox/sandbox-config.ts';
import { sandboxSource } from '../server/sandbox/sandbox-source.ts';

export const distDir = path.resolve(import.meta.dirname, '../dist');

/** The detail page every report measures: a curated toll-free number with three SBCs. */
export const detailNumber = {
  e164: '+448081570123',
  typed: '0808 157 0123',
  heading: '+44 808 157 0123',
} as const;
export const detailPath = `/numbers/${detailNumber.e164}`;

/** Text each page shows once it is rendered (the floor's detail shows the number as its h1). */
export const renderedText = {
  ours: { home: 'Look up an Operator Connect number', detail: 'Capabilities' },
  floor: { home: 'Phone number', detail: detailNumber.heading },
} as const;

/** The floor's detail page as its app renders it before the answer arrives (floorFrame). */
export type FloorFrame = { colorScheme: string; root: string };

const floorRoot = path.resolve(import.meta.dirname, '../bench/floor');

/** A new, empty directory for a build the report makes, and how to delete it. */
function temporaryBuild(kind: string) {
  const dir = mkdtempSync(path.join(tmpdir(), `oc-lookup-${kind}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Builds bench/floor with the same Vite and React plugin and the same target, minified the same
 * way, into a temporary directory, precompressed as OC Lookup's build is so neither pays for
 * compression on the fly. `remove` deletes it. Given a frame, the floor painted first (decision
 * 041): its page is that frame, painted from HTML and CSS, the app preloaded and run after.
 */
export async function buildFloor(frame?: FloorFrame) {
  const floor = temporaryBuild('floor');
  const { dir } = floor;
  const entry = frame ? 'painted-first.html' : 'index.html';
  await build({
    root: floorRoot,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    // The directory is new and empty: emptying it is safe (and Vite warns when told nothing).
    build: {
      outDir: dir,
      emptyOutDir: true,
      target: 'es2023',
      chunkSizeWarningLimit: 1000,
      manifest: frame !== undefined,
      rolldownOptions: { input: path.join(floorRoot, entry) },
    },
  });
  if (frame) paintFirst(dir, frame);
  await precompressDir(dir);
  return floor;
}

type ManifestChunk = { file: string; imports?: string[] };

/**
 * Makes a painted-first build's page its index.html: the frame in its root, and the app's code
 * (main.tsx's chunk and the chunks it imports) preloaded from the head, as OC Lookup's is.
 */
function paintFirst(dir: string, frame: FloorFrame) {
  const manifestPath = path.join(dir, '.vite', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the floor's manifest has no ${key}`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('main.tsx');
  const preloads = [...files].map((file) => `<link rel="modulepreload" href="/${file}" />`);
  // Each mark must be there: a page that silently kept its empty root would not be painted first,
  // and the report would say so of a page that is not.
  const page = [
    ['<html lang="en">', `<html lang="en" data-mantine-color-scheme="${frame.colorScheme}">`],
    ['</head>', `${preloads.join('')}</head>`],
    ['<div id="root"></div>', `<div id="root">${frame.root}</div>`],
  ].reduce(
    (html, [mark = '', by = '']) => {
      if (!html.includes(mark)) throw new Error(`the floor's painted-first.html has no ${mark}`);
      return html.replace(mark, () => by);
    },
    readFileSync(path.join(dir, 'painted-first.html'), 'utf8'),
  );
  writeFileSync(path.join(dir, 'index.html'), page);
  rmSync(path.join(dir, 'painted-first.html'));
  rmSync(path.join(dir, '.vite'), { recursive: true });
}

/**
 * What the floor's detail page shows before its answer arrives (its heading and a "Loading"
 * badge), rendered by the floor itself in a browser: the frame the painted-first floor paints.
 */
export async function floorFrame(browser: Browser, site: Served): Promise<FloorFrame> {
  const page = await browser.newPage();
  try {
    // The answer is held, so the page stays as it is until it would arrive.
    await page.route('**/api/**', () => new Promise<void>(() => undefined));
    await page.goto(`${site.url}${detailPath}`);
    await page.getByText('Loading', { exact: true }).waitFor();
    return await page.evaluate(() => ({
      colorScheme: document.documentElement.getAttribute('data-mantine-color-scheme') ?? 'light',
      root: document.getElementById('root')?.innerHTML ?? '',
    }));
  } finally {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.close();
  }
}

/**
 * A copy of OC Lookup's build whose number pages are the detail page as the app has rendered it
 * (at Lighthouse's mobile width), saved as HTML and CSS with every script taken out (decision
 * 044): what the page's own HTML, styles and layout cost a browser when none of the code runs.
 * No way of rendering the page, on the server or in the browser, leaves the browser less to do.
 * `remove` deletes it.
 */
export async function staticDetailBuild(browser: Browser, site: Served) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  let html: string;
  try {
    await page.goto(`${site.url}${detailPath}`);
    await page.getByText(renderedText.ours.detail).first().waitFor();
    // The record's related reads (customer, calling profile) are shown too.
    await page.waitForLoadState('networkidle');
    html = await page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true) as HTMLElement;
      for (const code of copy.querySelectorAll('script, link[rel="modulepreload"]')) code.remove();
      return `<!doctype html>\n${copy.outerHTML}`;
    });
  } finally {
    await page.close();
  }
  const copy = temporaryBuild('static');
  cpSync(site.dir, copy.dir, { recursive: true });
  // The server gives every number address the number shell (read once, compressed as it is
  // sent): here, the rendered page.
  writeFileSync(path.join(copy.dir, shellFiles.number), html);
  return copy;
}

/** The real server on the sandbox (no added latency) serving one build, on a free port. */
export async function serveBuild(dir: string) {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`no build in ${dir}: run npm run build first`);
  }
  const app = createApp({ source: sandboxSource, appConfig: sandboxAppConfig, distDir: dir });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no server address');
  return {
    dir,
    url: `http://127.0.0.1:${String(address.port)}`,
    close: () =>
      new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type Served = Awaited<ReturnType<typeof serveBuild>>;

/** JS and CSS a cold load of the page fetches from its origin: bytes raw, gzip and brotli. */
export async function firstLoadWeight(
  browser: Browser,
  site: Served,
  pathname: string,
  waitForText: string,
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === site.url && /\.(js|css)$/.test(url.pathname)) files.add(url.pathname);
  });
  await page.goto(`${site.url}${pathname}`);
  await page.getByText(waitForText).first().waitFor();
  // A page shell prerendered into the HTML shows the text before the app runs: the network gone
  // quiet too, the chunks the app loads as it starts are counted.
  await page.waitForLoadState('networkidle');
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
export type Weight = Awaited<ReturnType<typeof firstLoadWeight>>;

export const jsCss = (weight: Weight, kind: 'Gzip' | 'Brotli') =>
  weight[`js${kind}`] + weight[`css${kind}`];

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
