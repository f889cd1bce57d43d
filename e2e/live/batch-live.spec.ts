import { demoNumbers } from '../../server/sandbox/demo-numbers.ts';
import { expect, signIn, test } from './fixtures.ts';

/*
 * Batch lookup in live mode, signed in, against the fake Live Platform: every number is read
 * from Live Platform once, and a 429 (Retry-After: 7) slows the queue down until it has passed,
 * after which the refused number is asked again and found.
 */

const numbers = demoNumbers.slice(0, 6).map((n) => n.telephoneNumber);
const lookupPath = '/tenantui/api/v2/oc/numbers/';

test.beforeEach(async ({ control }) => {
  await control.reset();
});

test('looks a list up in Live Platform, waiting out a 429', async ({ page, control }) => {
  test.setTimeout(90_000);
  const before = (await control.livePlatformRequests()).length;
  await control.failNext('status-429', 1);
  await signIn(page, '/batch');
  await page.getByRole('textbox', { name: 'Numbers' }).fill(numbers.join('\n'));
  const started = Date.now();
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByText('All 6 looked up.')).toBeVisible({ timeout: 45_000 });
  expect(Date.now() - started).toBeGreaterThanOrEqual(7000);
  await expect(page.getByText('Found 6 · Not found 0 · Failed 0 · Left 0')).toBeVisible();
  const asked = (await control.livePlatformRequests())
    .slice(before)
    .filter((request) => request.path.startsWith(lookupPath));
  // Six numbers, one of them twice (refused, then answered).
  expect(asked).toHaveLength(7);
  expect(
    new Set(asked.map((request) => decodeURIComponent(request.path.slice(lookupPath.length)))),
  ).toEqual(new Set(numbers));
  await expect(page.getByRole('group', { name: /^Batch of / }).getByRole('link')).toHaveCount(6);
});
