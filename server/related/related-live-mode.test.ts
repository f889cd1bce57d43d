import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newSession, sealSession, sessionCookieName } from '../auth/session-cookie.ts';
import { composeApp } from '../compose-app.ts';
import { createLogger } from '../request-log.ts';
import { demoTenants } from '../sandbox/demo-tenants.ts';
import { numbersOfTenant } from '../sandbox/sandbox-numbers.ts';
import { parseSettings } from '../settings.ts';
import type { FakeLivePlatform } from '../testing/fake-live-platform.ts';
import { startLivePair, type LivePair } from '../testing/live-pair.ts';
import type { MockEntra } from '../testing/mock-entra.ts';
import { sandboxSecretValues } from '../testing/sandbox-secrets.ts';
import { staleHeader } from './related-cache.ts';

/*
 * The related reads in live mode, the server composed from its settings as `npm start` does:
 * signed-in staff only, number-status only from the app's own pages and limited per user, the
 * cache in front of the fake Live Platform, and the sandbox's secret-looking customer fields in
 * no answer and no log line.
 */

// The sandbox's customers carry secret-looking fields (ApiKey, webhookToken, …).
const secretValues = sandboxSecretValues();

const tenantId = 'f94238e5-4f2c-4e1b-8125-2d27122ca75f';
const clientSecret = 'lp-client-secret-related-never-shown';
const sessionSecret = 'r'.repeat(40);
const publicUrl = 'http://127.0.0.1:8080';
const TENANT = demoTenants[0]!.tenantId;
const NUMBER_STATUS = '/api/v2/oc/numbers/action/number-status';

let pair: LivePair;
let entra: MockEntra;
let livePlatform: FakeLivePlatform;
let logLines: string[] = [];

const logger = createLogger(
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  }),
);

const liveApp = (extra: Record<string, string> = {}) =>
  composeApp(parseSettings(pair.liveEnv({ clientSecret, sessionSecret }, extra)), { logger });

beforeAll(async () => {
  pair = await startLivePair(tenantId);
  ({ entra, livePlatform } = pair);
});

afterEach(() => {
  for (const line of logLines) {
    for (const value of [...secretValues, clientSecret, ...entra.issuedTokens, TENANT]) {
      expect(line).not.toContain(value);
    }
  }
  logLines = [];
  livePlatform.requests.length = 0;
});

afterAll(() => pair.close());

const cookieFor = async (sub: string) =>
  `${sessionCookieName}=${await sealSession(sessionSecret, newSession({ sub, name: sub, roles: [] }))}`;

const upstreamCalls = (path: string) =>
  livePlatform.requests.filter((request) => request.path === `/tenantui${path}`).length;

function check(app: ReturnType<typeof liveApp>, cookie: string, headers: Record<string, string>) {
  return app.request(NUMBER_STATUS, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ msTenantId: TENANT, telephoneNumbers: ['+442074996300'] }),
  });
}

