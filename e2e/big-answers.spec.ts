import { expect, test, type Locator, type Page } from '@playwright/test';
import { bigAnswerNumber, bigAnswers, bodyCapBytes, capabilityName, sbcId } from './big-answers.ts';
import { numberHeading, searchBox } from './helpers.ts';
import {
  describeTasks,
  longestCpuTask,
  traceMainThread,
  watchPage,
  type MainThreadTrace,
  type PageWatch,
} from './page-watch.ts';

/*
 * Huge answers within the server's 1 MiB body cap, served to the production build in place of the
 * lookup: the page shows every part of them with exact counts, lets staff reach and copy every
 * item, and never holds the main thread for more than 200 ms of work (issue 6, defect 3: 5,000
 * SBCs took 47 s with a 40 s task; 200,000 empty SBCs crashed the tab). Tasks are measured in
 * CPU time from a Chromium trace (page-watch.ts says why); their wall-clock time is reported.
 */

const maxTaskMs = 200;
const renderWaitMs = 60_000;

const sections = [
  'Capabilities',
  'SBCs',
  'Assignment checks',
  'Identity and provenance',
  'Dates',
  'Raw record',
];

type Opened = {
  watch: PageWatch;
  trace: MainThreadTrace;
  crashed: () => boolean;
  renderMs: number;
};

/**
 * Opens the app, then looks the number up from the search box while the huge answer is served.
 * Tasks are traced from the lookup on: the app's own start (the same for every answer, and
 * measured by the suites that load pages) is not what a huge answer costs.
 */
async function openWith(page: Page, body: string, origin: string): Promise<Opened> {
  expect(Buffer.byteLength(body), 'body within the cap').toBeLessThan(bodyCapBytes);
  let crashed = false;
  page.on('crash', () => {
    crashed = true;
  });
  const watch = await watchPage(page, origin);
  await page.route('**/api/v2/oc/numbers/**', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto('/');
  await expect(searchBox(page)).toBeFocused();
  const trace = await traceMainThread(page);
  const started = Date.now();
  await searchBox(page).fill(bigAnswerNumber.e164);
  await searchBox(page).press('Enter');
  // What these journeys bound is the longest task, in CPU time, not the time to the page: 4–5 s
  // here for 200,000 entries, parsed and checked in slices, and over 20 s on CI beside another
  // browser at work (30 Nov), where each slice waits for its turn on a shared core.
  await expect(numberHeading(page, bigAnswerNumber.formatted)).toBeVisible({
    timeout: renderWaitMs,
  });
  for (const name of sections) await expect(page.getByRole('region', { name })).toBeVisible();
  return { watch, trace, crashed: () => crashed, renderMs: Date.now() - started };
}

/** No crash, no CSP violation, and no main-thread task over the bound, from the lookup until now. */
async function expectResponsive(page: Page, opened: Opened) {
  // A task is in the trace once it ends: let the page finish a frame first.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
  );
  const tasks = await opened.trace.stop();
  const described = describeTasks(tasks);
  test.info().annotations.push({
    type: 'timing',
    description: `rendered in ${String(opened.renderMs)} ms; tasks from the lookup on (CPU/wall ms): ${described}`,
  });
  expect(opened.crashed(), 'page crashed').toBe(false);
  expect((await opened.watch.report()).cspViolations, 'CSP violations').toEqual([]);
  expect(longestCpuTask(tasks), `tasks (CPU/wall ms): ${described}`).toBeLessThanOrEqual(maxTaskMs);
}

/**
 * Scrolls a scrolling list to its end, as a user dragging the scroll bar would, until `item` is
 * in view and passes `check` (rows measured on the way can make the list longer than first
 * estimated, so the end may move once or twice).
 */
async function scrollToEndUntil(
  list: Locator,
  item: Locator,
  check: (item: Locator) => Promise<void> = () => Promise.resolve(),
) {
  await expect(async () => {
    await list.evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    await expect(item).toBeVisible({ timeout: 1000 });
    await check(item);
  }).toPass();
}

