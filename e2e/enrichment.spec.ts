import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { numberHeading, numberPath, vendorExample } from './helpers.ts';

/*
 * Issue 7 in the browser, on the demo sandbox: the detail view's enrichment parts, Check with
 * Microsoft and the diagnosis, against the real server's related reads.
 */
const region = (page: Page, name: string) => page.getByRole('region', { name });

test('the vendor example names its customer and calling profile, and checks its SBCs', async ({
  page,
}) => {
  await page.goto(numberPath(vendorExample.e164));
  await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();
  const identity = region(page, 'Identity and provenance');
  await expect(identity.getByRole('link').first()).toHaveAttribute(
    'href',
    '/tenants/f94238e5-4f2c-4e1b-8125-2d27122ca75f',
  );
  const profile = region(page, 'Calling profile');
  await expect(profile.getByText('Offer types')).toBeVisible();
  await expect(profile.getByText(/^SBCs (match|do not match)/)).toBeVisible();
  await expect(
    region(page, 'Emergency address').getByText('No emergency address set'),
  ).toBeVisible();
  await expect(region(page, 'Diagnosis')).toBeVisible();
});

test('a user-assigned number shows its emergency address laid out for its country', async ({
  page,
}) => {
  await page.goto(numberPath('+442079461001'));
  const part = region(page, 'Emergency address');
  await expect(part.locator('address')).toContainText('United Kingdom');
  await expect(part.getByText('Default location', { exact: true })).toBeVisible();
});

test('Check with Microsoft shows a disagreement in words, in the part and in the diagnosis', async ({
  page,
}) => {
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  await page.goto(numberPath('+442079461002'));
  const part = region(page, 'Check with Microsoft');
  await expect(part.getByRole('button', { name: 'Check with Microsoft' })).toBeEnabled();
  expect(posts).toEqual([]);
  await part.getByRole('button', { name: 'Check with Microsoft' }).click();
  const answer = part.getByRole('group', { name: "Microsoft's answer" });
  await expect(answer.getByText('Disagrees')).toBeVisible();
  await expect(answer.getByText(/^Teams says .+, Live Platform stores .+/)).toBeVisible();
  await expect(
    region(page, 'Diagnosis').getByText(/Teams and Live Platform disagree about the assignment/),
  ).toBeVisible();
  expect(posts).toHaveLength(1);

  // Disagreements, warnings and problems stay readable (4.5:1) in light and in dark.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    const violations = results.violations.flatMap((violation) =>
      violation.nodes.map(
        (node) => `${colorScheme} ${violation.id}: ${node.html} — ${node.failureSummary ?? ''}`,
      ),
    );
    expect(violations).toEqual([]);
  }
});

test('the diagnosis says the state and the next step, with the fields it read', async ({
  page,
}) => {
  await page.goto(numberPath('+441134960123'));
  const diagnosis = region(page, 'Diagnosis');
  await expect(diagnosis.getByText(/Marked for removal from the customer's tenant/)).toBeVisible();
  await expect(diagnosis.getByText(/^Next step:/).first()).toBeVisible();
  await expect(diagnosis.getByText('acquiredNumberStatus', { exact: true })).toBeVisible();
});

test('a tenant whose lead fails: the address part says so with Retry, the record stays readable', async ({
  page,
}) => {
  // +442079460750's tenant answers its lead with 500 (server/sandbox/reserved-reads.ts).
  await page.goto(numberPath('+442079460750'));
  await expect(numberHeading(page, '+44 20 7946 0750')).toBeVisible();
  const note = region(page, 'Emergency address').getByRole('alert');
  await expect(note).toContainText(/^Could not load the emergency address: /, { timeout: 20_000 });
  await expect(note.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(region(page, 'Calling profile').getByText('Offer types')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(1);
});
