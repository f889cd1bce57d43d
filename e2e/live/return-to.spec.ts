import type { Page } from '@playwright/test';
import { homeUrl, numberHeading, numberUrl, tollFree } from '../helpers.ts';
import { expect, signIn, test } from './fixtures.ts';
import { appUrl } from './stack-config.ts';

/*
 * The return path of sign-in, in the real browser: a hostile `returnTo` that only becomes
 * `//evil.example` once the browser normalises it must land on the app's home page, before and
 * after sign-in, and the browser must never be sent to another origin.
 */
test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ control }) => {
  await control.reset();
});

const hostile = [
  '/auth/login?returnTo=%2F..%2F%2Fevil.example',
  '/auth/login?returnTo=/.//evil.example/x',
  '/auth/login?returnTo=/x/..//evil.example',
  '/auth/login?returnTo=/./%2F/evil.example',
  '/auth/login?returnTo=%2F%5C%2Fevil.example',
  '/auth/login?returnTo=/%252e%252e//evil.example',
  '/auth/login?returnTo=%09/%2F/evil.example',
];

/** Every request the page makes to any origin but the app's and the identity provider's. */
async function watchForeign(page: Page, issuer: string): Promise<string[]> {
  const foreign: string[] = [];
  const allowed = [new URL(appUrl).origin, new URL(issuer).origin];
  // Nothing may reach evil.example, even if the test is wrong: every such request is cut.
  await page.route(
    (url) => url.hostname.endsWith('evil.example'),
    (route) => route.abort(),
  );
  page.on('request', (request) => {
    if (!allowed.includes(new URL(request.url()).origin)) foreign.push(request.url());
  });
  return foreign;
}

for (const url of hostile) {
  test(`signed out, ${url} signs in and lands on the home page`, async ({ page, control }) => {
    const foreign = await watchForeign(page, (await control.info()).issuer);
    await page.goto(url);
    await expect(page).toHaveURL(homeUrl);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();
    expect(foreign).toEqual([]);
  });

  test(`signed in, ${url} lands on the home page`, async ({ page, control }) => {
    await signIn(page, '/numbers/+442074996300');
    const foreign = await watchForeign(page, (await control.info()).issuer);
    const res = await page.request.get(url, { maxRedirects: 0 });
    expect(res.status()).toBe(302);
    expect(res.headers().location).toBe('/');
    await page.goto(url);
    await expect(page).toHaveURL(homeUrl);
    expect(foreign).toEqual([]);
  });
}

test('a good return path still lands on its number after sign-in', async ({ page }) => {
  await page.goto(`/auth/login?returnTo=${encodeURIComponent(`/numbers/${tollFree.e164}`)}`);
  await expect(page).toHaveURL(numberUrl(tollFree.e164));
  await expect(numberHeading(page, tollFree.formatted)).toBeVisible();
});
