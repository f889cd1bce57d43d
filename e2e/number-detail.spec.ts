import { expect, test } from '@playwright/test';
import {
  numberHeading,
  numberPath,
  numberUrl,
  searchBox,
  searchForm,
  vendorExample,
} from './helpers.ts';
import { vendorExampleShownValues } from '../src/testing/number-factory.ts';

test('search for a national number opens its page with every field of the record', async ({
  page,
}) => {
  await page.goto('/');
  const box = searchBox(page);
  await expect(box).toBeFocused();

  // United Kingdom is the default country, so the national form is enough.
  await box.fill(vendorExample.national);
  await expect(searchForm(page).getByText(vendorExample.formatted, { exact: true })).toBeVisible();
  await box.press('Enter');

  await expect(page).toHaveURL(numberUrl(vendorExample.e164));
  await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();
  await expect(page).toHaveTitle(`${vendorExample.formatted} · OC Lookup`);

  // Every identifier of the record is on screen, not only in the accessibility tree. (The SBC
  // section renders cards for narrow screens and a table for wide ones; one of them is hidden.)
  for (const value of ['REST API', ...vendorExampleShownValues]) {
    const shown = page
      .getByRole('main')
      .getByText(value, { exact: true })
      .filter({ visible: true });
    await expect(shown).toBeVisible();
  }
  await expect(page.getByText('Lifecycle: Not reported', { exact: true })).toBeVisible();
  await expect(page.getByText('Teams assignment: Not reported', { exact: true })).toBeVisible();

  await expect(page.getByRole('region', { name: 'Capabilities' })).toMatchAriaSnapshot(`
    - heading "Capabilities" [level=2]
    - paragraph: 4 of 6 acquired
    - heading "Acquired (4)" [level=3]
    - list:
      - /children: equal
      - listitem: Inbound calling
      - listitem: Microsoft 365
      - listitem: Outbound calling
      - listitem: User assignment
    - heading "Available, not acquired (2)" [level=3]
    - list:
      - /children: equal
      - listitem: Microsoft app assignment
      - listitem: Mobile
  `);

  await expect(page.getByRole('region', { name: 'SBCs' })).toMatchAriaSnapshot(`
    - heading "SBCs" [level=2]
    - text: 1 SBC
    - table:
      - rowgroup:
        - row:
          - columnheader "FQDN"
          - columnheader "IP address"
          - columnheader "SBC id"
      - rowgroup:
        - /children: equal
        - row:
          - cell:
            - paragraph: oc1.sandbox2.audiocodes.be
            - button "Copy FQDN"
          - cell:
            - paragraph: 20.102.51.206
            - button "Copy IP address"
          - cell "8"
  `);

  await expect(page.getByRole('region', { name: 'Identity and provenance' })).toMatchAriaSnapshot(`
    - term: Tenant id
    - definition:
      - paragraph: f94238e5-4f2c-4e1b-8125-2d27122ca75f
      - button "Copy tenant id"
    - term: Calling profile id
    - definition:
      - paragraph: 5f3fbb3b-df9b-483d-b294-c7eb01e22aac
    - term: Record id
    - definition:
      - paragraph: "125796"
    - term: Upload entry id
    - definition:
      - paragraph: "325390"
    - term: Upload job id
    - definition:
      - paragraph: "3185"
    - term: Microsoft upload job id
    - definition:
      - paragraph: c82e3c6b-e845-4dc6-ac8d-6ff96a2b8efa
    - term: Source
    - definition:
      - paragraph: REST API
      - text: webapi
    - term: Location id
    - definition: Not set
    - term: Civic address id
    - definition: Not set
  `);

  // The assignment-check fields are all null in the vendor example; the checking run's ticks
  // are under Technical details.
  await expect(page.getByRole('region', { name: 'Assignment checks' })).toMatchAriaSnapshot(`
    - term: Result of the latest check
    - definition: Not set
    - term: Last check that passed
    - definition: Not set
    - term: Last change of the Teams assignment
    - definition: Not set
    - button "Technical details"
  `);

  // Local time and "… ago" depend on the machine; the exact UTC value does not.
  const dates = page.getByRole('region', { name: 'Dates' });
  await expect(dates).toMatchAriaSnapshot(`
    - term: Created in Live Platform
    - definition:
      - paragraph:
        - time
      - text: Exactly 2024-04-16 12:13:42.8160255 UTC
    - term: Uploaded to the customer tenant
    - definition:
      - paragraph:
        - time
      - text: Exactly 2024-04-16 12:10:06.8660792 UTC
  `);
});

test('the raw JSON of a record expands on demand', async ({ page }) => {
  await page.goto(numberPath(vendorExample.e164));
  const rawRecord = page.getByRole('region', { name: 'Raw record' });
  const rawJson = rawRecord.getByText('"tnUploadJobId": "c82e3c6b-e845-4dc6-ac8d-6ff96a2b8efa"');
  await expect(rawJson).toBeHidden();

  await rawRecord.getByRole('button', { name: 'Show raw JSON' }).click();
  await expect(rawRecord.getByRole('button', { name: 'Hide raw JSON' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(rawJson).toBeVisible();
});
