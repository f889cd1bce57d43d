import { expect, test } from '@playwright/test';
import {
  errorPanel,
  expectNoApiRequests,
  homeUrl,
  numberHeading,
  numberPath,
  searchBox,
  searchForm,
  trackApiRequests,
  vendorExample,
} from './helpers.ts';

test('"/" moves focus to the search box from a number page', async ({ page }) => {
  await page.goto(numberPath(vendorExample.e164));
  const heading = numberHeading(page, vendorExample.formatted);
  await expect(heading).toBeVisible();

  // Focus on the page itself, not in a field (a field keeps "/" as a character to type).
  await heading.click();
  const box = searchBox(page);
  await expect(box).not.toBeFocused();

  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  // The shortcut is not typed into the box.
  await expect(box).toHaveValue(vendorExample.formatted);
});

test('an incomplete number is explained inline and looked up nowhere', async ({ page }) => {
  const apiRequests = trackApiRequests(page);
  await page.goto('/');
  const box = searchBox(page);
  await expect(box).toBeFocused();

  await box.fill('+44 20');
  await box.press('Enter');

  await expect(searchForm(page).getByText(/Too short/)).toBeVisible();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAccessibleDescription(/Too short/);
  await expect(page).toHaveURL(homeUrl);
  await expectNoApiRequests(page, apiRequests);
});

test('a link that holds no phone number says so and offers the search box', async ({ page }) => {
  const apiRequests = trackApiRequests(page);
  await page.goto('/numbers/12ab');

  await expect(errorPanel(page, 'This link does not hold a phone number')).toBeVisible();
  await expect(page).toHaveTitle('Not a phone number · OC Lookup');
  const box = searchBox(page);
  await expect(box).toBeVisible();
  await expect(box).toHaveValue('12ab');
  await expectNoApiRequests(page, apiRequests);
});
