import { expect, test } from '@playwright/test';
import { demoNumbers } from '../server/sandbox/demo-numbers.ts';
import { treyResearch } from '../server/sandbox/demo-tenants.ts';
import { searchBox } from './helpers.ts';
import {
  expectNoLeak,
  expectNoLeakCopied,
  forbiddenSecrets,
  leakedSecrets,
  openNumber,
  shown,
  turnOn,
} from './presentation-secrets.ts';

/*
 * Presentation mode's leak test on demo data (issue 8, item 2): with the mode on, no tenant id,
 * IP address, calling profile id or other customer's name of the sandbox appears in the page's
 * text, its title or anything a copy button puts on the clipboard — on numbers with SBC
 * addresses (IPv4 and IPv6), a calling profile, an emergency address, an SBC mismatch and
 * Microsoft's answer, with the raw JSON open, on the tenant page and in the search box. Turned
 * off, everything is back without a reload.
 */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const recordOf = (e164: string) => {
  const record = demoNumbers.find((n) => n.telephoneNumber === e164);
  if (!record) throw new Error(`${e164} is not a demo number`);
  return record;
};

// The vendor's example (SBC with an IPv4 address), an emergency address, an IPv6 SBC, an SBC
// mismatch (the diagnosis and the profile quote addresses).
const numbers = ['+442074996300', '+442079461001', '+61491570156', '+441614960456'].map(recordOf);

test.describe('presentation mode', () => {
  test.describe.configure({ timeout: 90_000 });

  for (const record of numbers) {
    test(`${record.telephoneNumber}: its page shows and copies no tenant id, address or other customer’s name`, async ({
      page,
    }) => {
      const where = record.telephoneNumber;
      const secrets = forbiddenSecrets(record.tenantId);
      await page.goto('/');
      await turnOn(page);
      await openNumber(page, record.telephoneNumber);
      // The number's own customer is named (the audience); its tenant id is not shown.
      await expect(
        page.getByRole('region', { name: 'Identity and provenance' }).getByRole('link'),
      ).not.toHaveText(/••••/);
      await page.getByRole('button', { name: 'Show raw JSON' }).click();
      await expect(page.getByText(/"telephoneNumber": "\+/)).toBeVisible();
      if (record.telephoneNumber === '+442074996300') {
        await page.getByRole('button', { name: 'Check with Microsoft' }).click();
        await expect(page.getByRole('group', { name: "Microsoft's answer" })).toBeVisible();
      }
      await expectNoLeak(page, secrets, where);
      await expectNoLeakCopied(page, secrets, where);
    });
  }

  test('the tenant page and its title keep the customer’s name and mask its tenant id', async ({
    page,
  }) => {
    await page.goto('/');
    await turnOn(page);
    await page.goto(`/tenants/${treyResearch.tenantId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Trey Research Ltd' })).toBeVisible();
    await expect(page).toHaveTitle('Trey Research Ltd · OC Lookup');
    await expect(page.getByText(/^Showing all/)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(`••••${treyResearch.tenantId.slice(-4)}`)).toBeVisible();
    const secrets = forbiddenSecrets(treyResearch.tenantId);
    await expectNoLeak(page, secrets, 'tenant page');
    await expectNoLeakCopied(page, secrets, 'tenant page');
  });

  test('the search box offers other customers masked', async ({ page }) => {
    await page.goto('/');
    await turnOn(page);
    for (const text of ['ltd', 'fabrikam', treyResearch.tenantId.toUpperCase()]) {
      await searchBox(page).fill(text);
      await expect(
        page.getByText(/^(1 customer matches|\d+ customers match|Tenant id)/),
      ).toBeVisible();
      // What was typed is the user's own (the box's note quotes it); all the box adds is masked.
      const secrets = forbiddenSecrets().filter(
        (secret) => !text.toLowerCase().includes(secret.value.toLowerCase()),
      );
      await expectNoLeak(page, secrets, `search “${text}”`);
      expect(await shown(page)).not.toContain('Fabrikam, Inc.');
    }
  });

  test('turned off, everything is back without a reload', async ({ page }) => {
    const record = recordOf('+442074996300');
    const tenantId = record.tenantId ?? '';
    await page.goto('/');
    await turnOn(page);
    await openNumber(page, record.telephoneNumber);
    const identity = page.getByRole('region', { name: 'Identity and provenance' });
    await expect(identity.getByText(`••••${tenantId.slice(-4)}`)).toBeVisible();
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });
    await page.getByRole('button', { name: 'Turn off' }).click();
    await expect(identity.getByText(tenantId)).toBeVisible();
    await expect(page.getByText('20.102.51.206').first()).toBeVisible();
    await expect(page.getByRole('status', { name: 'Presentation mode is on' })).toHaveCount(0);
    // The check above would have seen it: the same look finds the tenant id and the address now.
    expect(leakedSecrets(await shown(page), forbiddenSecrets(tenantId))).toEqual(
      expect.arrayContaining([`tenant id: ${tenantId}`, 'IP address: 20.102.51.206']),
    );
    await identity.getByRole('button', { name: 'Copy tenant id' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(tenantId);
    expect(navigations).toBe(0);
    // Remembered in this browser: a new page opens with the mode off, as left.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Presentation mode' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});