/** Opens the raw view and checks that its first and last lines can be reached. */
async function expectRawView(page: Page) {
  const raw = page.getByRole('region', { name: 'Raw record' });
  await raw.getByRole('button', { name: 'Show raw JSON' }).click();
  const lines = raw.getByRole('group', { name: /^Raw JSON, [\d,]+ lines$/ });
  const name = (await lines.getAttribute('aria-label')) ?? '';
  const lineCount = Number(name.replace(/\D/g, ''));
  await expect(lines.getByText(/^ {2}"uploadTelephoneNumberEntryId": \d+,$/)).toBeVisible();
  await scrollToEndUntil(lines, lines.locator(`[data-index="${lineCount - 1}"]`), (last) =>
    expect(last).toHaveText('}', { timeout: 1000 }),
  );
}

async function readClipboard(page: Page) {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

// One after another, in one worker: two huge pages rendering at once on a two-core runner would
// only wait for each other. Each journey renders, scrolls and copies thousands of rows: on a
// loaded two-core runner that takes longer than the suite's default 30 s, and the bound that
// matters here is the CPU time of each task, not the journey's wall clock.
test.describe.configure({ mode: 'default', timeout: 90_000 + renderWaitMs });

test('5,000 SBCs: the first 50 in a table, all of them on demand, each copyable', async ({
  page,
  baseURL,
}) => {
  const opened = await openWith(page, bigAnswers.sbcs.body, new URL(baseURL ?? '').origin);
  const section = page.getByRole('region', { name: 'SBCs' });
  await expect(section.getByText('5,000 SBCs', { exact: true })).toBeVisible();
  // One layout only: a table on a wide screen, no hidden cards.
  await expect(section.getByRole('listitem')).toHaveCount(0);
  await expect(section.getByRole('row')).toHaveCount(51);
  await expect(section.getByText('The first 50 of 5,000')).toBeVisible();

  await section.getByRole('button', { name: 'Show all 5,000 SBCs' }).click();
  const all = section.getByRole('group', { name: 'All 5,000 SBCs' });
  await expect(all.getByRole('table')).toHaveAttribute('aria-rowcount', '5001');
  const last = all.getByRole('row').filter({ hasText: 'sbc-4999.example.net' });
  await scrollToEndUntil(all, last);
  await expect(last).toContainText('10.0.19.135');
  await expect(last).toContainText(sbcId(4999));
  await last.getByRole('button', { name: 'Copy FQDN' }).click();
  expect(await readClipboard(page)).toBe('sbc-4999.example.net');

  await expectRawView(page);
  await expectResponsive(page, opened);
});

test('5,000 SBCs on a phone: one card per SBC, all of them on demand', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const opened = await openWith(page, bigAnswers.sbcs.body, new URL(baseURL ?? '').origin);
  const section = page.getByRole('region', { name: 'SBCs' });
  await expect(section.getByRole('table')).toHaveCount(0);
  await expect(section.getByRole('listitem')).toHaveCount(50);
  await section.getByRole('button', { name: 'Show all 5,000 SBCs' }).click();
  const all = section.getByRole('group', { name: 'All 5,000 SBCs' });
  await scrollToEndUntil(
    all,
    all.getByRole('listitem').filter({ hasText: 'sbc-4999.example.net' }),
  );
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
  await expectResponsive(page, opened);
});

test('200,000 empty SBC entries: counted exactly, every one reachable, no crash', async ({
  page,
  baseURL,
}) => {
  const opened = await openWith(page, bigAnswers.emptySbcs.body, new URL(baseURL ?? '').origin);
  const section = page.getByRole('region', { name: 'SBCs' });
  await expect(section.getByText('200,000 SBCs', { exact: true })).toBeVisible();
  await section.getByRole('button', { name: 'Show all 200,000 SBCs' }).click();
  const all = section.getByRole('group', { name: 'All 200,000 SBCs' });
  await expect(all.getByRole('table')).toHaveAttribute('aria-rowcount', '200001');
  await scrollToEndUntil(all, all.locator('tr[aria-rowindex="200001"]'));
  await expect(all.locator('tr[aria-rowindex="200001"]')).toContainText('Not set');

  await expectRawView(page);
  await expectResponsive(page, opened);
});

