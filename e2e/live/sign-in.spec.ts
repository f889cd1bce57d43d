import {
  homeUrl,
  numberHeading,
  numberPath,
  numberUrl,
  searchBox,
  tollFree,
  vendorExample,
} from '../helpers.ts';
import { expect, lookupPath, signIn, test } from './fixtures.ts';
import { appUrl, stackConfig } from './stack-config.ts';

/*
 * Staff sign-in in live mode, against the mock identity provider (its /authorize approves at
 * once, so a sign-in is a chain of redirects that ends back in the app). Serial: the roles of the
 * next sign-in are the stack's shared state.
 */
test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ control }) => {
  await control.reset();
});
test.afterAll(async ({ control }) => {
  await control.reset();
});

const isSignInStart = (url: string) => url.startsWith(`${appUrl}/auth/login`);

test('sign in, look a number up, see who and which Live Platform, sign out', async ({
  page,
  control,
}) => {
  const { issuer, livePlatformHost } = await control.info();
  const navigations: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest()) navigations.push(request.url());
  });

  await page.goto('/');
  await expect(page).toHaveURL(homeUrl);
  // Through the app's sign-in and the identity provider, back to where the user started.
  expect(navigations.some(isSignInStart)).toBe(true);
  expect(navigations.some((url) => url.startsWith(`${issuer}/authorize?`))).toBe(true);
  expect(navigations.some((url) => url.startsWith(`${appUrl}/auth/callback?`))).toBe(true);

  const banner = page.getByRole('banner');
  await expect(banner.getByText(stackConfig.user.name, { exact: true })).toBeVisible();
  await expect(banner.getByText(`Live · ${livePlatformHost}`, { exact: true })).toBeVisible();
  await expect(banner.getByText('Demo data')).toHaveCount(0);

  const box = searchBox(page);
  await box.fill(vendorExample.e164);
  await box.press('Enter');
  await expect(page).toHaveURL(numberUrl(vendorExample.e164));
  await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();

  // Signing out clears the session, ends it at the provider, and comes back to the app, which
  // then finds no session: the next page load starts a sign-in (which the mock approves at once).
  const logout = page.waitForResponse((res) => new URL(res.url()).pathname === '/auth/logout');
  const nextPage = page.waitForRequest(
    (req) => req.isNavigationRequest() && req.url() === `${appUrl}/`,
  );
  const nextSignIn = page.waitForRequest((req) => isSignInStart(req.url()));
  await banner.getByRole('button', { name: 'Sign out' }).click();

  // A form POST; on to the provider's end-session page through /auth/signed-out (sign-out.spec.ts).
  const logoutResponse = await logout;
  expect(logoutResponse.status()).toBe(303);
  expect(await logoutResponse.headerValue('location')).toBe('/auth/signed-out');
  const setCookies = (await logoutResponse.headersArray())
    .filter(({ name }) => name.toLowerCase() === 'set-cookie')
    .flatMap(({ value }) => value.split('\n'));
  const cleared = setCookies.find((cookie) => cookie.startsWith('oc_session='));
  expect(cleared).toMatch(/^oc_session=;/);
  expect(cleared).toMatch(/Max-Age=0/i);

  const home = await nextPage;
  expect((await home.headerValue('cookie')) ?? '').not.toContain('oc_session=');
  await nextSignIn;
  await expect(page).toHaveURL(homeUrl);
  await expect(banner.getByText(stackConfig.user.name, { exact: true })).toBeVisible();
});

test('a deep link while signed out lands on that number after sign-in', async ({ page }) => {
  const signInStarts: string[] = [];
  page.on('request', (request) => {
    if (isSignInStart(request.url())) signInStarts.push(request.url());
  });
  await page.goto(numberPath(tollFree.e164));
  await expect(page).toHaveURL(numberUrl(tollFree.e164));
  await expect(numberHeading(page, tollFree.formatted)).toBeVisible();
  expect(signInStarts).toEqual([
    `${appUrl}/auth/login?returnTo=${encodeURIComponent(numberPath(tollFree.e164))}`,
  ]);
});

test('the API answers 401 problem details without a session, and asks nothing upstream', async ({
  request,
  control,
}) => {
  const upstreamBefore = (await control.livePlatformRequests()).length;
  const res = await request.get(lookupPath(vendorExample.e164));
  expect(res.status()).toBe(401);
  expect(res.headers()['content-type']).toMatch(/^application\/problem\+json/);
  expect(await res.json()).toMatchObject({ status: 401, title: 'Not signed in' });
  expect((await request.get('/api/me')).status()).toBe(401);
  expect(await control.livePlatformRequests()).toHaveLength(upstreamBefore);
});

test('a user without the required role gets the "no access" page and no session', async ({
  page,
  control,
}) => {
  await control.nextLoginRoles([]);
  const res = await page.goto('/');
  expect(res?.status()).toBe(403);
  await expect(page).toHaveURL(`${appUrl}/auth/forbidden`);
  await expect(
    page.getByRole('heading', { name: 'You do not have access to OC Lookup' }),
  ).toBeVisible();
  await expect(page.getByText(stackConfig.requiredRole, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  const cookies = await page.context().cookies();
  expect(cookies.map((cookie) => cookie.name)).not.toContain('oc_session');
  expect((await page.request.get(lookupPath(vendorExample.e164))).status()).toBe(401);
});

test('with the role, the same user signs in', async ({ page }) => {
  await signIn(page);
  expect((await page.request.get('/api/me')).status()).toBe(200);
  expect(await (await page.request.get('/api/me')).json()).toMatchObject({
    name: stackConfig.user.name,
    roles: [stackConfig.requiredRole],
  });
});