describe('live mode: related reads', () => {
  it('answers only signed-in staff', async () => {
    const app = liveApp();
    expect((await app.request('/api/v3/customer')).status).toBe(401);
    expect(livePlatform.requests).toHaveLength(0);
  });

  it('customers from Live Platform: allow-listed, nothing secret-looking, in any answer or log', async () => {
    const app = liveApp();
    const res = await app.request('/api/v3/customer', {
      headers: { cookie: await cookieFor('u1') },
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const value of secretValues) expect(text).not.toContain(value);
    expect(text).not.toMatch(/secret|password|key|token|credential/i);
    expect(JSON.parse(text)).toContainEqual(expect.objectContaining({ MsTenantId: TENANT }));
    const lines = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: 'Live Platform call', upstreamPath: '/api/v3/customer' }),
    );
  });

  it('100 detail pages across 10 tenants: 112 upstream requests, not 400', async () => {
    const app = liveApp();
    const headers = { cookie: await cookieFor('u1') };
    // One number of each of 10 tenants; each detail page reads what the browser reads beside it.
    const numbers = demoTenants.slice(0, 10).map((tenant) => {
      const [number] = numbersOfTenant(tenant.tenantId);
      return { telephoneNumber: number!.telephoneNumber, tenantId: tenant.tenantId };
    });
    const before = livePlatform.requests.length;
    for (let lookup = 0; lookup < 100; lookup++) {
      const { telephoneNumber, tenantId: tenant } = numbers[lookup % 10]!;
      const answers = await Promise.all([
        app.request(`/api/v2/oc/numbers/${encodeURIComponent(telephoneNumber)}`, { headers }),
        app.request('/api/v3/customer', { headers }),
        app.request('/api/v2/oc/callingprofile', { headers }),
        app.request(`/api/v2/oc/lead?msTenantID=${tenant}`, { headers }),
      ]);
      for (const answer of answers) expect(answer.status).toBe(200);
    }
    // Numbers are never cached (a lookup is the point); the lists are, and leads per tenant.
    expect(upstreamCalls('/api/v3/customer')).toBe(1);
    expect(upstreamCalls('/api/v2/oc/callingprofile')).toBe(1);
    expect(upstreamCalls('/api/v2/oc/lead')).toBe(10);
    expect(livePlatform.requests.length - before).toBe(100 + 1 + 1 + 10);
  });

  it('Live Platform failing after the cache time: the last copy, marked stale', async () => {
    const app = liveApp({ RELATED_CACHE_SECONDS: '0' });
    const headers = { cookie: await cookieFor('u1') };
    const good = await (await app.request('/api/v2/oc/callingprofile', { headers })).text();
    livePlatform.failNext('status-500');
    const stale = await app.request('/api/v2/oc/callingprofile', { headers });
    expect(stale.status).toBe(200);
    expect(stale.headers.get(staleHeader)).toBe(
      '500 An error occurred while processing your request.',
    );
    expect(stale.headers.get('age')).toMatch(/^\d+$/);
    expect(await stale.text()).toBe(good);
    expect(upstreamCalls('/api/v2/oc/callingprofile')).toBe(2);
  });
});

describe('live mode: number-status', () => {
  it('refuses a cross-site POST, and one that says nothing of where it comes from', async () => {
    const app = liveApp();
    const cookie = await cookieFor('u1');
    for (const headers of [
      { 'sec-fetch-site': 'cross-site' } as Record<string, string>,
      { 'sec-fetch-site': 'same-site' },
      { origin: 'https://evil.example' },
      {},
    ]) {
      const res = await check(app, cookie, headers);
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    expect(livePlatform.requests).toHaveLength(0);
  });

  it('accepts it from the app’s own pages (Sec-Fetch-Site or Origin)', async () => {
    const app = liveApp();
    const cookie = await cookieFor('u1');
    expect((await check(app, cookie, { 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await check(app, cookie, { origin: publicUrl })).status).toBe(200);
    expect(upstreamCalls(NUMBER_STATUS)).toBe(2);
  });

  it('limits each signed-in user, not the others, and sets no browser cookie', async () => {
    const app = liveApp({ NUMBER_STATUS_PER_MINUTE: '2' });
    const ada = await cookieFor('ada');
    const same = { 'sec-fetch-site': 'same-origin' };
    const first = await check(app, ada, same);
    expect(first.headers.get('set-cookie')).toBeNull();
    expect((await check(app, ada, same)).status).toBe(200);
    const limited = await check(app, ada, same);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(55);
    expect(((await limited.json()) as { detail: string }).detail).toBe(
      'You can check 2 numbers with Microsoft a minute.',
    );
    // Another user, and a new session of the same user, are counted as who they are.
    expect((await check(app, await cookieFor('grace'), same)).status).toBe(200);
    expect((await check(app, await cookieFor('ada'), same)).status).toBe(429);
    expect(upstreamCalls(NUMBER_STATUS)).toBe(3);
  });

  it('passes Live Platform’s 429 on with its Retry-After', async () => {
    const app = liveApp();
    livePlatform.failNext('status-429');
    const res = await check(app, await cookieFor('u1'), { 'sec-fetch-site': 'same-origin' });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
  });
});
