/*
 * Screenshots to look at before calling a change done, in light and dark, at 1440 and 360 px
 * wide, full page. Needs a running server: `npm start`, then
 * `npm run screenshots -- [base URL] [output folder] [pages|answers|all]`.
 * - pages: every page and error state of a number lookup.
 * - answers: what a number's page answers (issue 7): the vendor's example, one number per
 *   diagnosis rule (those that read Microsoft's answer after "Check with Microsoft"), parts that
 *   fail around a number, and a tenant page loaded in full, plain and filtered.
 */
import { mkdir } from 'node:fs/promises';
import { chromium, type Page } from '@playwright/test';
import { diagnosisShowcase } from '../server/sandbox/diagnosis-showcase.ts';
import { treyResearch } from '../server/sandbox/demo-tenants.ts';
import { reservedTenants } from '../server/sandbox/reserved-reads.ts';
import { launchOptions } from '../e2e/browser.ts';

const baseUrl = process.argv[2] ?? 'http://127.0.0.1:8080';
const outDir = process.argv[3] ?? 'screenshots';
const set = process.argv[4] ?? 'all';

type Target = {
  name: string;
  path: string;
  /** Text that shows the page is ready, or a step that makes it so; null: half a second. */
  ready: string | ((page: Page) => Promise<void>) | null;
  timeout?: number;
  /** Reads the browser sees fail (503) on this page, by URL pattern. */
  failing?: string[];
};

const pages: Target[] = [
  { name: 'home', path: '/', ready: 'Demo numbers' },
  { name: 'detail', path: '/numbers/+442074996300', ready: 'Capabilities' },
  { name: 'detail-rich', path: '/numbers/+448081570123', ready: 'Capabilities' },
  { name: 'not-found', path: '/numbers/+442079460404', ready: 'No Operator Connect number' },
  { name: 'server-error', path: '/numbers/+442079460500', ready: 'Retry', timeout: 20_000 },
  { name: 'schema', path: '/numbers/+442079460422', ready: 'cannot read' },
  { name: 'invalid', path: '/numbers/12ab', ready: 'does not hold a phone number' },
  { name: 'loading', path: '/numbers/+442079460300', ready: null },
];

/** Every part of a number's page has answered (or failed): nothing says "Loading" any more. */
async function settled(page: Page) {
  await page.getByRole('region', { name: 'Capabilities' }).waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: /^Loading/ })
    .first()
    .waitFor({ state: 'detached', timeout: 20_000 })
    .catch(() => undefined);
  await page.waitForLoadState('networkidle');
}

/** The page after "Check with Microsoft" has answered (or failed). */
async function checked(page: Page) {
  await settled(page);
  const part = page.getByRole('region', { name: 'Check with Microsoft' });
  await part.getByRole('button', { name: 'Check with Microsoft' }).click();
  await part
    .getByRole('group', { name: "Microsoft's answer" })
    .or(part.getByRole('alert'))
    .first()
    .waitFor({ timeout: 20_000 });
}

// Rules that read Microsoft's answer show only after the check.
const afterCheck = new Set([
  'teams-disagrees-assignment',
  'not-found-at-microsoft',
  'microsoft-validation-failed',
]);

const allLoaded = (page: Page) =>
  page.getByText(/^All [\d,]+ numbers? loaded\./).waitFor({ timeout: 30_000 });
const tenantPage = `/tenants/${treyResearch.tenantId}`;

const answers: Target[] = [
  { name: 'vendor-example', path: '/numbers/+442074996300', ready: settled },
  ...diagnosisShowcase.map((entry): Target => ({
    name: `diagnosis-${entry.ruleId}`,
    path: `/numbers/${entry.telephoneNumber}`,
    ready: afterCheck.has(entry.ruleId) ? checked : settled,
  })),
  // Every related read fails: each part says so in its own place, the record stays readable.
  {
    name: 'failed-enrichment',
    path: '/numbers/+442079461001',
    failing: ['**/api/v3/customer**', '**/api/v2/oc/callingprofile**', '**/api/v2/oc/lead**'],
    ready: (page) =>
      page.getByText(/^Could not load the emergency address/).waitFor({ timeout: 40_000 }),
  },
  // Reserved ids around a number (server/sandbox/reserved-reads.ts): one failure each.
  { name: 'failed-lead', path: '/numbers/+442079460750', ready: settled },
  { name: 'failed-profile-missing', path: '/numbers/+442079460704', ready: settled },
  { name: 'failed-no-customer', path: '/numbers/+442079460744', ready: settled },
  { name: 'failed-microsoft-check', path: '/numbers/+442079460850', ready: checked },
  { name: 'tenant', path: tenantPage, ready: allLoaded },
  {
    name: 'tenant-filtered',
    path: `${tenantPage}?lifecycle=3&sort=number&order=desc`,
    ready: allLoaded,
  },
  {
    name: 'tenant-failed',
    path: `/tenants/${reservedTenants.leadServerError.tenantId}`,
    ready: (page) => page.getByRole('alert').first().waitFor({ timeout: 30_000 }),
  },
];

const targets = { pages, answers, all: [...pages, ...answers] }[set];
if (!targets) throw new Error(`Unknown set "${set}": pages, answers or all.`);

const viewports = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'mobile', width: 360, height: 780 },
];

await mkdir(outDir, { recursive: true });
const browser = await chromium.launch(launchOptions);
for (const scheme of ['light', 'dark'] as const) {
  for (const viewport of viewports) {
    const context = await browser.newContext({ colorScheme: scheme, viewport });
    const page = await context.newPage();
    for (const target of targets) {
      for (const url of target.failing ?? []) {
        await page.route(url, (route) =>
          route.fulfill({
            status: 503,
            contentType: 'application/problem+json',
            body: JSON.stringify({ status: 503, title: 'Service unavailable' }),
          }),
        );
      }
      await page.goto(`${baseUrl}${target.path}`);
      if (typeof target.ready === 'string') {
        await page
          .getByText(target.ready)
          .first()
          .waitFor({ timeout: target.timeout ?? 10_000 });
      } else if (target.ready) {
        await target.ready(page);
      } else {
        await page.waitForTimeout(500);
      }
      // A click may have scrolled the page: the sticky header belongs at the top of the picture.
      await page.evaluate(() => window.scrollTo(0, 0));
      const file = `${outDir}/${target.name}-${scheme}-${viewport.name}.png`;
      await page.screenshot({ path: file, fullPage: true });
      await page.unrouteAll();
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
