import { expect, test } from '@playwright/test';
import { numberHeading, numberPath, tollFree, vendorExample } from './helpers.ts';

test('the home page lists recent lookups, newest first, until cleared', async ({ page }) => {
  await page.goto(numberPath(vendorExample.e164));
  await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();
  await page.goto(numberPath(tollFree.e164));
  await expect(numberHeading(page, tollFree.formatted)).toBeVisible();

  await page.goto('/');
  const recent = page.getByRole('region', { name: 'Recent lookups' });
  await expect(recent).toMatchAriaSnapshot(`
    - heading "Recent lookups" [level=2]
    - button "Clear"
    - list:
      - /children: equal
      - listitem:
        - link "${tollFree.formatted}"
      - listitem:
        - link "${vendorExample.formatted}"
  `);

  await recent.getByRole('button', { name: 'Clear' }).click();
  await expect(recent.getByRole('listitem')).toHaveCount(0);
  await expect(recent.getByRole('button', { name: 'Clear' })).toHaveCount(0);
  await expect(
    recent.getByText('Numbers you look up appear here, in this browser only.'),
  ).toBeVisible();

  // Cleared for good, not just on screen.
  await page.reload();
  await expect(
    recent.getByText('Numbers you look up appear here, in this browser only.'),
  ).toBeVisible();
  await expect(recent.getByRole('listitem')).toHaveCount(0);
});
