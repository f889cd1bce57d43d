import { expect, test, type Page } from '@playwright/test';
import type { ReservedScenario } from '../server/sandbox/reserved-numbers.ts';
import {
  errorPanel,
  formatLondon,
  numberHeading,
  numberPath,
  reservedNumber,
  searchBox,
  traceIdFor,
  trackApiRequests,
} from './helpers.ts';

/*
 * One test per reserved number of the sandbox: each ends in its own state. Answers that will not
 * change (4xx, unreadable bodies) are not retried; 5xx, network failures, timeouts and 429 are, so
 * those tests wait for the final state (retry notices in between are not asserted, except the
 * rate-limit one, which stays for seconds).
 */

/** Opens a reserved number's page, counting the lookups the page sends. */
async function openReserved(page: Page, scenario: ReservedScenario) {
  const e164 = reservedNumber(scenario);
  const requests = trackApiRequests(page);
  await page.goto(numberPath(e164));
  return { e164, formatted: formatLondon(e164), requests };
}

// Final states of failures that retries cannot change: shown after exactly one request, with
// what the answer said that helps support.
const notRetried: {
  scenario: ReservedScenario;
  title: (formatted: string) => string;
  says: (e164: string) => string[];
}[] = [
  {
    scenario: 'not-found',
    title: (formatted) => `No Operator Connect number ${formatted}`,
    says: (e164) => [traceIdFor(e164)],
  },
  {
    scenario: 'null-body',
    title: (formatted) => `No Operator Connect number ${formatted}`,
    says: () => [],
  },
  {
    scenario: 'unauthorized',
    title: () => 'Not signed in to Live Platform',
    says: () => ['HTTP 401'],
  },
  {
    scenario: 'forbidden',
    title: () => 'No access to this number',
    says: (e164) => [
      'The application is not allowed to read numbers of this channel.',
      traceIdFor(e164),
    ],
  },
];

for (const { scenario, title, says } of notRetried) {
  test(`${scenario}: ${title('<number>')}`, async ({ page }) => {
    const { e164, formatted, requests } = await openReserved(page, scenario);
    const panel = errorPanel(page, title(formatted));
    await expect(panel).toBeVisible();
    for (const text of says(e164)) await expect(panel).toContainText(text);
    await expect(numberHeading(page, formatted)).toHaveCount(0);
    expect(requests).toHaveLength(1);
  });
}

for (const scenario of ['malformed-json', 'schema-mismatch'] as const) {
  test(`${scenario}: the answer cannot be read, and the body is shown as received`, async ({
    page,
  }) => {
    const { e164, requests } = await openReserved(page, scenario);
    const panel = errorPanel(page, 'Live Platform sent an answer this app cannot read');
    await expect(panel).toBeVisible();
    await expect(panel.getByText('Body as received', { exact: true })).toBeVisible();
    // The body is shown as received: both bodies carry the number's digits.
    await expect(panel).toContainText(e164.slice(1));
    expect(requests).toHaveLength(1);
  });
}

test('rate-limited: says it is retrying, then that Live Platform is busy', async ({ page }) => {
  // Four attempts, 2 s apart (Retry-After: 2).
  test.setTimeout(45_000);
  const { requests } = await openReserved(page, 'rate-limited');

  const notice = page.getByRole('status').filter({ hasText: 'rate-limiting' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Retrying in');

  await expect(errorPanel(page, 'Live Platform is busy')).toBeVisible({ timeout: 20_000 });
  await expect(notice).toHaveCount(0);
  expect(requests).toHaveLength(4);
});

test('server-error: HTTP 500 with trace id and error ticket, and Retry asks again', async ({
  page,
}) => {
  // Four attempts, 1 s, 2 s and 4 s apart.
  test.setTimeout(45_000);
  const { e164, requests } = await openReserved(page, 'server-error');

  const panel = errorPanel(page, 'Live Platform failed (HTTP 500)');
  await expect(panel).toBeVisible({ timeout: 20_000 });
  await expect(panel).toContainText(traceIdFor(e164));
  await expect(panel).toContainText('LP-7F3A-2291');
  await expect(panel).toContainText('An error occurred while processing your request.');
  expect(requests).toHaveLength(4);

  const retried = page.waitForRequest((request) => request.url().includes('/api/v2/oc/numbers/'));
  await panel.getByRole('button', { name: 'Retry' }).click();
  await retried;
  expect(requests).toHaveLength(5);
});

test('unavailable: HTTP 503', async ({ page }) => {
  test.setTimeout(45_000);
  const { requests } = await openReserved(page, 'unavailable');
  await expect(errorPanel(page, 'Live Platform failed (HTTP 503)')).toBeVisible({
    timeout: 20_000,
  });
  expect(requests).toHaveLength(4);
});

test('connection-dropped: the server cannot be reached', async ({ page }) => {
  test.setTimeout(45_000);
  const { requests } = await openReserved(page, 'connection-dropped');
  // Four attempts, 1 s, 2 s and 4 s apart.
  await expect(errorPanel(page, 'Cannot reach the server')).toBeVisible({ timeout: 20_000 });
  expect(requests).toHaveLength(4);
});

test('slow: a loading skeleton, then the record', async ({ page }) => {
  // Looked up from the start page: a deep link's record is asked for while the page loads
  // (server/page-shells.ts), so on a loaded runner it can come before the app has started.
  const formatted = formatLondon(reservedNumber('slow'));
  await page.goto('/');
  await searchBox(page).fill(formatted);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status', { name: `Loading ${formatted}` })).toBeVisible();
  // The answer takes 3 s by design: on a loaded runner the record can need more than 10 s more.
  await expect(numberHeading(page, formatted)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('status', { name: `Loading ${formatted}` })).toHaveCount(0);
});

test('timeout: no answer in time, even after a retry (fake clock)', async ({ page }) => {
  await page.clock.install();
  const { formatted, requests } = await openReserved(page, 'timeout');
  await expect(page.getByRole('status', { name: `Loading ${formatted}` })).toBeVisible();

  // Each attempt gives up after 15 s; jump ahead until both attempts have.
  const panel = errorPanel(page, 'Live Platform did not answer in time');
  await expect(async () => {
    await page.clock.fastForward('00:16');
    await expect(panel).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  expect(requests).toHaveLength(2);
});
