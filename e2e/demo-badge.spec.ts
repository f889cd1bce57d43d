import { test } from '@playwright/test';
import { expectDemoBadge, numberPath, reservedNumber, vendorExample } from './helpers.ts';

// Demo answers must never pass for Live Platform's: the badge is on every page.
const pages = [
  { name: 'home', path: '/' },
  { name: 'number', path: numberPath(vendorExample.e164) },
  { name: 'number not found', path: numberPath(reservedNumber('not-found')) },
  { name: 'invalid number link', path: '/numbers/12ab' },
  { name: 'unknown page', path: '/nope' },
];

for (const { name, path } of pages) {
  test(`the "Demo data" badge is shown on the ${name} page`, async ({ page }) => {
    await page.goto(path);
    await expectDemoBadge(page);
  });
}
