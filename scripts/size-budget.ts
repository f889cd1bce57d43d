/*
 * `npm run budget`: the first-load size budget of issue 9 (item 6). Builds the floor (bench/floor,
 * decision 027), serves it and dist/ on the real server, loads the detail page of both in Chromium
 * and compares the JS + CSS each fetched, gzip. A size, not a time, so it does not depend on how
 * busy the machine is. Two bounds:
 * - the budget, `targetRatio` (1.3× the floor): said to be met or not; not met yet;
 * - `ceilingRatio`, the ratio reached so far: fails above it, so that `npm test` (which runs this)
 *   keeps every kB taken off. Lower it when a change makes the first load lighter.
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
const targetRatio = 1.3;
// 253.8 kB against the floor's 160.9 kB (1.577×) on 30 Nov 2026 (decision 040), with about 3.7 kB
// of room.
const ceilingRatio = 1.6;

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
  console.log(
    `First-load JS + CSS of ${detailPath}, gzip: OC Lookup ${kb(oursGzip)}, floor ${kb(floorGzip)}: ` +
      `${ratio.toFixed(3)}× the floor.\n` +
      `  Issue 9's budget, ${String(targetRatio)}×: ${ratio <= targetRatio ? 'met' : 'not met yet'}.\n` +
      `  Ceiling, the ratio reached so far, ${String(ceilingRatio)}×: ${
        ratio <= ceilingRatio ? 'within' : 'OVER: this change made the first load heavier'
      }.`,
  );
  if (ratio > ceilingRatio) process.exitCode = 1;
} finally {
  await browser.close();
  await Promise.all([ours.close(), floor.close()]);
  floorBuild.remove();
}
