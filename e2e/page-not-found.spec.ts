import { expect, test } from '@playwright/test';
import { errorPanel, searchBox } from './helpers.ts';

test('an unknown address shows "Page not found" with a 404 status', async ({ page }) => {
  const response = await page.goto('/nope');
  expect(response?.status()).toBe(404);

  await expect(errorPanel(page, 'Page not found')).toBeVisible();
  await expect(page).toHaveTitle('Page not found · OC Lookup');
  await expect(searchBox(page)).toBeVisible();

  await page.getByRole('link', { name: 'start page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Look up an Operator Connect number',
  );
});
