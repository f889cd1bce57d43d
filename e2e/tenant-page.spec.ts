import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoTenants, treyResearch } from '../server/sandbox/demo-tenants.ts';
import { numbersOfTenant } from '../server/sandbox/sandbox-numbers.ts';
import { assignmentLabel } from '../src/features/numbers/labels/assignment.ts';
import { lifecycleLabel } from '../src/features/numbers/labels/lifecycle.ts';
import { formatNumber } from '../src/features/numbers/phone.ts';
import { numberHeading, numberUrl } from './helpers.ts';

/*
 * The tenant page on demo data: Trey Research's 600+ numbers load page by page to the end, the
 * counts agree with the sandbox, a filter in the link applies on load, a row opens its number,
 * and the scrolling table reaches its last row.
 */

const tenantId = treyResearch.tenantId;
const numbers = numbersOfTenant(tenantId);
const total = numbers.length.toLocaleString('en-GB');
const tenantPage = `/tenants/${tenantId}`;

type SandboxNumber = (typeof numbers)[number];

/**
 * "Active: 632", … as the count buttons read, from the sandbox's own records: one per value as
 * sent; two values with the same label each say which they are.
 */
function countsBy(
  value: (n: SandboxNumber) => string | number | boolean | null | undefined,
  label: (raw: string | number | boolean | null | undefined) => string,
) {
  const counts = new Map<string | number | boolean | null | undefined, number>();
  for (const n of numbers) counts.set(value(n), (counts.get(value(n)) ?? 0) + 1);
  const labels = [...counts.keys()].map(label);
  return [...counts].map(([raw, count], index) => {
    const name = labels[index] ?? '';
    const shown = labels.filter((l) => l === name).length > 1 ? `${name} (${String(raw)})` : name;
    return `${shown}: ${count.toLocaleString('en-GB')}`;
  });
}

const allLoaded = (page: Page) => page.getByText(`All ${total} numbers loaded.`);
const table = (page: Page) => page.getByRole('group', { name: /^Numbers of / });

test.describe('the tenant page', () => {
  test.describe.configure({ timeout: 60_000 });

  test('loads every number of the 600+ number tenant, with the right counts', async ({
    page,
  }, testInfo) => {
    const started = Date.now();
    await page.goto(tenantPage);
    await expect(page.getByRole('heading', { level: 1, name: 'Trey Research Ltd' })).toBeVisible();
    await expect(allLoaded(page)).toBeVisible({ timeout: 30_000 });
    const loadMs = Date.now() - started;
    testInfo.annotations.push({
      type: 'load time',
      description: `${numbers.length} numbers, ${Math.ceil(numbers.length / 200)} pages: ${loadMs} ms from navigation to "All loaded"`,
    });
    console.log(`tenant page: ${numbers.length} numbers loaded in ${loadMs} ms`);

    await expect(page.getByText(/Enterprise license/)).toBeVisible();
    await expect(page.getByText(`Showing all ${total} numbers`)).toBeVisible();
    const lifecycle = page.getByRole('group', { name: 'Lifecycle counts' });
    for (const name of countsBy(
      (n) => n.acquiredNumberStatus,
      (raw) => lifecycleLabel(raw).label,
    )) {
      await expect(lifecycle.getByRole('button', { name, exact: true })).toBeVisible();
    }
    const assignment = page.getByRole('group', { name: 'Assignment counts' });
    for (const name of countsBy(
      (n) => n.assignmentStatus,
      (raw) => assignmentLabel(raw).label,
    )) {
      await expect(assignment.getByRole('button', { name, exact: true })).toBeVisible();
    }
    expect(await page.getByRole('table').getAttribute('aria-rowcount')).toBe(
      String(numbers.length + 1),
    );
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('applies the filter in its link on load', async ({ page }) => {
    const ready = numbers.filter((n) => n.acquiredNumberStatus === 3);
    await page.goto(`${tenantPage}?lifecycle=3&sort=number&order=desc`);
    await expect(allLoaded(page)).toBeVisible({ timeout: 30_000 });
    await expect(
      page.getByText(`Showing ${String(ready.length)} of ${total} numbers`),
    ).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Lifecycle' })).toHaveValue(
      /^Ready for removal/,
    );
    const links = table(page).getByRole('link');
    const expected = ready
      .map((n) => n.telephoneNumber)
      .sort()
      .reverse();
    await expect(links).toHaveText(expected.map(formatNumber));
  });

  test('opens a number from its row', async ({ page }) => {
    await page.goto(`${tenantPage}?q=0117 496 0042`);
    const link = table(page).getByRole('link', { name: '+44 117 496 0042' });
    await link.click();
    await expect(page).toHaveURL(numberUrl('+441174960042'));
    await expect(numberHeading(page, '+44 117 496 0042')).toBeVisible();
  });

  test('scrolls to the last number, by keyboard too', async ({ page }) => {
    await page.goto(tenantPage);
    await expect(allLoaded(page)).toBeVisible({ timeout: 30_000 });
    const last =
      [...numbers]
        .map((n) => n.telephoneNumber)
        .sort()
        .at(-1) ?? '';
    const box = table(page);
    await box.focus();
    // The scroll box renders rows as it moves: End is pressed until the last row is in.
    await expect(async () => {
      await page.keyboard.press('End');
      await expect(box.getByRole('link', { name: formatNumber(last) })).toBeVisible({
        timeout: 2000,
      });
    }).toPass({ timeout: 30_000 });
    await expect(box.getByRole('row').last()).toHaveAttribute(
      'aria-rowindex',
      String(numbers.length + 1),
    );
  });

  test('refuses a link without a tenant id and asks nothing upstream', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v3/')) asked.push(request.url());
    });
    await page.goto('/tenants/trey-research');
    await expect(
      page.getByRole('heading', { name: 'This link does not hold a tenant id' }),
    ).toBeVisible();
    expect(asked).toEqual([]);
  });

  test('says so when the tenant is no customer, and still lists its numbers', async ({ page }) => {
    const known = new Set(demoTenants.map((t) => t.tenantId));
    expect(known.has('7e57fa11-0000-4000-8000-000000000404')).toBe(false);
    await page.goto('/tenants/7e57fa11-0000-4000-8000-000000000404');
    await expect(page.getByRole('heading', { level: 1, name: 'Customer unknown' })).toBeVisible();
    await expect(page.getByText(/^All \d+ numbers? loaded\./)).toBeVisible({ timeout: 30_000 });
  });
});
