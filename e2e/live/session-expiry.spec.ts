import type { Page } from '@playwright/test';
import { sealSession } from '../../server/auth/session-cookie.ts';
import { numberHeading, numberUrl, searchBox, tollFree, vendorExample } from '../helpers.ts';
import { expect, lookupPath, signIn, test } from './fixtures.ts';
import { appUrl, stackConfig } from './stack-config.ts';

/*
 * A staff session that ends while the app is open (idle, expired, signed out in another tab): the
 * next lookup gets the server's own 401, and the app says so, signs in again and comes back to
 * the same number, instead of blaming Live Platform's credentials. Never retried.
 */
test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ control }) => {
  await control.reset();
});

const nowInSeconds = () => Math.floor(Date.now() / 1000);

/** A session cookie the server sealed itself, but already ended. */
const endedSession = () =>
  sealSession(stackConfig.sessionSecret, {
    sub: 'e2e-user',
    name: stackConfig.user.name,
    roles: [stackConfig.requiredRole],
    signedInAt: nowInSeconds() - 3600,
    exp: nowInSeconds() - 60,
  });

const ways: [string, (page: Page) => Promise<void>][] = [
  ['removed', (page) => page.context().clearCookies({ name: 'oc_session' })],
  [
    'ended',
    async (page) => {
      await page
        .context()
        .addCookies([
          { name: 'oc_session', value: await endedSession(), url: appUrl, httpOnly: true },
        ]);
    },
  ],
];

for (const [how, endTheSession] of ways) {
  test(`with the session cookie ${how}, a lookup signs in again and lands on the number`, async ({
    page,
  }) => {
    await signIn(page);
    await endTheSession(page);

    const lookups: number[] = [];
    const signInStarts: string[] = [];
    page.on('response', (res) => {
      if (new URL(res.url()).pathname === lookupPath(tollFree.e164)) lookups.push(res.status());
    });
    page.on('request', (req) => {
      if (req.isNavigationRequest() && req.url().startsWith(`${appUrl}/auth/login`)) {
        signInStarts.push(req.url());
      }
    });

    const box = searchBox(page);
    await box.fill(tollFree.e164);
    await box.press('Enter');
    await expect(
      page.getByRole('alert').filter({ hasText: 'Your session has ended — signing you in again…' }),
    ).toBeVisible();
    await expect(page.getByText(/client secret/)).toHaveCount(0);

    await expect(numberHeading(page, tollFree.formatted)).toBeVisible({ timeout: 15_000 });
    await expect(page).toHaveURL(numberUrl(tollFree.e164));
    expect(signInStarts).toEqual([
      `${appUrl}/auth/login?returnTo=${encodeURIComponent(`/numbers/${tollFree.e164}`)}`,
    ]);
    // One 401 (no retry), then the lookup after the new sign-in.
    expect(lookups).toEqual([401, 200]);
    expect((await page.request.get('/api/me')).status()).toBe(200);
  });
}

test('Live Platform refusing the app still reads as a credentials problem, not a sign-in', async ({
  page,
  control,
}) => {
  await signIn(page);
  // Two: the server retries a 401 once with a new token.
  await control.failNext('unauthorized', 2);
  const box = searchBox(page);
  await box.fill(vendorExample.e164);
  await box.press('Enter');
  await expect(page.getByRole('heading', { name: 'Not signed in to Live Platform' })).toBeVisible();
  await expect(page.getByText('Your session has ended', { exact: false })).toHaveCount(0);
  expect(page.url()).toMatch(numberUrl(vendorExample.e164));
});
