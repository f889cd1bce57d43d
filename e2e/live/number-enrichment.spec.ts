import type { Page } from '@playwright/test';
import { findNumber } from '../../server/sandbox/sandbox-numbers.ts';
import { numberHeading, numberPath } from '../helpers.ts';
import { expect, signIn, test as base } from './fixtures.ts';
import { startOwnStack, type OwnStack } from './own-stack.ts';

/*
 * Issue 7 in live mode, in the browser: a signed-in user opens a number and the app, through the
 * real server in live mode, reads Live Platform's related reads from the fake Live Platform (which
 * answers with the sandbox's data): the customer beside the tenant id, the calling profile with
 * its trunks and an SBC check, the emergency address laid out for its country, the diagnosis,
 * Check with Microsoft and its per-user limit, and one related read failing and recovering.
 *
 * Each journey has a stack of its own (own-stack.ts), started empty: a failure must reach an
 * empty related-read cache (a cached list would stand in for it), and the per-user limit must
 * start at zero however recently this file or another journey checked a number as the same user.
 */
const test = base.extend<{ own: OwnStack }>({
  // eslint-disable-next-line no-empty-pattern
  own: async ({}, provide) => {
    const stack = await startOwnStack();
    await provide(stack);
    await stack.close();
  },
});

const region = (page: Page, name: string) => page.getByRole('region', { name });

/** How many requests the fake Live Platform has had for one of its paths (below /tenantui). */
const upstreamCount = (own: OwnStack, path: string, method = 'GET') =>
  own.livePlatform.requests.filter((r) => r.method === method && r.path === `/tenantui${path}`)
    .length;

// Litware's Manchester number: Dublin SBCs on its UK profile, both ways (sandbox sbcMismatches).
const mismatch = { e164: '+441614960456', formatted: '+44 161 496 0456' };
const litware = findNumber(mismatch.e164)?.tenantId ?? '';

