/*
 * `npm run budget`: the first-load size budget of issue 9 (item 6). Builds the floor (bench/floor,
 * decision 027), serves it and dist/ on the real server, loads the detail page of both in Chromium
 * and compares the JS + CSS each fetched, gzip. Fails when OC Lookup's is more than
 * `maxRatio` times the floor's. A size, not a time, so it does not depend on how busy the machine is.
 * Usage: npm run build && npm run budget
 */
import { chromium } from '@playwright/test';
import { launchOptions } from '../e2e/browser.ts';
import {
  buildFloor,
  detailPath,
  distDir,
  firstLoadWeight,
  jsCss,
  kb,
  renderedText,
  serveBuild,
} from './first-load.ts';

// Issue 9, item 6: "first-load JS + CSS of a detail page at most 1.3× the floor's".
const maxRatio = 1.3;

const floorBuild = await buildFloor();
const ours = await serveBuild(distDir);
const floor = await serveBuild(floorBuild.dir);
const browser = await chromium.launch(launchOptions);
try {
  const oursGzip = jsCss(
    await firstLoadWeight(browser, ours, detailPath, renderedText.ours.detail),
    'Gzip',
  );
  const floorGzip = jsCss(
    await firstLoadWeight(browser, floor, detailPath, renderedText.floor.detail),
    'Gzip',
  );
  const ratio = oursGzip / floorGzip;
  const fits = ratio <= maxRatio;
  console.log(
    `First-load JS + CSS of ${detailPath}, gzip: OC Lookup ${kb(oursGzip)}, floor ${kb(floorGzip)}, ` +
      `${ratio.toFixed(2)}× the floor (budget ${String(maxRatio)}×): ${fits ? 'within' : 'OVER'} budget`,
  );
  if (!fits) process.exitCode = 1;
} finally {
  await browser.close();
  await Promise.all([ours.close(), floor.close()]);
  floorBuild.remove();
}
