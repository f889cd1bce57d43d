import { expect, test, type Page } from '@playwright/test';
import type { ReservedScenario } from '../server/sandbox/reserved-numbers.ts';
import {
  formatLondon,
  numberHeading,
  numberPath,
  numberUrl,
  reservedNumber,
  searchBox,
  tollFree,
  trackApiRequests,
  vendorExample,
} from './helpers.ts';

/* What a support engineer tripped over (issue 7, item 7), in the production build. */

test('after a lookup the search box is ready for the next number', async ({ page }) => {
  await page.goto('/');
  await searchBox(page).fill(vendorExample.e164);
  await searchBox(page).press('Enter');
  await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();

  const box = searchBox(page);
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(vendorExample.formatted);
  const selected = await box.evaluate((input: HTMLInputElement) => [
    input.selectionStart,
    input.selectionEnd,
    input.value.length,
  ]);
  expect(selected).toEqual([0, selected[2], selected[2]]);
  // The shortcut that brings focus back is on screen.
  await expect(page.getByTitle('Press / anywhere to come back to this box')).toBeVisible();

  // Typing replaces the selected number: no click, no "/" first.
  await page.keyboard.type(tollFree.e164);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(numberUrl(tollFree.e164));
  await expect(numberHeading(page, tollFree.formatted)).toBeVisible();
});

/** Every element Tab reaches, in order, from the top of the page round to the first again. */
async function tabStops(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
  });
  const stops: string[] = [];
  for (let i = 0; i < 200; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const name = (element.getAttribute('aria-label') ?? element.textContent).trim();
      return `${element.tagName.toLowerCase()} ${name.slice(0, 40)}`;
    });
    if (stop === null || stop === stops[0]) break;
    stops.push(stop);
  }
  return stops;
}

test('badges and dates are not tab stops on a detail page', async ({ page }, testInfo) => {
  await page.goto(numberPath(vendorExample.e164));
  await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();
  const stops = await tabStops(page);
  testInfo.annotations.push({ type: 'tab stops', description: String(stops.length) });
  // Before: 40 on this page (every badge and date was one). Only what does something is now.
  expect(stops.length).toBeLessThanOrEqual(28);
  const badgesAndDates = stops.filter((stop) =>
    /^div |Lifecycle|Teams assignment|Microsoft 365|ago$/.test(stop),
  );
  expect(badgesAndDates).toEqual([]);
  expect(stops).toContain('button Refresh');
});

test('a lookup says when it was fetched, and Refresh asks again, visibly', async ({ page }) => {
  // The slow number answers after 3 s: the refresh in progress can be seen.
  const e164 = reservedNumber('slow');
  // Lookups of the number only (the page's other parts have requests of their own).
  const requests = trackApiRequests(page, '/api/v2/oc/numbers/');
  await page.goto(numberPath(e164));
  await expect(numberHeading(page, formatLondon(e164))).toBeVisible();
  await expect(page.getByText(/^As of .+ \(just now\)$/)).toBeVisible();
  expect(requests).toHaveLength(1);

  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByText('Refreshing…', { exact: true })).toBeVisible();
  // The record stays on screen while it is fetched again.
  await expect(numberHeading(page, formatLondon(e164))).toBeVisible();
  await expect(page.getByText(/^As of /)).toBeVisible({ timeout: 10_000 });
  expect(requests).toHaveLength(2);

  // Looking up the number on screen again asks again too.
  await searchBox(page).press('Enter');
  await expect.poll(() => requests.length).toBe(3);
});

test('a failed refresh keeps the record and says so', async ({ page }) => {
  await page.goto(numberPath(vendorExample.e164));
  await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();
  await page.route('**/api/v2/oc/numbers/**', (route) =>
    route.fulfill({
      status: 403,
      contentType: 'application/problem+json',
      body: JSON.stringify({ title: 'Forbidden', status: 403 }),
    }),
  );
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Refresh failed: Live Platform refused access (HTTP 403). The record below is still the one fetched at',
  );
  await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Capabilities' })).toBeVisible();
});

const panels: { scenario: ReservedScenario; title: string; timeout?: number }[] = [
  { scenario: 'unauthorized', title: 'Not signed in to Live Platform' },
  { scenario: 'forbidden', title: 'No access to this number' },
  { scenario: 'malformed-json', title: 'Live Platform sent an answer this app cannot read' },
  { scenario: 'schema-mismatch', title: 'Live Platform sent an answer this app cannot read' },
  { scenario: 'unavailable', title: 'Live Platform failed (HTTP 503)', timeout: 30_000 },
];

for (const { scenario, title, timeout } of panels) {
  test(`${scenario}: one panel with what to do, whom to tell, Retry and the details to copy`, async ({
    page,
    context,
  }) => {
    test.setTimeout(45_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const e164 = reservedNumber(scenario);
    await page.goto(numberPath(e164));
    const panel = page.getByRole('alert').filter({ hasText: title });
    // A cold deep link: the app's start comes first, over 10 s on CI beside another browser.
    await expect(panel).toBeVisible({ timeout: timeout ?? 20_000 });
    await expect(panel.getByText(/^What to do:/)).toBeVisible();
    await expect(panel).toContainText(/send them to (AudioCodes support|the team that runs)/);
    // Never asks for an id it does not show.
    if ((await panel.getByText('Trace id:').count()) === 0) {
      await expect(panel).not.toContainText(/trace id/i);
    }
    await expect(panel.getByRole('button', { name: 'Retry' })).toBeVisible();
    await panel.getByRole('button', { name: 'Copy error details' }).click();
    await expect(panel.getByRole('button', { name: 'Copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`OC Lookup: ${title}`);
    expect(copied).toContain(`Number: ${e164}`);
  });
}

test('an invalid link says its problem once', async ({ page }) => {
  await page.goto('/numbers/+44%2020');
  const panel = page.getByRole('alert').filter({ hasText: 'This link does not hold' });
  await expect(panel).toContainText('Too short');
  await expect(page.getByText(/Too short/)).toHaveCount(1);
  await expect(page.getByText(/Keep typing/)).toHaveCount(0);
});
