/*
 * Draws the app's PNG icons from public/favicon.svg, in Chromium (the browser the e2e tests use),
 * so the installed app's icons are the favicon, pixel for pixel. Run after changing the favicon:
 *   node_modules/node/bin/node scripts/make-icons.ts
 * and commit the PNGs it writes (public/icons/, public/apple-touch-icon.png).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { launchOptions } from '../e2e/browser.ts';

const publicDir = path.join(import.meta.dirname, '..', 'public');
const svg = readFileSync(path.join(publicDir, 'favicon.svg'), 'utf8');
// The favicon's tile colour: maskable icons fill the whole square with it.
const tile = /<rect[^>]*fill="(#[0-9a-f]{3,8})"/i.exec(svg)?.[1];
if (!tile) throw new Error('favicon.svg: no <rect fill="#…"> to take the tile colour from');
const svgUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

type Icon = {
  file: string;
  size: number;
  /**
   * "any": the favicon as it is, its rounded corners transparent. "full": the tile colour to
   * every edge with the favicon at `scale` in the middle, for masks (maskable icons keep a
   * centre circle of 80%) and for iOS, which rounds the corners itself and fills transparency
   * with black.
   */
  fill: 'any' | 'full';
  scale?: number;
};

const icons: Icon[] = [
  { file: 'icons/icon-192.png', size: 192, fill: 'any' },
  { file: 'icons/icon-512.png', size: 512, fill: 'any' },
  { file: 'icons/maskable-192.png', size: 192, fill: 'full', scale: 0.72 },
  { file: 'icons/maskable-512.png', size: 512, fill: 'full', scale: 0.72 },
  { file: 'apple-touch-icon.png', size: 180, fill: 'full', scale: 0.9 },
];

function html({ size, fill, scale = 1 }: Icon) {
  const drawn = Math.round(size * scale);
  const background = fill === 'full' ? tile : 'transparent';
  return `<!doctype html><html><body style="margin:0">
    <div id="icon" style="width:${size}px;height:${size}px;display:grid;place-items:center;background:${background}">
      <img src="${svgUrl}" width="${drawn}" height="${drawn}" alt="">
    </div></body></html>`;
}

const browser = await chromium.launch(launchOptions);
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  mkdirSync(path.join(publicDir, 'icons'), { recursive: true });
  for (const icon of icons) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(html(icon));
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.locator('#icon').screenshot({
      path: path.join(publicDir, icon.file),
      omitBackground: icon.fill === 'any',
    });
    console.log(`${icon.file} (${String(icon.size)} px)`);
  }
} finally {
  await browser.close();
}
