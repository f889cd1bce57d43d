import { treyResearch } from '../../server/sandbox/demo-tenants.ts';
import { numbersOfTenant } from '../../server/sandbox/sandbox-numbers.ts';
import { lifecycleLabel } from '../../src/features/numbers/labels/lifecycle.ts';
import { tenantPageSize } from '../../src/features/tenants/tenant-numbers-query.ts';
import type { Locator } from '@playwright/test';
import { numberHeading, numberUrl } from '../helpers.ts';
import { expect, signIn, test } from './fixtures.ts';

/*
 * The tenant page in live mode, signed in, against the fake Live Platform (the sandbox's data):
 * Trey Research's 653 numbers are read from Live Platform page after page to the end, with the
 * counts, a text filter that narrows the table, and a row that opens its number.
 */

const tenantId = treyResearch.tenantId;
const numbers = numbersOfTenant(tenantId);
const total = numbers.length.toLocaleString('en-GB');
const pages = Math.ceil(numbers.length / tenantPageSize);
const upstreamNumbersPath = '/tenantui/api/v3/oc/numbers';

test.beforeEach(async ({ control }) => {
  await control.reset();
});

/** The counts in a group's buttons ("Active: 632", …), added up. */
async function sumOfCounts(group: Locator): Promise<number> {
  const names = await group.getByRole('button').allTextContents();
  return names.reduce(
    (sum, name) => sum + Number(/: ([\d,]+)$/.exec(name)?.[1]?.replace(/,/g, '')),
    0,
  );
}

test('loads all 653 numbers page by page from Live Platform, counts them, filters and opens one', async ({
  page,
  control,
}) => {
  test.setTimeout(120_000);
  expect(numbers.length).toBe(653);
  const before = (await control.livePlatformRequests()).length;

  await signIn(page, `/tenants/${tenantId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Trey Research Ltd' })).toBeVisible();
  await expect(page.getByText(`All ${total} numbers loaded.`)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/Enterprise license/)).toBeVisible();
  await expect(page.getByText(`Showing all ${total} numbers`)).toBeVisible();

  // One request per page, in order, each for this tenant, 200 a page; no page asked twice.
  const asked = (await control.livePlatformRequests())
    .slice(before)
    .filter((request) => request.path === upstreamNumbersPath)
    .map((request) => Object.fromEntries(new URLSearchParams(request.search)));
  expect(asked).toEqual(
    Array.from({ length: pages }, (_, index) => ({
      msTenantId: tenantId,
      pageNumber: String(index + 1),
      pageSize: String(tenantPageSize),
    })),
  );

  const lifecycle = page.getByRole('group', { name: 'Lifecycle counts' });
  const assignment = page.getByRole('group', { name: 'Assignment counts' });
  expect(await sumOfCounts(lifecycle)).toBe(numbers.length);
  expect(await sumOfCounts(assignment)).toBe(numbers.length);
  const active = numbers.filter((n) => n.acquiredNumberStatus === 0).length;
  await expect(
    lifecycle.getByRole('button', {
      name: `${lifecycleLabel(0).label}: ${active.toLocaleString('en-GB')}`,
      exact: true,
    }),
  ).toBeVisible();
  expect(await page.getByRole('table').getAttribute('aria-rowcount')).toBe(
    String(numbers.length + 1),
  );

  // Typing part of a number narrows the table to the ten numbers +44 117 496 004x.
  await page.getByRole('textbox', { name: 'Search' }).fill('0117 496 004');
  await expect(page.getByText(`Showing 10 of ${total} numbers`)).toBeVisible();
  const table = page.getByRole('group', { name: /^Numbers of / });
  await expect(table.getByRole('link')).toHaveText(
    Array.from({ length: 10 }, (_, digit) => `+44 117 496 004${String(digit)}`),
  );
  await expect(page).toHaveURL(/[?&]q=0117(\+|%20)496(\+|%20)004(&|$)/);

  await table.getByRole('link', { name: '+44 117 496 0042' }).click();
  await expect(page).toHaveURL(numberUrl('+441174960042'));
  await expect(numberHeading(page, '+44 117 496 0042')).toBeVisible();
  // No page of the tenant was read again on the way.
  const pageReads = (await control.livePlatformRequests())
    .slice(before)
    .filter((request) => request.path === upstreamNumbersPath);
  expect(pageReads).toHaveLength(pages);
});
