import { expect, type Locator, type Page } from '@playwright/test';
import { reservedNumbers, type ReservedScenario } from '../server/sandbox/reserved-numbers.ts';

/*
 * Shared helpers for the e2e suite. Everything is located the way a user (or a screen reader)
 * finds it: by role, label and text, never by CSS class.
 */

/** The vendor's documented example: every one of its fields is checked on the detail page. */
export const vendorExample = {
  e164: '+442074996300',
  formatted: '+44 20 7499 6300',
  national: '020 7499 6300',
} as const;

/** A second curated demo number (toll-free, three SBCs). */
export const tollFree = { e164: '+448081570123', formatted: '+44 808 157 0123' } as const;

/** The E.164 number the sandbox reserves for a failure scenario. */
export function reservedNumber(scenario: ReservedScenario): string {
  const found = reservedNumbers.find((entry) => entry.scenario === scenario);
  if (!found) throw new Error(`No reserved number for scenario ${scenario}`);
  return found.telephoneNumber;
}

/** "+442079460404" → "+44 20 7946 0404": every reserved number is a London (+44 20) number. */
export function formatLondon(e164: string): string {
  const match = /^\+44(20)(\d{4})(\d{4})$/.exec(e164);
  if (!match) throw new Error(`${e164} is not a +44 20 number`);
  return `+44 ${match[1] ?? ''} ${match[2] ?? ''} ${match[3] ?? ''}`;
}

/** The trace id the sandbox sends for a number (same format as server/sandbox/sandbox-source.ts). */
export const traceIdFor = (e164: string) =>
  `00-${e164.slice(1).padStart(32, '0')}-00f067aa0ba902b7-00`;

export const numberPath = (e164: string) => `/numbers/${e164}`;

/** Matches the URL of a number's page exactly (whatever the base URL). */
export const numberUrl = (e164: string) =>
  new RegExp(`^https?://[^/]+/numbers/${e164.replace('+', '\\+')}$`);

/** Matches the home page's URL exactly. */
export const homeUrl = /^https?:\/\/[^/]+\/$/;

export const searchForm = (page: Page): Locator =>
  page.getByRole('search', { name: 'Look up a number' });

export const searchBox = (page: Page): Locator =>
  // Every page's box takes a number, a tenant id or a customer name (a combobox).
  page.getByRole('combobox', { name: 'Number, tenant id or customer name', exact: true });

export const numberHeading = (page: Page, formatted: string): Locator =>
  page.getByRole('heading', { level: 1, name: formatted, exact: true });

/** An error panel (role alert) by the start of its title. */
export const errorPanel = (page: Page, title: string): Locator =>
  page.getByRole('alert').filter({ hasText: title });

/**
 * Records every number lookup the page makes (/api/v2/oc/numbers/…, or only the paths under
 * `pathPrefix`), from now on; not the related reads a detail view makes besides (customers,
 * calling profiles, leads). Call it before page.goto so requests started by the route loader
 * are caught too.
 */
export function trackApiRequests(page: Page, pathPrefix = '/api/v2/oc/numbers/'): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith(pathPrefix)) urls.push(request.url());
  });
  return urls;
}

/** Asserts that the page asked the lookup API nothing (after a short grace period). */
export async function expectNoApiRequests(page: Page, urls: readonly string[]): Promise<void> {
  // A request the app would make starts right after navigation or render; give it a moment.
  await page.waitForTimeout(300);
  expect(urls, 'number lookups').toEqual([]);
}

/** Waits until the mode badge is there, i.e. the app has rendered and loaded its config. */
export async function expectDemoBadge(page: Page): Promise<void> {
  await expect(page.getByRole('banner').getByText('Demo data', { exact: true })).toBeVisible();
}
