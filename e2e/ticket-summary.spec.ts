import { expect, test, type Page } from '@playwright/test';
import { customerList } from '../server/sandbox/customer-list.ts';
import { findNumber } from '../server/sandbox/sandbox-numbers.ts';
import { numberHeading, numberPath, tollFree } from './helpers.ts';

/*
 * Issue 8, item 3: "Copy for ticket" on a number's page copies a short plain-text block — the
 * number, country, customer, lifecycle, assignment, capabilities, SBCs, diagnosis and link —
 * aligned for a ticket, and masked in presentation mode.
 */
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const record = findNumber(tollFree.e164);
const tenantId = record?.tenantId ?? '';
const customer = customerList().find((entry) => entry.MsTenantId === tenantId);
const addresses = (record?.sbcList ?? []).map(
  (sbc) => /\[([^\]]+)\]/.exec(sbc?.sbcName ?? '')?.[1] ?? '',
);

async function copySummary(page: Page) {
  await page.getByRole('button', { name: 'Copy for ticket' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

test('Copy for ticket copies the facts one to a line, aligned, with the customer and the link', async ({
  page,
  baseURL,
}) => {
  expect(customer?.CustomerFullName).toBeTruthy();
  expect(addresses).toHaveLength(3);
  await page.goto(numberPath(tollFree.e164));
  await expect(numberHeading(page, tollFree.formatted)).toBeVisible();
  // The customer's name is on the page once its list has loaded; the summary has it then too.
  await expect(page.getByRole('link', { name: customer?.CustomerFullName ?? '' })).toBeVisible();

  const lines = (await copySummary(page)).split('\n');
  expect(lines[0]).toBe(`Number        ${tollFree.formatted} (United Kingdom)`);
  expect(lines[1]).toBe(`Customer      ${customer?.CustomerFullName ?? ''} (tenant ${tenantId})`);
  expect(lines.map((line) => line.slice(0, 14).trim()).filter(Boolean)).toEqual(
    expect.arrayContaining(['Lifecycle', 'Assignment', 'Capabilities', 'SBCs', 'Link']),
  );
  // One column for every value, whatever the label.
  expect(new Set(lines.map((line) => /^\S*\s+/.exec(line)?.[0].length))).toEqual(new Set([14]));
  const sbcs = lines.find((line) => line.startsWith('SBCs')) ?? '';
  for (const address of addresses) expect(sbcs).toContain(address);
  expect(lines.at(-1)).toBe(`Link          ${baseURL ?? ''}${numberPath(tollFree.e164)}`);
});

test('in presentation mode the copy masks the tenant id and the SBC addresses', async ({
  page,
}) => {
  await page.goto(numberPath(tollFree.e164));
  await expect(numberHeading(page, tollFree.formatted)).toBeVisible();
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect(page.getByRole('status', { name: 'Presentation mode is on' })).toBeVisible();
  const text = await copySummary(page);
  expect(text).not.toContain(tenantId);
  for (const address of addresses) expect(text).not.toContain(address);
  expect(text).toContain(`(tenant ••••${tenantId.slice(-4)})`);
  expect(text).toContain(tollFree.formatted);
});

test('the button is there at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(numberPath(tollFree.e164));
  await expect(page.getByRole('button', { name: 'Copy for ticket' })).toBeInViewport();
});
