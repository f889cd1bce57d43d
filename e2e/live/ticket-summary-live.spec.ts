import { request as newRequest } from '@playwright/test';
import { findNumber } from '../../server/sandbox/sandbox-numbers.ts';
import { numberHeading, numberPath } from '../helpers.ts';
import { expect, signIn, test } from './fixtures.ts';
import { appUrl } from './stack-config.ts';

/*
 * Issue 8, items 3 and 4 in live mode, against the fake Live Platform: Copy for ticket names the
 * customer and the diagnosis Live Platform's related reads give; t opens the number's tenant; a
 * tel: link opens its number after sign-in; the manifest, icons and OpenSearch description are
 * fetched without a session (browsers fetch them without the cookie), the pages are not.
 */
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

// Litware's Manchester number: Dublin SBCs on its UK profile (sandbox sbcMismatches).
const mismatch = { e164: '+441614960456', formatted: '+44 161 496 0456' };
const litware = findNumber(mismatch.e164)?.tenantId ?? '';

test('Copy for ticket names the customer and the SBC mismatch; t opens the tenant', async ({
  page,
}) => {
  expect(litware).toMatch(/^[0-9a-f-]{36}$/);
  await signIn(page, numberPath(mismatch.e164));
  await expect(numberHeading(page, mismatch.formatted)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Litware Ltd' })).toBeVisible();
  const diagnosis = page.getByRole('region', { name: 'Diagnosis' });
  await expect(diagnosis).toContainText(/SBCs and its calling profile.s trunks do not match/);

  await page.getByRole('button', { name: 'Copy for ticket' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(/^Number {8}\+44 161 496 0456 \(United Kingdom\)$/m);
  expect(text).toContain(`Customer      Litware Ltd (tenant ${litware})`);
  expect(text).toMatch(/SBCs and its calling profile.s trunks do not match/);
  expect(text).toMatch(new RegExp(`^Link {10}${appUrl}/numbers/\\+441614960456$`, 'm'));

  // Focus is on the button just pressed, not in a box: t is a shortcut.
  await page.keyboard.press('t');
  await expect(page).toHaveURL(`${appUrl}/tenants/${litware}`);
});

test('a tel: link opens its number once signed in', async ({ page }) => {
  await signIn(page, `/?tel=${encodeURIComponent('tel:+44-161-496-0456')}`);
  await expect(numberHeading(page, mismatch.formatted)).toBeVisible();
  await expect(page).toHaveURL(`${appUrl}${numberPath(mismatch.e164)}`);
});

test('the manifest, icons and OpenSearch description need no session; the pages do', async () => {
  const anonymous = await newRequest.newContext({ baseURL: appUrl });
  try {
    const manifest = await anonymous.get('/manifest.webmanifest');
    expect(manifest.status()).toBe(200);
    expect(manifest.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const icons = ((await manifest.json()) as { icons: { src: string }[] }).icons;
    for (const { src } of icons) expect((await anonymous.get(src)).status(), src).toBe(200);
    const search = await anonymous.get('/opensearch.xml');
    expect(search.status()).toBe(200);
    expect(await search.text()).toContain(`template="${appUrl}/?q={searchTerms}"`);
    for (const page of ['/batch', '/?tel=tel%3A%2B441614960456']) {
      const res = await anonymous.get(page, { maxRedirects: 0 });
      expect(res.status(), page).toBe(302);
    }
  } finally {
    await anonymous.dispose();
  }
});
