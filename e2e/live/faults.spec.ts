import type { Page } from '@playwright/test';
import vendorRecord from '../../src/features/numbers/vendor-example.json' with { type: 'json' };
import type { TokenFault } from '../../server/testing/mock-entra.ts';
import {
  errorPanel,
  numberHeading,
  numberPath,
  trackApiRequests,
  vendorExample,
} from '../helpers.ts';
import {
  expect,
  lookUp,
  retryWaitSkipper,
  serverLogOf,
  signIn,
  test,
  trackLookupIds,
  type Control,
} from './fixtures.ts';
import { secondAppUrl, stackConfig } from './stack-config.ts';

/*
 * Fault journeys in the browser, against the fake Live Platform and the mock identity provider:
 * a connection reset mid-body, a body that drips in past the timeout, a token endpoint that is
 * down, hangs or answers garbage, and an identity provider that is down at sign-in. Each ends in
 * its own panel (or page), the server's log names the cause on the lines of those very requests
 * (by their X-Request-Id), and the next request after the fault is gone succeeds, without a
 * restart. The browser's waits between its retries are skipped (the page's clock jumps them). (Refused connections, dropped connections and hangs of Live Platform itself are the
 * journeys of upstream-failures.spec.ts; an unknown host needs other settings: server/faults.test.ts.)
 */

test.afterEach(async ({ control }) => {
  await control.reset();
});

const tokenFailure = 'Could not get a token for Live Platform';
const e164 = vendorExample.e164;
const recordText = JSON.stringify(vendorRecord);

/**
 * Opens the vendor example's page, counting its lookups and keeping their request ids;
 * settle(panel) waits for the panel, the browser's waits between retries skipped.
 */
async function openNumber(page: Page) {
  const requests = trackApiRequests(page);
  const ids = trackLookupIds(page);
  const retryWaits = retryWaitSkipper(page);
  await page.goto(numberPath(e164));
  const settle = async (panel: ReturnType<typeof errorPanel>) => {
    await retryWaits.skip(panel);
    await expect(panel).toBeVisible({ timeout: 20_000 });
  };
  return { requests, ids, settle };
}

/**
 * The next lookup needs a new token: the app's current one lives 2 s (the app renews it after
 * half of that) and the first second is over. (Not 1 s: `iat` is whole seconds, so a 1 s token
 * can expire before Live Platform has checked it.)
 */
async function dropCachedToken(page: Page, control: Control) {
  await control.expireTokens(2);
  // A 401 makes the app take a new token, which now lives 2 s.
  await control.failNext('unauthorized', 1);
  expect((await lookUp(page, e164)).status()).toBe(200);
  await control.expireTokens(null);
  await page.waitForTimeout(1_100);
}

/** Retry on the panel brings the record, with one lookup and no further failure. */
async function expectRecoveryOnRetry(page: Page, panel: ReturnType<typeof errorPanel>) {
  const requests = trackApiRequests(page);
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();
  expect(requests).toHaveLength(1);
}

test.describe('Live Platform', () => {
  test.beforeEach(async ({ page, control }) => {
    await control.reset();
    await page.clock.install();
    await signIn(page);
  });

  test('resets the connection mid-body: "Live Platform failed (HTTP 502)", the reset in the log', async ({
    page,
    control,
  }) => {
    test.setTimeout(45_000);
    await control.serve(e164, {
      status: 200,
      headers: [['Content-Type', 'application/json']],
      body: recordText,
      delivery: { kind: 'reset', afterBytes: 100 },
    });
    const { requests, ids, settle } = await openNumber(page);
    const panel = errorPanel(page, 'Live Platform failed (HTTP 502)');
    await settle(panel);
    await expect(panel).toContainText('Network error');
    expect(requests).toHaveLength(4);
    // Node's fetch names the reset by what it did to the body: shorter than its Content-Length.
    const calls = serverLogOf(ids).filter((line) => line.msg === 'Live Platform call');
    expect(calls).toHaveLength(4);
    for (const call of calls) {
      expect(call.upstreamStatus).toBe(200);
      expect(call.cause).toMatch(/^(ECONNRESET|UND_ERR_RES_CONTENT_LENGTH_MISMATCH)$/);
    }

    await control.serve(e164, null);
    await expectRecoveryOnRetry(page, panel);
  });

  test('drips its body in a byte at a time: "did not answer in time", a timeout in the log', async ({
    page,
    control,
  }) => {
    test.setTimeout(45_000);
    // About 900 bytes, 10 ms apart: 9 s, three times the server's timeout.
    await control.serve(e164, {
      status: 200,
      headers: [['Content-Type', 'application/json']],
      body: recordText,
      delivery: { kind: 'drip', intervalMs: 10 },
    });
    const { requests, ids, settle } = await openNumber(page);
    const panel = errorPanel(page, 'Live Platform did not answer in time');
    await settle(panel);
    await expect(panel).toContainText(`No answer within ${stackConfig.timeoutMs} ms`);
    expect(requests).toHaveLength(2);
    const calls = serverLogOf(ids).filter((line) => line.msg === 'Live Platform call');
    expect(calls).toMatchObject([
      { upstreamStatus: 200, cause: 'timeout' },
      { upstreamStatus: 200, cause: 'timeout' },
    ]);

    await control.serve(e164, null);
    await expectRecoveryOnRetry(page, panel);
  });
});

