import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  errorPanel,
  expectDemoBadge,
  formatLondon,
  numberHeading,
  numberPath,
  reservedNumber,
  tollFree,
  vendorExample,
} from './helpers.ts';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/*
 * axe on every kind of page, in light and in dark, each in its final state (after data and
 * retries). Zero violations: a failure lists each rule, the elements and axe's summary.
 */

type AuditedPage = {
  name: string;
  path: string;
  ready: (page: Page) => Promise<void>;
  timeout?: number;
};

const notFound = reservedNumber('not-found');
const serverError = reservedNumber('server-error');

const pages: AuditedPage[] = [
  {
    name: 'home',
    path: '/',
    ready: (page) => expect(page.getByRole('heading', { name: 'Demo numbers' })).toBeVisible(),
  },
  {
    name: 'number (vendor example)',
    path: numberPath(vendorExample.e164),
    ready: (page) => expect(numberHeading(page, vendorExample.formatted)).toBeVisible(),
  },
  {
    name: 'number (toll-free, three SBCs)',
    path: numberPath(tollFree.e164),
    ready: (page) => expect(numberHeading(page, tollFree.formatted)).toBeVisible(),
  },
  {
    name: 'number not found',
    path: numberPath(notFound),
    ready: (page) =>
      expect(
        errorPanel(page, `No Operator Connect number ${formatLondon(notFound)}`),
      ).toBeVisible(),
  },
  {
    name: 'server error (after retries)',
    path: numberPath(serverError),
    ready: (page) =>
      expect(errorPanel(page, 'Live Platform failed (HTTP 500)')).toBeVisible({ timeout: 20_000 }),
    timeout: 45_000,
  },
  {
    name: 'no access (401)',
    path: numberPath(reservedNumber('unauthorized')),
    ready: (page) => expect(errorPanel(page, 'Not signed in to Live Platform')).toBeVisible(),
  },
  {
    name: 'unreadable answer',
    path: numberPath(reservedNumber('schema-mismatch')),
    ready: (page) =>
      expect(errorPanel(page, 'Live Platform sent an answer this app cannot read')).toBeVisible(),
  },
  {
    name: 'page not found',
    path: '/nope',
    ready: (page) => expect(errorPanel(page, 'Page not found')).toBeVisible(),
  },
  {
    name: 'invalid number link',
    path: '/numbers/12ab',
    ready: (page) =>
      expect(errorPanel(page, 'This link does not hold a phone number')).toBeVisible(),
  },
];

// Light first (the context's scheme), then dark on the same page: the app follows the system
// scheme until the user picks one, so switching the emulated scheme re-themes it in place.
test.use({ colorScheme: 'light' });

for (const { name, path, ready, timeout } of pages) {
  test(`${name} has no axe violations in light and dark`, async ({ page }, testInfo) => {
    if (timeout) test.setTimeout(timeout);
    await page.goto(path);
    await ready(page);
    await expectDemoBadge(page);

    const found: Record<'light' | 'dark', string[]> = { light: [], dark: [] };
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', colorScheme);
      const results = await new AxeBuilder({ page }).analyze();
      await testInfo.attach(`axe-violations-${colorScheme}.json`, {
        body: JSON.stringify(results.violations, null, 2),
        contentType: 'application/json',
      });
      found[colorScheme] = summarise(results.violations);
    }
    expect(found).toEqual({ light: [], dark: [] });
  });
}

/**
 * One line per rule and distinct failure (e.g. one pair of colours), with how many elements fail
 * that way and the first few of them: readable in the test output; the full results are attached.
 */
function summarise(violations: readonly Violation[]): string[] {
  const lines = new Map<string, string[]>();
  for (const violation of violations) {
    for (const node of violation.nodes) {
      const why = (node.failureSummary ?? violation.help)
        .replace(/^Fix (any|all) of the following:\s*/u, '')
        .replace(/\s+/gu, ' ')
        .trim();
      const key = `${violation.id} (${violation.impact ?? 'unknown'}): ${why}`;
      lines.set(key, [...(lines.get(key) ?? []), node.target.join(' ')]);
    }
  }
  return [...lines].map(([key, targets]) => {
    const shown = targets.slice(0, 3).join(' | ');
    const more = targets.length > 3 ? ` | … ${targets.length - 3} more` : '';
    return `${key} — ${targets.length} element(s): ${shown}${more}`;
  });
}
