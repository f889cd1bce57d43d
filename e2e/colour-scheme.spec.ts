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

test('the menu opens and is used from the keyboard, its first time and after', async ({ page }) => {
  await page.goto('/');
  await expectDemoBadge(page);
  const button = page.getByRole('button', { name: 'Colour scheme' });
  const menu = page.getByRole('menu', { name: 'Colour scheme' });
  for (const round of ['first', 'again']) {
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(menu, round).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Light' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
  }
  // Space opens it too; ↓ reaches Light (the first item), Enter chooses it.
  await page.keyboard.press('Space');
  await expect(menu).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  await expect(menu).toBeHidden();
});
