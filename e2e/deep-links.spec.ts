import { expect, test } from '@playwright/test';
import {
  homeUrl,
  numberHeading,
  numberPath,
  numberUrl,
  searchBox,
  tollFree,
  vendorExample,
} from './helpers.ts';

test('a number link survives reload, and back and forward show the right number', async ({
  page,
}) => {
  await page.goto(numberPath(vendorExample.e164));
  await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();
  await expect(page).toHaveTitle(`${vendorExample.formatted} · OC Lookup`);

  await page.reload();
  await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();

  // On to another number through the search box of the number page.
  const box = searchBox(page);
  await box.fill(tollFree.formatted);
  await box.press('Enter');
  await expect(page).toHaveURL(numberUrl(tollFree.e164));
  await expect(numberHeading(page, tollFree.formatted)).toBeVisible();
  await expect(box).toHaveValue(tollFree.formatted);

  await page.goBack();
  await expect(page).toHaveURL(numberUrl(vendorExample.e164));
  await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();
  await expect(page).toHaveTitle(`${vendorExample.formatted} · OC Lookup`);
  await expect(searchBox(page)).toHaveValue(vendorExample.formatted);

  await page.goForward();
  await expect(page).toHaveURL(numberUrl(tollFree.e164));
  await expect(numberHeading(page, tollFree.formatted)).toBeVisible();
  await expect(page).toHaveTitle(`${tollFree.formatted} · OC Lookup`);
});

test('a demo number link on the home page opens that number, and back returns home', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: tollFree.formatted, exact: true }).click();
  await expect(page).toHaveURL(numberUrl(tollFree.e164));
  await expect(numberHeading(page, tollFree.formatted)).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(homeUrl);
  await expect(searchBox(page)).toBeVisible();
});

for (const path of [
  '/numbers/%2B442074996300',
  '/numbers/+44%2020%207499%206300',
  '/numbers/02074996300',
]) {
  test(`${path} is replaced by the canonical number link`, async ({ page }) => {
    await page.goto('/');
    await expect(searchBox(page)).toBeFocused();

    await page.goto(path);
    await expect(page).toHaveURL(numberUrl(vendorExample.e164));
    await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();

    // Replaced, not pushed: back skips the non-canonical address.
    await page.goBack();
    await expect(page).toHaveURL(homeUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Look up an Operator Connect number',
    );
  });
}

test('a deep link asks once for its record, fetched with the page, and once for the calling profiles', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (/\/api\/v2\/oc\/(numbers\/|callingprofile)/.test(request.url())) {
      asked.push(new URL(request.url()).pathname);
    }
  });
  await page.goto(numberPath(vendorExample.e164));
  await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();
  await expect(page.getByText('From the record, its calling profile.')).toBeVisible();
  // The server named the record in the page's Link header: the browser fetched it while the app's
  // code loaded, and the app's own request took that answer instead of asking again. The calling
  // profiles are asked for once the record names one.
  expect(asked.sort()).toEqual([
    '/api/v2/oc/callingprofile',
    `/api/v2/oc/numbers/${encodeURIComponent(vendorExample.e164)}`,
  ]);
});
