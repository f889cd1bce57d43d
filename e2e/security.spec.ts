import { expect, test, type APIResponse } from '@playwright/test';
import { reservedNumbers } from '../server/sandbox/reserved-numbers.ts';
import { numberPath, vendorExample } from './helpers.ts';

/*
 * The security rules of the server, asserted against the production build on the real server:
 * the hardening headers on every kind of answer, JSON and nothing else from /api whatever the
 * source sends, and no source map handed out. (Sign-in redirects, sign-out and the secrets audit
 * are journeys of the live project, e2e/live/.)
 */

const api = (e164: string) => `/api/v2/oc/numbers/${encodeURIComponent(e164)}`;

const expectHardened = (response: APIResponse) => {
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("object-src 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
};

const expectJson = async (response: APIResponse) => {
  expect(response.headers()['content-type']).toMatch(/^application\/(problem\+)?json/);
  // The body really is JSON, whatever the header says.
  const text = await response.text();
  expect(() => JSON.parse(text) as unknown, text.slice(0, 200)).not.toThrow();
};

test.describe('hardening headers', () => {
  for (const path of [
    '/',
    numberPath(vendorExample.e164),
    '/no-such-page',
    '/favicon.svg',
    '/api/app-config',
    api(vendorExample.e164),
    api('+12'),
    '/api/nope',
    '/healthz',
    '/readyz',
  ]) {
    test(`on ${path}`, async ({ request }) => {
      expectHardened(await request.get(path));
    });
  }
});

test.describe('the API answers JSON only', () => {
  // Every failure the sandbox reproduces, the not-JSON and plain-text ones included; the slow,
  // hanging and dropped ones are left to the failure-state journeys (they never answer, or late).
  const answering = reservedNumbers.filter(
    (entry) => !['slow', 'timeout', 'connection-dropped'].includes(entry.scenario),
  );
  for (const { telephoneNumber, scenario } of answering) {
    test(`for the reserved ${scenario} number`, async ({ request }) => {
      const response = await request.get(api(telephoneNumber));
      await expectJson(response);
      expectHardened(response);
    });
  }

  for (const path of [
    api(vendorExample.e164),
    api('+12'),
    api('<script>alert(1)</script>'),
    '/api/v2/oc/numbers/',
    '/api/nope.js',
    '/api/app-config',
  ]) {
    test(`for GET ${path}`, async ({ request }) => {
      await expectJson(await request.get(path));
    });
  }

  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'] as const) {
    test(`for ${method} on a number: 405 with Allow`, async ({ request }) => {
      const response = await request.fetch(api(vendorExample.e164), { method });
      expect(response.status()).toBe(405);
      expect(response.headers()['allow']).toMatch(/GET/);
      await expectJson(response);
    });
  }
});

test('no source map is handed out, and no script points to one', async ({ page, request }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    const body = await (await request.get(script)).text();
    expect(body, script).not.toMatch(/sourceMappingURL/);
    const map = await request.get(`${new URL(script).pathname}.map`);
    expect(map.status(), `${script}.map`).toBe(404);
  }
});
