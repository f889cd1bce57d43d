import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoNumbers } from '../server/sandbox/demo-numbers.ts';
import { numberHeading, numberUrl, reservedNumber } from './helpers.ts';

/*
 * Batch lookup on demo data (issue 8, item 1): a list with national numbers, a duplicate and text
 * that is no number is read as the search box reads it, looked up to the end with the counts, a
 * failed number retried, the table filtered, a row opened; the batch survives a reload and a
 * short list travels in the link; the CSV export opens as text in a spreadsheet; presentation
 * mode leaves no tenant id, IP address or customer name in the page, its title, the copied
 * summaries or the exports. axe in light and dark.
 */

const found = demoNumbers.slice(0, 12).map((n) => n.telephoneNumber);
const notFound = reservedNumber('not-found');
const list = [...found, '020 7499 6300', notFound, 'hello'].join('\n');

async function lookUp(page: Page, text: string) {
  await page.goto('/batch');
  await page.getByRole('textbox', { name: 'Numbers' }).fill(text);
  await page.getByRole('button', { name: 'Look up' }).click();
}

const table = (page: Page) => page.getByRole('group', { name: /^Batch of / });

test('looks up a pasted list, counts it, filters it and opens a row', async ({ page }) => {
  await lookUp(page, list);
  const total = found.length + 1;
  await expect(page.getByText(`All ${String(total)} looked up.`)).toBeVisible();
  await expect(
    page.getByText(`${String(total)} numbers · 1 duplicate merged · 1 item not a number`),
  ).toBeVisible();
  await expect(page.getByText(/Line \d+: “hello”: That has no digits/)).toBeVisible();
  await expect(
    page.getByText(`Found ${String(found.length)} · Not found 1 · Failed 0 · Left 0`),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Filter' }).fill('7946 0404');
  await expect(table(page).getByRole('link')).toHaveText(['+44 20 7946 0404']);
  await page.getByRole('textbox', { name: 'Filter' }).fill('');
  await table(page).getByRole('link', { name: '+44 20 7499 6300' }).click();
  await expect(page).toHaveURL(numberUrl('+442074996300'));
  await expect(numberHeading(page, '+44 20 7499 6300')).toBeVisible();
});

test('keeps the batch over a reload, and a short list travels in the link', async ({ page }) => {
  await lookUp(page, found.slice(0, 3).join('\n'));
  await expect(page.getByText('All 3 looked up.')).toBeVisible();
  const url = page.url();
  expect(new URL(url).searchParams.get('n')?.split(',')).toEqual(found.slice(0, 3));
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/v2/oc/numbers/')) requests.push(request.url());
  });
  await page.reload();
  await expect(page.getByText('Found 3 · Not found 0 · Failed 0 · Left 0')).toBeVisible();
  expect(requests).toEqual([]);
  // The link alone, in a browser that has never seen the batch.
  await page.evaluate(() => localStorage.clear());
  await page.goto(url);
  await expect(page.getByText('All 3 looked up.')).toBeVisible();
});

test('retries the failed numbers', async ({ page }) => {
  test.setTimeout(60_000);
  await lookUp(page, [found[0], reservedNumber('server-error')].join('\n'));
  await expect(page.getByRole('button', { name: 'Retry 1 failed' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText('Found 1 · Not found 0 · Failed 1 · Left 0')).toBeVisible();
});

test('exports CSV that opens as text, and masks everything in presentation mode', async ({
  page,
}) => {
  await page.addInitScript(() => {
    localStorage.setItem('oc-lookup:presentation-mode', 'true');
  });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await lookUp(page, list);
  await expect(page.getByText(/All \d+ looked up\./)).toBeVisible();
  const secrets = demoNumbers
    .slice(0, 12)
    .flatMap((n) => [
      n.tenantId ?? '',
      ...(n.sbcList ?? []).map((s) => /\[(.*)\]/.exec(s?.sbcName ?? '')?.[1] ?? ''),
    ])
    .filter(Boolean);
  expect(secrets.length).toBeGreaterThan(5);
  const text = (await page.locator('body').textContent()) ?? '';
  for (const secret of secrets) expect(text).not.toContain(secret);
  expect(await page.title()).toMatch(/^Batch lookup of 13 numbers/);

  await page.getByRole('checkbox', { name: 'Select every number shown' }).check();
  await page.getByRole('button', { name: /^Copy 13 ticket summaries/ }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('\n\n')).toHaveLength(13);
  for (const secret of secrets) expect(copied).not.toContain(secret);

  const csv = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]).then(async ([download]) => readFileSync(await download.path(), 'utf8'));
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('"=""+442074996300"""');
  for (const secret of secrets) expect(csv).not.toContain(secret);
  const json = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]).then(async ([download]) => readFileSync(await download.path(), 'utf8'));
  for (const secret of secrets) expect(json).not.toContain(secret);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`has no accessibility violations with results (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await lookUp(page, list);
    await expect(page.getByText(/All \d+ looked up\./)).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}
