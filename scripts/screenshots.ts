/*
 * Screenshots of every page in light and dark, at desktop and 360 px wide, to look at before
 * calling a change done. Needs a running server: `npm start`, then
 * `npm run screenshots -- [base URL] [output folder]`.
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { launchOptions } from '../e2e/browser.ts';

const baseUrl = process.argv[2] ?? 'http://127.0.0.1:8080';
const outDir = process.argv[3] ?? 'screenshots';

const pages = [
  { name: 'home', path: '/', waitFor: 'Demo numbers' },
  { name: 'detail', path: '/numbers/+442074996300', waitFor: 'Capabilities' },
  { name: 'detail-rich', path: '/numbers/+448081570123', waitFor: 'Capabilities' },
  { name: 'not-found', path: '/numbers/+442079460404', waitFor: 'No Operator Connect number' },
  { name: 'server-error', path: '/numbers/+442079460500', waitFor: 'Retry', timeout: 20_000 },
  { name: 'schema', path: '/numbers/+442079460422', waitFor: 'cannot read' },
  { name: 'invalid', path: '/numbers/12ab', waitFor: 'does not hold a phone number' },
  { name: 'loading', path: '/numbers/+442079460300', waitFor: null },
];
const viewports = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'mobile', width: 360, height: 780 },
];

await mkdir(outDir, { recursive: true });
const browser = await chromium.launch(launchOptions);
for (const scheme of ['light', 'dark'] as const) {
  for (const viewport of viewports) {
    const context = await browser.newContext({ colorScheme: scheme, viewport });
    const page = await context.newPage();
    for (const target of pages) {
      await page.goto(`${baseUrl}${target.path}`);
      if (target.waitFor) {
        await page
          .getByText(target.waitFor)
          .first()
          .waitFor({ timeout: target.timeout ?? 10_000 });
      } else {
        await page.waitForTimeout(500);
      }
      const file = `${outDir}/${target.name}-${scheme}-${viewport.name}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
