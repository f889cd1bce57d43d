import { expect, type Page } from '@playwright/test';
import { callingProfileList } from '../server/sandbox/calling-profile-list.ts';
import { customerList } from '../server/sandbox/customer-list.ts';
import { demoNumbers } from '../server/sandbox/demo-numbers.ts';
import { sbcs } from '../server/sandbox/operator-offers.ts';
import { reservedReadNumbers } from '../server/sandbox/reserved-reads.ts';
import { sandboxTenants } from '../server/sandbox/sandbox-numbers.ts';
import { formatNumber } from '../src/features/numbers/phone.ts';
import { parseSbc } from '../src/features/numbers/sbc.ts';
import { isIpAddress } from '../src/lib/presentation/mask.ts';

/*
 * What presentation mode must never let a shared screen show (issue 8, item 2), from the demo
 * sandbox itself: every tenant id, every IP address of an SBC (on numbers and in calling
 * profiles), every calling profile id, and every customer's short and full name. The leak tests
 * look for each of them in the page's text, its title, the clipboard and exports; the customer a
 * page is about (its subject) may be named on its own pages, its tenant id never.
 */

export type Secret = {
  kind: 'tenant id' | 'IP address' | 'calling profile id' | 'customer name';
  value: string;
  /** For a customer's name: whose it is (lower case), so a page about it may show it. */
  tenantId?: string;
};

const unique = (secrets: Secret[]) => [
  ...new Map(secrets.map((secret) => [`${secret.kind} ${secret.value}`, secret])).values(),
];

const tenantIds = sandboxTenants.map((tenant): Secret => ({
  kind: 'tenant id',
  value: tenant.tenantId.toLowerCase(),
}));

const records = [...demoNumbers, ...reservedReadNumbers];
const addresses = [
  ...Object.values(sbcs).map((sbc) => sbc.ipAddress),
  ...records.flatMap((record) => (record.sbcList ?? []).map((sbc) => parseSbc(sbc).ip ?? '')),
  ...callingProfileList().flatMap((profile) =>
    profile.trunksEnrolled.flatMap((trunk) => trunk.matchingSbcList.map((sbc) => sbc.ipAddress)),
  ),
]
  .filter(isIpAddress)
  .map((ip): Secret => ({ kind: 'IP address', value: ip }));

const profileIds = [
  ...callingProfileList().map((profile) => profile.callingProfileId),
  ...records.flatMap((record) => record.callingProfileId ?? []),
].map((id): Secret => ({ kind: 'calling profile id', value: id.toLowerCase() }));

const customerNames = customerList().flatMap((customer) =>
  [customer.CustomerFullName, customer.CustomerShortName].map((name): Secret => ({
    kind: 'customer name',
    value: name,
    tenantId: customer.MsTenantId.toLowerCase(),
  })),
);

/** Every secret of the demo data. */
export const presentationSecrets: readonly Secret[] = unique([
  ...tenantIds,
  ...addresses,
  ...profileIds,
  ...customerNames,
]);

/**
 * The secrets a page must not show in presentation mode: all of them, except the names of the
 * customer the page is about (`subjectTenantId`: a number's tenant, the tenant page's tenant;
 * none on pages about no customer, such as the batch page).
 */
export function forbiddenSecrets(subjectTenantId: string | null = null): Secret[] {
  const subject = subjectTenantId?.toLowerCase() ?? null;
  return presentationSecrets.filter(
    (secret) => secret.kind !== 'customer name' || secret.tenantId !== subject,
  );
}

/**
 * The secrets found in a text (page text, title, clipboard, an export), as "kind: value", case
 * ignored (a tenant id may be written in capitals). Empty when nothing leaks.
 */
export function leakedSecrets(text: string, secrets: readonly Secret[]): string[] {
  const haystack = text.toLowerCase();
  return secrets
    .filter((secret) => haystack.includes(secret.value.toLowerCase()))
    .map((secret) => `${secret.kind}: ${secret.value}`);
}

// --- In the browser ---------------------------------------------------------------------------
// (Clipboard reads need the context's permissions: clipboard-read and clipboard-write.)

/** Turns presentation mode on with the header's switch, and sees the banner. */
export async function turnOn(page: Page) {
  const toggle = page.getByRole('button', { name: 'Presentation mode' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status', { name: 'Presentation mode is on' })).toBeVisible();
}

/** What the page shows: its text as rendered and its title. */
export const shown = (page: Page) =>
  page.evaluate(() => `${document.title}\n${document.body.innerText}`);

/** Asserts that the page's text and title hold none of the secrets. */
export async function expectNoLeak(page: Page, secrets: readonly Secret[], where: string) {
  expect(leakedSecrets(await shown(page), secrets), `${where}: page text and title`).toEqual([]);
}

/**
 * Presses every copy button on the page; what each put on the clipboard, by its name. A pressed
 * button is marked in the page, and the next one is the first unmarked: a part that answers late
 * can add buttons anywhere while this goes through them (counting once and taking the n-th
 * pressed a button twice and skipped one, in a CI run).
 */
export async function copyEverything(page: Page): Promise<Map<string, string>> {
  const copied = new Map<string, string>();
  const unpressed = page
    .getByRole('button', { name: /^Copy / })
    .and(page.locator(':not([data-e2e-pressed])'));
  await expect(unpressed.first()).toBeVisible();
  // Bounded, so that a page re-creating its buttons fails here instead of running forever.
  for (let pressed = 0; (await unpressed.count()) > 0; pressed += 1) {
    expect(pressed, 'copy buttons pressed').toBeLessThan(200);
    // Marked first, then found by its mark: `unpressed.first()` would move on to the next one.
    await unpressed
      .first()
      .evaluate((element, mark) => element.setAttribute('data-e2e-pressed', mark), String(pressed));
    const button = page.locator(`[data-e2e-pressed="${String(pressed)}"]`);
    const name = (await button.getAttribute('aria-label')) ?? (await button.innerText());
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await button.click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: name })
      .not.toBe('');
    // Several buttons can share a name (one per SBC): each copy is kept and checked.
    const key = copied.has(name) ? `${name} (button ${String(pressed + 1)})` : name;
    copied.set(key, await page.evaluate(() => navigator.clipboard.readText()));
  }
  return copied;
}

/** Presses every copy button and asserts that nothing copied holds a secret. */
export async function expectNoLeakCopied(page: Page, secrets: readonly Secret[], where: string) {
  for (const [name, text] of await copyEverything(page)) {
    expect(leakedSecrets(text, secrets), `${where}: clipboard after “${name}”`).toEqual([]);
  }
}

/** Opens a number and waits for every part that can show an id (customer, profile, address). */
export async function openNumber(page: Page, e164: string) {
  await page.goto(`/numbers/${e164}`);
  await expect(
    page.getByRole('heading', { level: 1, name: formatNumber(e164), exact: true }),
  ).toBeVisible();
  const identity = page.getByRole('region', { name: 'Identity and provenance' });
  await expect(identity.getByText(/^Customer:/)).toBeVisible();
  await expect(page.getByText(/^Trunks \(\d+\)$/)).toBeVisible();
  const address = page.getByRole('region', { name: 'Emergency address' });
  await expect(address.getByRole('status')).toHaveCount(0);
}
