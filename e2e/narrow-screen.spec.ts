import { expect, test, type Page } from '@playwright/test';
import {
  errorPanel,
  numberHeading,
  numberPath,
  reservedNumber,
  searchForm,
  tollFree,
} from './helpers.ts';

// The smallest phone screen the app supports: nothing may scroll sideways.
test.use({ viewport: { width: 360, height: 780 } });

async function expectNoHorizontalScroll(page: Page) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
  await expect(searchForm(page).getByRole('button', { name: 'Look up' })).toBeVisible();
}

test('home page fits 360 px', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Demo numbers' })).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test('number page with three SBCs fits 360 px', async ({ page }) => {
  await page.goto(numberPath(tollFree.e164));
  await expect(numberHeading(page, tollFree.formatted)).toBeVisible();
  await expect(page.getByRole('region', { name: 'SBCs' })).toContainText('3 SBCs');
  await expectNoHorizontalScroll(page);
});

test('unreadable answer page fits 360 px', async ({ page }) => {
  await page.goto(numberPath(reservedNumber('schema-mismatch')));
  await expect(errorPanel(page, 'Live Platform sent an answer this app cannot read')).toBeVisible();
  await expectNoHorizontalScroll(page);
});