test.describe('the token endpoint', () => {
  test.beforeEach(async ({ page, control }) => {
    await control.reset();
    await page.clock.install();
    await signIn(page);
    await dropCachedToken(page, control);
  });

  test('is down: "Live Platform failed (HTTP 502)", ECONNREFUSED in the log', async ({
    page,
    control,
  }) => {
    test.setTimeout(45_000);
    await control.identityRefusesConnections(true);
    const { requests, ids, settle } = await openNumber(page);
    const panel = errorPanel(page, 'Live Platform failed (HTTP 502)');
    await settle(panel);
    await expect(panel).toContainText(
      'The identity provider refused the app or could not be reached.',
    );
    expect(requests).toHaveLength(4);
    const failures = serverLogOf(ids).filter((line) => line.msg === tokenFailure);
    expect(failures).toHaveLength(4);
    for (const failure of failures) expect(failure.cause).toBe('ECONNREFUSED');

    await control.identityRefusesConnections(false);
    await expectRecoveryOnRetry(page, panel);
  });

  test('hangs: "did not answer in time" after the timeout, and the very next lookup gets a token', async ({
    page,
    control,
  }) => {
    test.setTimeout(45_000);
    // The first attempt and the browser's one retry: each waits for a token that never comes.
    await control.failTokensNext('hang', 2);
    const { requests, ids, settle } = await openNumber(page);
    const panel = errorPanel(page, 'Live Platform did not answer in time');
    await settle(panel);
    await expect(panel).toContainText(
      `The identity provider gave no token within ${stackConfig.timeoutMs} ms`,
    );
    expect(requests).toHaveLength(2);
    const failures = serverLogOf(ids).filter((line) => line.msg === tokenFailure);
    expect(failures).toMatchObject([{ cause: 'timeout' }, { cause: 'timeout' }]);

    // The hung token requests were given up with the lookups (LIVE_PLATFORM_TIMEOUT_MS), so the
    // next lookup asks anew and succeeds at once: no lookup waits on a request still hanging.
    await expectRecoveryOnRetry(page, panel);
  });

  for (const [fault, reason] of [
    ['html', /: unexpected response content-type$/],
    ['invalid-json', /\(OAUTH_PARSE_ERROR\)$/],
    ['no-access-token', /\(OAUTH_INVALID_RESPONSE\)$/],
  ] as const satisfies readonly (readonly [TokenFault, RegExp])[]) {
    test(`answers garbage (${fault}) with 200: "Live Platform failed (HTTP 502)", why in the log`, async ({
      page,
      control,
    }) => {
      test.setTimeout(45_000);
      // One for each of the browser's four attempts.
      await control.failTokensNext(fault, 4);
      const { requests, ids, settle } = await openNumber(page);
      const panel = errorPanel(page, 'Live Platform failed (HTTP 502)');
      await settle(panel);
      await expect(panel).toContainText(
        'The identity provider refused the app or could not be reached.',
      );
      expect(requests).toHaveLength(4);
      const failures = serverLogOf(ids).filter((line) => line.msg === tokenFailure);
      expect(failures).toHaveLength(4);
      for (const failure of failures) {
        expect(failure.reason).toMatch(reason);
        expect(failure.cause).toMatch(/^\w+$/);
      }

      await expectRecoveryOnRetry(page, panel);
    });
  }
});

test('the identity provider is down at sign-in: "Sign-in is unavailable", then sign-in works', async ({
  page,
  control,
}) => {
  // A server that has not met the provider yet (the shared one found it long ago, at its first
  // sign-in): the second app instance, made anew.
  await control.reset();
  await control.renewSecondApp();
  await control.identityRefusesConnections(true);
  const signInStart = page.waitForResponse((res) => new URL(res.url()).pathname === '/auth/login');
  await page.goto(`${secondAppUrl}/`);
  const unavailable = await signInStart;
  expect(unavailable.status()).toBe(503);
  await expect(page.getByRole('heading', { name: 'Sign-in is unavailable' })).toBeVisible();
  const requestId = unavailable.headers()['x-request-id'] ?? '';
  expect(serverLogOf([requestId]).map((line) => line.cause)).toContain('ECONNREFUSED');

  await control.identityRefusesConnections(false);
  await page.getByRole('link', { name: 'Try again' }).click();
  await expect(
    page.getByRole('banner').getByText(stackConfig.user.name, { exact: true }),
  ).toBeVisible();
  expect(new URL(page.url()).origin).toBe(secondAppUrl);
});