test('10,000 acquired and 10,000 available capabilities: exact counts, each group in full', async ({
  page,
  baseURL,
}) => {
  const opened = await openWith(page, bigAnswers.capabilities.body, new URL(baseURL ?? '').origin);
  const section = page.getByRole('region', { name: 'Capabilities' });
  await expect(section.getByText('10,000 of 15,000 acquired')).toBeVisible();
  for (const heading of [
    'Acquired but not offered (5,000)',
    'Acquired (5,000)',
    'Available, not acquired (5,000)',
  ]) {
    await expect(section.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  await expect(section.getByRole('listitem')).toHaveCount(150);

  await section.getByRole('button', { name: 'Show all 5,000 available capabilities' }).click();
  const all = section.getByRole('group', { name: 'All 5,000 available capabilities' });
  // Unknown capabilities carry a "new" mark beside their name: the name is part of the text.
  await scrollToEndUntil(all, all.getByText(capabilityName(14_999)));

  await expectRawView(page);
  await expectResponsive(page, opened);
});

test('5,000 unknown fields: listed with exact count, every one reachable', async ({
  page,
  baseURL,
}) => {
  const opened = await openWith(page, bigAnswers.extraFields.body, new URL(baseURL ?? '').origin);
  const section = page.getByRole('region', { name: 'Raw record' });
  await expect(section.getByText('Other fields (5,000)')).toBeVisible();
  await expect(section.getByRole('rowheader')).toHaveCount(50);
  await section.getByRole('button', { name: 'Show all 5,000 other fields' }).click();
  const all = section.getByRole('group', { name: 'All 5,000 other fields' });
  await scrollToEndUntil(all, all.getByRole('rowheader', { name: 'extraField4999' }));

  await expectRawView(page);
  await expectResponsive(page, opened);
});

const longValue = 900 * 1024;

test('a 900 kB tenant id: shown cut short, copied whole', async ({ page, baseURL }) => {
  const opened = await openWith(page, bigAnswers.longTenantId.body, new URL(baseURL ?? '').origin);
  const identity = page.getByRole('region', { name: 'Identity and provenance' });
  await expect(identity.getByText('(921,600 characters: copy to get them all)')).toBeVisible();
  await identity.getByRole('button', { name: 'Copy tenant id' }).click();
  expect(await readClipboard(page)).toHaveLength(longValue);
  await expectRawView(page);
  await expectResponsive(page, opened);
});

test('a 900 kB SBC name: shown cut short, copied whole', async ({ page, baseURL }) => {
  const opened = await openWith(page, bigAnswers.longSbcName.body, new URL(baseURL ?? '').origin);
  const section = page.getByRole('region', { name: 'SBCs' });
  await expect(section.getByText('1 SBC', { exact: true })).toBeVisible();
  await expect(section.getByText('(921,600 characters: copy to get them all)')).toBeVisible();
  await section.getByRole('button', { name: 'Copy FQDN' }).click();
  expect(await readClipboard(page)).toHaveLength(longValue);
  await expectRawView(page);
  await expectResponsive(page, opened);
});

test('a 900 kB unknown field: shown cut short, whole in the raw view', async ({
  page,
  baseURL,
}) => {
  const opened = await openWith(
    page,
    bigAnswers.longExtraField.body,
    new URL(baseURL ?? '').origin,
  );
  const section = page.getByRole('region', { name: 'Raw record' });
  await expect(section.getByRole('rowheader', { name: 'notes' })).toBeVisible();
  await expect(section.getByText(/… \(cut\)$/)).toBeVisible();
  await expectRawView(page);
  await expectResponsive(page, opened);
});
