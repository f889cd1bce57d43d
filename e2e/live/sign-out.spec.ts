import type { Page } from '@playwright/test';
import { homeUrl } from '../helpers.ts';
import { expect, signIn, test } from './fixtures.ts';
import { appUrl, stackConfig } from './stack-config.ts';

/*
 * Sign-out is a POST from the app's own pages only. The header's button must work in the real
 * browser: the app's CSP has form-action 'self', and Chromium applies it to the redirects after a
 * form submission, so the POST answers with a 303 to a page of this origin, which goes on to the
 * identity provider's end-session page by a meta refresh. A cross-site form and a GET end nothing.
 */
test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ control }) => {
  await control.reset();
});

const banner = (page: Page) => page.getByRole('banner');
const sessionCookie = async (page: Page) =>
  (await page.context().cookies(appUrl)).find((cookie) => cookie.name === 'oc_session');

/** CSP violations the page reports, collected across navigations. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('__reportCsp', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { __reportCsp: (text: string) => Promise<void> }).__reportCsp(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

test('the header button signs out, ends the session at the provider, and comes back', async ({
  page,
  control,
}) => {
  const { issuer } = await control.info();
  const csp = await watchCsp(page);
  await signIn(page);
  expect(await sessionCookie(page)).toBeDefined();

  const navigations: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest()) navigations.push(`${request.method()} ${request.url()}`);
  });
  const logout = page.waitForResponse(
    (res) => new URL(res.url()).pathname === '/auth/logout' && res.request().method() === 'POST',
  );
  const endSession = page.waitForRequest((req) => req.url().startsWith(`${issuer}/endsession?`));
  const backHome = page.waitForRequest(
    (req) => req.isNavigationRequest() && req.url() === `${appUrl}/`,
  );

  const button = banner(page).getByRole('button', { name: 'Sign out' });
  await expect(button).toBeVisible();
  await button.click();

  const logoutResponse = await logout;
  expect(logoutResponse.status()).toBe(303);
  expect(await logoutResponse.headerValue('location')).toBe('/auth/signed-out');
  const cleared = (await logoutResponse.headersArray())
    .filter(({ name }) => name.toLowerCase() === 'set-cookie')
    .flatMap(({ value }) => value.split('\n'))
    .find((cookie) => cookie.startsWith('oc_session='));
  expect(cleared).toMatch(/Max-Age=0/i);

  // The provider's end-session page is reached: neither the CSP nor anything else stopped it.
  const endSessionRequest = await endSession;
  expect(new URL(endSessionRequest.url()).searchParams.get('post_logout_redirect_uri')).toBe(
    `${appUrl}/`,
  );
  const home = await backHome;
  expect((await home.headerValue('cookie')) ?? '').not.toContain('oc_session=');
  expect(navigations.slice(0, 3)).toEqual([
    `POST ${appUrl}/auth/logout`,
    `GET ${appUrl}/auth/signed-out`,
    expect.stringMatching(new RegExp(`^GET ${issuer}/endsession\\?`)),
  ]);
  // Back home, the app starts a new sign-in (which the mock identity provider approves at once).
  await expect(page).toHaveURL(homeUrl);
  await expect(banner(page).getByText(stackConfig.user.name, { exact: true })).toBeVisible();
  expect(csp).toEqual([]);
});

test('a cross-site form POST to /auth/logout ends nothing', async ({ page }) => {
  await signIn(page);
  const before = await sessionCookie(page);
  // A page of another site (fulfilled by the test, no network) with a self-submitting form.
  await page.route('http://evil.example/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<form method="post" action="${appUrl}/auth/logout"><button>Win a prize</button></form>`,
    }),
  );
  await page.goto('http://evil.example/');
  const logout = page.waitForResponse((res) => new URL(res.url()).pathname === '/auth/logout');
  await page.getByRole('button', { name: 'Win a prize' }).click();
  const response = await logout;
  expect(response.status()).toBe(403);
  expect(await response.request().headerValue('origin')).toBe('http://evil.example');
  await expect(page.getByRole('heading', { name: 'Sign-out was not confirmed' })).toBeVisible();

  expect((await sessionCookie(page))?.value).toBe(before?.value);
  expect((await page.request.get('/api/me')).status()).toBe(200);
});

test('GET /auth/logout (an old link) ends nothing and offers the button', async ({ page }) => {
  await signIn(page);
  const before = await sessionCookie(page);
  const res = await page.goto('/auth/logout');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Sign out of OC Lookup' })).toBeVisible();
  expect((await sessionCookie(page))?.value).toBe(before?.value);
  expect((await page.request.get('/api/me')).status()).toBe(200);

  // Its button is a same-origin POST: it signs out.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(homeUrl);
  expect((await sessionCookie(page))?.value).not.toBe(before?.value);
});