test('a number names its customer, profile, trunks and address, and flags its SBC mismatch', async ({
  page,
  own,
}) => {
  expect(litware).toMatch(/^[0-9a-f-]{36}$/);
  await signIn(page, `${own.appUrl}${numberPath(mismatch.e164)}`);
  await expect(numberHeading(page, mismatch.formatted)).toBeVisible();

  const identity = region(page, 'Identity and provenance');
  await expect(
    identity.getByText(/^Customer: Litware Ltd \(Litware, Standard license\)$/),
  ).toBeVisible();
  await expect(identity.getByRole('link', { name: 'Litware Ltd' })).toHaveAttribute(
    'href',
    `/tenants/${litware}`,
  );
  await expect(identity.getByText(litware, { exact: true })).toBeVisible();

  const profile = region(page, 'Calling profile');
  await expect(profile.getByText('UK Calling', { exact: true })).toBeVisible();
  await expect(profile.getByText('SBCs do not match', { exact: true })).toBeVisible();
  // Each side's SBCs, said in words: the number's Dublin SBCs match no trunk of the profile,
  // and the profile's UK SBCs are not in the number's list.
  await expect(
    profile.getByText(/^oc2\.neu\.lp\.contoso-voice\.net .*matches no trunk of UK Calling/),
  ).toBeVisible();
  await expect(
    profile.getByText(/^oc1\.uks\.lp\.contoso-voice\.net .*is not in the number's SBC list/),
  ).toBeVisible();
  await expect(profile.getByText('Trunks (2)')).toBeVisible();
  await expect(profile.getByText(/^uk-calling-1\.trunks\.contoso-voice\.net/)).toBeVisible();
  await expect(profile.getByText(/^uk-calling-2\.trunks\.contoso-voice\.net/)).toBeVisible();

  const address = region(page, 'Emergency address');
  // As a British address is written: number and street, town, postcode, country.
  await expect(address.locator('address')).toHaveText(
    '101 Cotton Exchange WalkManchesterM3 2BQUnited Kingdom',
  );
  await expect(address.getByText('Suite 6', { exact: true })).toBeVisible();
  await expect(address.getByText('Yes: the address’s default location')).toBeVisible();

  const diagnosis = region(page, 'Diagnosis');
  await expect(diagnosis).toContainText(
    "Warning: The number's SBCs and its calling profile's trunks do not match:",
  );
  // A long run of SBCs is one to a line.
  await expect(
    diagnosis.getByText('oc2.neu.lp.contoso-voice.net [198.51.100.32] is only on the number;', {
      exact: true,
    }),
  ).toBeVisible();
  await expect(diagnosis.getByText(/ is only in the profile\.$/).last()).toBeVisible();
  await expect(diagnosis.getByText(/^Next step:/).first()).toBeVisible();

  // All of it came from Live Platform's related reads, through the server, once each.
  for (const path of ['/api/v3/customer', '/api/v2/oc/callingprofile', '/api/v2/oc/lead']) {
    expect(upstreamCount(own, path), path).toBe(1);
  }
});

test('Check with Microsoft shows the disagreement, then the per-user limit in words', async ({
  page,
  own,
}) => {
  // Trey Research's number that Live Platform says is user-assigned and Microsoft does not.
  await signIn(page, `${own.appUrl}${numberPath('+442079461002')}`);
  await expect(numberHeading(page, '+44 20 7946 1002')).toBeVisible();
  const part = region(page, 'Check with Microsoft');
  await part.getByRole('button', { name: 'Check with Microsoft' }).click();
  const answer = part.getByRole('group', { name: "Microsoft's answer" });
  await expect(answer.getByText(/^\d+ disagreements?\.$/)).toBeVisible();
  await expect(answer.getByText('Disagrees', { exact: true })).toBeVisible();
  await expect(answer.getByText(/^Teams says .+, Live Platform stores .+/)).toBeVisible();
  await expect(
    region(page, 'Diagnosis').getByText(/Teams and Live Platform disagree about the assignment/),
  ).toBeVisible();
  const statusPath = '/api/v2/oc/numbers/action/number-status';
  expect(upstreamCount(own, statusPath, 'POST')).toBe(1);

  // NUMBER_STATUS_PER_MINUTE is 5: four more checks go through, the sixth is refused by the
  // server, in words, with a countdown, and never reaches Live Platform.
  const again = part.getByRole('button', { name: 'Check again' });
  for (let check = 2; check <= 5; check++) {
    await again.click();
    await expect.poll(() => upstreamCount(own, statusPath, 'POST')).toBe(check);
    await expect(answer).toBeVisible();
  }
  await again.click();
  const refused = part.getByRole('alert');
  await expect(refused).toContainText(
    /^The check with Microsoft failed: too many requests \(You can check 5 numbers with Microsoft a minute\)\. You can retry in \d+ s\./,
  );
  await expect(refused.getByRole('button', { name: 'Retry' })).toBeDisabled();
  expect(upstreamCount(own, statusPath, 'POST')).toBe(5);
});

test('a related read that fails leaves the record readable, with a note and Retry that recovers', async ({
  page,
  own,
}) => {
  test.setTimeout(90_000);
  const profilesPath = '/api/v2/oc/callingprofile';
  own.livePlatform.failRelated(profilesPath, 'status-500');
  await signIn(page, `${own.appUrl}${numberPath(mismatch.e164)}`);
  await expect(numberHeading(page, mismatch.formatted)).toBeVisible();

  // The browser retries a 5xx three times (about 14 s of waits) before it says so.
  const profile = region(page, 'Calling profile');
  const note = profile.getByRole('alert');
  await expect(note).toHaveText(
    /^Could not load the calling profile: Live Platform failed\b.*Retry$/,
    {
      timeout: 45_000,
    },
  );
  expect(upstreamCount(own, profilesPath)).toBe(4);

  // The rest of the page is unaffected: the record and the other parts are there, no error panel.
  await expect(numberHeading(page, mismatch.formatted)).toBeVisible();
  await expect(
    region(page, 'Identity and provenance').getByRole('link', { name: 'Litware Ltd' }),
  ).toBeVisible();
  await expect(region(page, 'Emergency address').locator('address')).toContainText('Manchester');
  await expect(page.getByRole('alert')).toHaveCount(1);
  // The diagnosis says what it could not judge, rather than that nothing looks wrong.
  const diagnosis = region(page, 'Diagnosis');
  await expect(
    diagnosis.getByText(/The calling profile could not be loaded: SBCs are not checked\./),
  ).toBeVisible();
  await expect(diagnosis.getByText(/do not match/)).toHaveCount(0);

  own.livePlatform.failRelated(profilesPath, undefined);
  await note.getByRole('button', { name: 'Retry' }).click();
  await expect(profile.getByText('UK Calling', { exact: true })).toBeVisible();
  await expect(profile.getByText('SBCs do not match', { exact: true })).toBeVisible();
  await expect(profile.getByRole('alert')).toHaveCount(0);
  await expect(diagnosis.getByText(/trunks do not match/)).toBeVisible();
  await expect(diagnosis.getByText(/could not be loaded/)).toHaveCount(0);
  expect(upstreamCount(own, profilesPath)).toBe(5);
});
