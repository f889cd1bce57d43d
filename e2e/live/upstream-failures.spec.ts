import type { Page } from '@playwright/test';
import {
  errorPanel,
  numberHeading,
  numberPath,
  trackApiRequests,
  vendorExample,
} from '../helpers.ts';
import { fakeFailureDetails } from '../../server/testing/fake-live-platform.ts';
import { expect, retryWaitSkipper, serverLogOf, signIn, test, trackLookupIds } from './fixtures.ts';
import { stackConfig } from './stack-config.ts';

/*
 * Live Platform failing behind the app: each failure ends in its own state in the browser, which
 * retries 5xx, 429 and network failures up to 3 times (4 attempts; the waits between them skipped
 * on the page's clock) before showing it; for the
 * failures that have no HTTP status, the server's log names the cause on the lines of those very
 * lookups. Serial: the queue of failures of the fake Live Platform is the stack's shared state.
 */
test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ page, control }) => {
  await control.reset();
  // Lets retryWaits skip the browser's waits between retries.
  await page.clock.install();
  await signIn(page);
});
test.afterEach(async ({ control }) => {
  await control.reset();
});

/** Opens the vendor example's page, counting the lookups the browser sends. */
async function openNumber(page: Page) {
  const requests = trackApiRequests(page);
  lookupIds = trackLookupIds(page);
  retryWaits = retryWaitSkipper(page);
  await page.goto(numberPath(vendorExample.e164));
  return requests;
}

let lookupIds: string[] = [];
let retryWaits: ReturnType<typeof retryWaitSkipper>;

/** The causes the server logged for the upstream calls of the lookups since openNumber(). */
const loggedCauses = () =>
  serverLogOf(lookupIds)
    .filter((line) => line.msg === 'Live Platform call')
    .map((line) => line.cause);

test('HTTP 500: "Live Platform failed", with its trace id and error ticket', async ({
  page,
  control,
}) => {
  test.setTimeout(45_000);
  await control.failNext('status-500', 4);
  const requests = await openNumber(page);
  // Four attempts, 1 s, 2 s and 4 s apart (on the page's clock, which skips the waits).
  const panel = errorPanel(page, 'Live Platform failed (HTTP 500)');
  await retryWaits.skip(panel);
  await expect(panel).toBeVisible({ timeout: 20_000 });
  await expect(panel).toContainText(fakeFailureDetails.traceId);
  await expect(panel).toContainText(fakeFailureDetails.errorTicket);
  expect(requests).toHaveLength(4);

  // Live Platform is fine again: Retry shows the record.
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();
});

test('HTTP 429: a retry notice, then "Live Platform is busy"', async ({ page, control }) => {
  // Four attempts, Retry-After (7 s) apart.
  test.setTimeout(60_000);
  await control.failNext('status-429', 4);
  const requests = await openNumber(page);
  const notice = page.getByRole('status').filter({ hasText: 'rate-limiting' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Retrying in');
  const panel = errorPanel(page, 'Live Platform is busy');
  await retryWaits.skip(panel);
  await expect(panel).toBeVisible({ timeout: 35_000 });
  expect(requests).toHaveLength(4);
});

test('no answer: the server gives up after its timeout, "did not answer in time"', async ({
  page,
  control,
}) => {
  // The server's 504 counts as a timeout: two attempts of LIVE_PLATFORM_TIMEOUT_MS (3 s), 1 s apart.
  test.setTimeout(60_000);
  await control.failNext('hang', 2);
  const requests = await openNumber(page);
  const panel = errorPanel(page, 'Live Platform did not answer in time');
  await retryWaits.skip(panel);
  await expect(panel).toBeVisible({ timeout: 20_000 });
  await expect(panel).toContainText(
    `No answer within ${stackConfig.timeoutMs} ms, even after a retry.`,
  );
  expect(requests).toHaveLength(2);
  expect(loggedCauses()).toEqual(['timeout', 'timeout']);

  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();
});

test('connection refused: "Live Platform failed (HTTP 502)", a network error', async ({
  page,
  control,
}) => {
  test.setTimeout(45_000);
  await control.refuseConnections(true);
  const requests = await openNumber(page);
  const panel = errorPanel(page, 'Live Platform failed (HTTP 502)');
  await retryWaits.skip(panel);
  await expect(panel).toBeVisible({ timeout: 20_000 });
  await expect(panel).toContainText('Network error ECONNREFUSED.');
  expect(requests).toHaveLength(4);
  expect(loggedCauses()).toEqual(Array.from({ length: 4 }, () => 'ECONNREFUSED'));

  await control.refuseConnections(false);
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();
});

test('connection dropped mid-request: "Live Platform failed (HTTP 502)"', async ({
  page,
  control,
}) => {
  test.setTimeout(45_000);
  await control.failNext('close-connection', 4);
  const requests = await openNumber(page);
  const panel = errorPanel(page, 'Live Platform failed (HTTP 502)');
  await retryWaits.skip(panel);
  await expect(panel).toBeVisible({ timeout: 20_000 });
  await expect(panel).toContainText('Network error');
  expect(requests).toHaveLength(4);
  // The connection closed before any answer: undici's "other side closed".
  expect(loggedCauses()).toEqual(Array.from({ length: 4 }, () => 'UND_ERR_SOCKET'));

  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();
});
