import { findNumber } from '../../server/sandbox/sandbox-numbers.ts';
import { customerList } from '../../server/sandbox/customer-list.ts';
import {
  expectNoLeak,
  expectNoLeakCopied,
  forbiddenSecrets,
  leakedSecrets,
  openNumber,
  shown,
  turnOn,
} from '../presentation-secrets.ts';
import { expect, signIn, test } from './fixtures.ts';

/*
 * Presentation mode in live mode (issue 8, item 2): signed in, against the fake Live Platform
 * (the sandbox's data read through the real server), a number's page with an SBC mismatch, its
 * Microsoft check and raw JSON, and its tenant page show and copy no tenant id, IP address,
 * calling profile id or other customer's name; turned off, they are back without a reload.
 */

// Litware's Manchester number: Dublin SBCs on its UK profile (the diagnosis quotes addresses).
const e164 = '+441614960456';
const tenantId = findNumber(e164)?.tenantId ?? '';
const customer = customerList().find((c) => c.MsTenantId === tenantId);

test.beforeEach(async ({ control }) => {
  await control.reset();
});

test('a number and its tenant page leak nothing while on, and show everything when off', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  expect(customer?.CustomerFullName).toBe('Litware Ltd');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const secrets = forbiddenSecrets(tenantId);

  await signIn(page, '/');
  await turnOn(page);
  await openNumber(page, e164);
  await page.getByRole('button', { name: 'Show raw JSON' }).click();
  await expect(page.getByText(/"telephoneNumber": "\+/)).toBeVisible();
  await page.getByRole('button', { name: 'Check with Microsoft' }).click();
  await expect(page.getByRole('group', { name: "Microsoft's answer" })).toBeVisible();
  await expectNoLeak(page, secrets, 'live number');
  await expectNoLeakCopied(page, secrets, 'live number');

  await page.getByRole('link', { name: 'Litware Ltd' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Litware Ltd' })).toBeVisible();
  await expect(page).toHaveTitle('Litware Ltd · OC Lookup');
  await expect(
    page.getByText(/^(All \d+ numbers loaded\.|Live Platform holds no numbers)/),
  ).toBeVisible();
  await expectNoLeak(page, secrets, 'live tenant page');
  await expectNoLeakCopied(page, secrets, 'live tenant page');

  await page.getByRole('button', { name: 'Turn off' }).click();
  await expect(page.getByText(tenantId, { exact: true })).toBeVisible();
  expect(leakedSecrets(await shown(page), secrets)).toContain(`tenant id: ${tenantId}`);
  await page.goBack();
  const identity = page.getByRole('region', { name: 'Identity and provenance' });
  await expect(identity.getByText(tenantId, { exact: true })).toBeVisible();
  expect(leakedSecrets(await shown(page), secrets)).toEqual(
    expect.arrayContaining(['IP address: 198.51.100.32']),
  );
});
