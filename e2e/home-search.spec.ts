import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoTenants, treyResearch } from '../server/sandbox/demo-tenants.ts';
import {
  expectDemoBadge,
  searchBox,
  searchForm,
  trackApiRequests,
  vendorExample,
} from './helpers.ts';

/*
 * The home page's box takes a tenant id or part of a customer's name besides a number, on demo
 * data: a name lists the matching customers, chosen with the keyboard; a pasted tenant id opens
 * its page; the open list passes axe in light and dark.
 */

const customerList = (page: Page) => page.getByRole('listbox', { name: 'Customers' });
const tenantUrl = (tenantId: string) => new RegExp(`/tenants/${tenantId}$`);
const customerRequests = (page: Page) => trackApiRequests(page, '/api/v3/customer');

test.use({ colorScheme: 'light' });

test('a partial customer name lists the customers; the keyboard picks one', async ({ page }) => {
  const requests = customerRequests(page);
  await page.goto('/');
  await expectDemoBadge(page);
  const box = searchBox(page);
  await expect(box).toBeFocused();

  // Names with "ltd" in them, whatever the case: three demo customers.
  await box.pressSequentially('LTD');
  const list = customerList(page);
  const ltd = demoTenants
    .map((tenant) => tenant.customer.fullName)
    .filter((name) => name.toLowerCase().includes('ltd'))
    .sort();
  await expect(list.getByRole('option')).toHaveText(ltd.map((name) => new RegExp(`^${name}`)));
  await expect(box).toHaveAccessibleDescription(
    `${String(ltd.length)} customers match “LTD”: choose one with ↓ and Enter.`,
  );

  const trey = list.getByRole('option', { name: new RegExp(`^${treyResearch.customer.fullName}`) });
  for (let step = 0; step <= ltd.indexOf(treyResearch.customer.fullName); step += 1) {
    await page.keyboard.press('ArrowDown');
  }
  // The box keeps focus and points at the highlighted option, as screen readers follow it.
  await expect(box).toHaveAttribute('aria-activedescendant', (await trey.getAttribute('id')) ?? '');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(tenantUrl(treyResearch.tenantId));
  await expect(
    page.getByRole('heading', { level: 1, name: treyResearch.customer.fullName }),
  ).toBeVisible();
  // One customer list for all the typing, and none for the page itself.
  expect(requests).toHaveLength(1);
});

test('a pasted tenant id opens the tenant page, in any spelling', async ({ page }) => {
  await page.goto('/');
  const box = searchBox(page);
  await box.focus();
  await page.keyboard.insertText(` {${treyResearch.tenantId.toUpperCase()}} `);
  await expect(box).toHaveAccessibleDescription(
    `Tenant id of ${treyResearch.customer.fullName}: Enter opens its page.`,
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(tenantUrl(treyResearch.tenantId));
  await expect(
    page.getByRole('heading', { level: 1, name: treyResearch.customer.fullName }),
  ).toBeVisible();
});

test('a number typed asks for no customer list, and still opens its page', async ({ page }) => {
  const requests = customerRequests(page);
  await page.goto('/');
  await searchBox(page).fill(vendorExample.national);
  // Checked once the box has read the number (its reading is shown), before Enter: the number's
  // own page asks for the customer list to name the customer, and may do so at once.
  await expect(searchForm(page).getByText(vendorExample.formatted, { exact: true })).toBeVisible();
  expect(requests).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/numbers/\\${vendorExample.e164}$`));
});

test('Escape closes the list, ↓ opens it again; nothing matching is said', async ({ page }) => {
  await page.goto('/');
  const box = searchBox(page);
  await box.pressSequentially('ware');
  await expect(customerList(page).getByRole('option')).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(customerList(page)).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await expect(customerList(page).getByRole('option')).toHaveCount(2);

  await box.fill('zzz');
  await expect(box).toHaveAccessibleDescription(
    'No customer’s name contains “zzz”. The box takes a phone number, a tenant id or part of a customer’s name.',
  );
  await expect(customerList(page)).toBeHidden();
});

test('the open customer list has no axe violations in light and dark', async ({ page }) => {
  // Two axe runs over the page take 13 s alone; beside another test on a loaded runner, over 30.
  test.setTimeout(60_000);
  await page.goto('/');
  await expectDemoBadge(page);
  await searchBox(page).pressSequentially('re');
  await expect(customerList(page).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', colorScheme);
    await expect(customerList(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map(
        (violation) =>
          `${colorScheme} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  }
});
