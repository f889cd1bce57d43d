import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { demoTenants } from '../../server/sandbox/demo-tenants.ts';
import { sandboxSecretValues } from '../../server/testing/sandbox-secrets.ts';
import type { Page } from '@playwright/test';
import { expect, serverLog, signIn, test } from './fixtures.ts';

/*
 * Live Platform's related reads through the real server in live mode, from a signed-in browser
 * page, against the fake Live Platform (which answers with the sandbox's data): the customer
 * list's secret-looking fields reach no answer, no line of the server's log and no file of the
 * build; one customer-list request upstream serves lookups across tenants; number-status works
 * from the app's own page and is refused to a request from elsewhere.
 */

const secretValues = sandboxSecretValues();
const tenant = demoTenants[0]!.tenantId;

/** A fetch made by the page itself (so the browser sends its own Sec-Fetch-Site and cookies). */
type PageRequest = { method?: string; headers?: Record<string, string>; body?: string };

const pageFetch = (page: Page, url: string, init: PageRequest = {}) =>
  page.evaluate(
    async ([target, options]) => {
      const res = await fetch(target, options);
      return {
        status: res.status,
        text: await res.text(),
        age: res.headers.get('age'),
        stale: res.headers.get('x-oc-lookup-stale'),
      };
    },
    [url, init] as const,
  );

test.beforeEach(async ({ control }) => {
  await control.reset();
});

test('customers: no secret-looking field in any answer, log line or file of the build', async ({
  page,
  control,
}) => {
  expect(secretValues.length).toBeGreaterThanOrEqual(4);
  await signIn(page);
  const before = (await control.livePlatformRequests()).length;
  const answers = [];
  for (const demo of demoTenants.slice(0, 10)) {
    answers.push(await pageFetch(page, '/api/v3/customer'));
    answers.push(await pageFetch(page, `/api/v2/oc/lead?msTenantID=${demo.tenantId}`));
  }
  for (const answer of answers) expect(answer.status).toBe(200);
  expect(answers[0]!.age).toMatch(/^\d+$/);
  const customers = JSON.parse(answers[0]!.text) as Record<string, unknown>[];
  expect(customers).toContainEqual(expect.objectContaining({ MsTenantId: tenant }));

  const upstream = (await control.livePlatformRequests()).slice(before);
  // The stack may have answered customers to other journeys within the cache time: at most one.
  expect(upstream.filter((r) => r.path === '/tenantui/api/v3/customer').length).toBeLessThan(2);

  const everything = [
    ...answers.map((answer) => answer.text),
    readFileSync('test-results/live-server.log', 'utf8'),
    ...readdirSync('dist', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'latin1')),
  ];
  for (const text of everything) {
    for (const value of secretValues) expect(text).not.toContain(value);
  }
  expect(serverLog().some((line) => line.upstreamPath === '/api/v2/oc/lead')).toBe(true);
});

test('number-status: from the app’s own page, not from elsewhere', async ({ page, control }) => {
  await signIn(page);
  const body = JSON.stringify({ msTenantId: tenant, telephoneNumbers: ['+442074996300'] });
  const json = { 'content-type': 'application/json' };
  const own = await pageFetch(page, '/api/v2/oc/numbers/action/number-status', {
    method: 'POST',
    headers: json,
    body,
  });
  expect(own.status).toBe(200);
  expect(JSON.parse(own.text)).toMatchObject({
    telephoneNumbers: [{ telephoneNumber: '+442074996300' }],
  });
  expect(own.age).toBeNull();

  // The same session, but the request says it comes from another site.
  const before = (await control.livePlatformRequests()).length;
  const elsewhere = await page.request.post('/api/v2/oc/numbers/action/number-status', {
    headers: { ...json, origin: 'https://elsewhere.example' },
    data: body,
  });
  expect(elsewhere.status()).toBe(403);
  expect((await control.livePlatformRequests()).length).toBe(before);
});
