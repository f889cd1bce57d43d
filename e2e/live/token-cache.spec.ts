import { numberHeading, numberPath, vendorExample } from '../helpers.ts';
import { expect, lookUp, lookupPath, signIn, test, type Control } from './fixtures.ts';

/*
 * The app's own token for Live Platform (client credentials at the mock Entra ID): cached,
 * shared by concurrent lookups, and replaced once expired. Serial: token counts, lifetimes and
 * queued failures are the stack's shared state.
 */
test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ control }) => {
  await control.reset();
});
test.afterEach(async ({ control }) => {
  await control.reset();
});

/**
 * Makes the app hold a token that lives `seconds` (refreshed by the app after half of that): a
 * 401 from Live Platform makes it drop its token and take a new one, issued with that lifetime.
 */
async function takeShortLivedToken(
  control: Control,
  page: Parameters<typeof lookUp>[0],
  seconds: number,
) {
  await control.expireTokens(seconds);
  await control.failNext('unauthorized', 1);
  const res = await lookUp(page, vendorExample.e164);
  expect(res.status()).toBe(200);
}

test('50 lookups cause exactly one token request', async ({ page, control }) => {
  await signIn(page);
  // Start with no usable token: one the app renews after 1 s. (Not a 1 s token: `iat` is whole
  // seconds, so one can expire before Live Platform has checked it.)
  await takeShortLivedToken(control, page, 2);
  await control.expireTokens(null);
  await page.waitForTimeout(1_500);

  const tokensBefore = await control.tokenRequests();
  const upstreamBefore = (await control.livePlatformRequests()).length;
  const answers = await Promise.all(
    Array.from({ length: 50 }, () => lookUp(page, vendorExample.e164)),
  );
  expect(answers.map((res) => res.status())).toEqual(Array.from({ length: 50 }, () => 200));
  expect(await control.tokenRequests()).toBe(tokensBefore + 1);

  const upstream = (await control.livePlatformRequests()).slice(upstreamBefore);
  expect(upstream).toHaveLength(50);
  expect(upstream.every((request) => request.authorized)).toBe(true);
});

test('an expired token is replaced before a lookup, which still succeeds', async ({
  page,
  control,
}) => {
  await signIn(page);
  await takeShortLivedToken(control, page, 2);
  const tokensBefore = await control.tokenRequests();
  await page.waitForTimeout(2_500);

  const upstreamBefore = (await control.livePlatformRequests()).length;
  await page.goto(numberPath(vendorExample.e164));
  await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();

  expect(await control.tokenRequests()).toBe(tokensBefore + 1);
  // Replaced before use: Live Platform never saw the expired token (no 401 and second try). The
  // page's related reads (the calling profiles) may be asked by now too, with the new token.
  const upstream = (await control.livePlatformRequests()).slice(upstreamBefore);
  const asked = `/tenantui${lookupPath(vendorExample.e164)}`;
  expect(upstream.filter((request) => request.path === asked)).toHaveLength(1);
  expect(upstream.every((request) => request.authorized)).toBe(true);
});
