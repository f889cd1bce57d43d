import { expect, test } from '@playwright/test';
import { expectDemoBadge } from './helpers.ts';

test.use({ colorScheme: 'dark' });

test('follows a dark system, and a chosen light scheme survives reload', async ({ page }) => {
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expectDemoBadge(page);

  await page.getByRole('button', { name: 'Colour scheme' }).click();
  await page.getByRole('menuitem', { name: 'Light' }).click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');

  await page.reload();
  await expectDemoBadge(page);
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
});
