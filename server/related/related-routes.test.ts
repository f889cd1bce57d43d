import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app.ts';
import type { NumberSource } from '../number-source.ts';
import { problem } from '../problem.ts';
import { answerRelated } from '../sandbox/related-answers.ts';
import { sandboxAppConfig } from '../sandbox/sandbox-config.ts';
import { demoTenants } from '../sandbox/demo-tenants.ts';
import { sandboxSource } from '../sandbox/sandbox-source.ts';
import type { RelatedSettings } from '../settings.ts';
import type { UpstreamRequest } from '../upstream-request.ts';
import { browserCookieName } from './caller-key.ts';
import { customerFieldAllowList } from './customer-fields.ts';
import { sandboxSecretValues } from '../testing/sandbox-secrets.ts';
import { staleHeader } from './related-cache.ts';

/*
 * The related-read routes in demo mode, through the whole app, with a source that records every
 * request it is asked and answers as the sandbox does unless a test says otherwise.
 */

// The sandbox's customers carry secret-looking fields (ApiKey, webhookToken, …).
const secretValues = sandboxSecretValues();

const TENANT = demoTenants[0]!.tenantId;
const NUMBER = '+442074996300';
const PROBLEM_JSON = /^application\/problem\+json/;

type Answer = (request: UpstreamRequest, signal: AbortSignal) => Promise<Response>;

function setUp(options: { answer?: Answer; related?: Partial<RelatedSettings> } = {}) {
  const read = vi.fn<Answer>(options.answer ?? answerRelated);
  const source: NumberSource = {
    mode: 'demo',
    getNumber: (e164, signal) => sandboxSource.getNumber(e164, signal),
    read,
  };
  const app = createApp({
    source,
    appConfig: sandboxAppConfig,
    related: { cacheSeconds: 300, numberStatusPerMinute: 5, ...options.related },
  });
  const callsTo = (path: string) => read.mock.calls.filter(([request]) => request.path === path);
  return { app, read, callsTo };
}

const postStatus = (
  app: ReturnType<typeof setUp>['app'],
  body: unknown = { msTenantId: TENANT, telephoneNumbers: [NUMBER] },
  headers: Record<string, string> = {},
) =>
  app.request('/api/v2/oc/numbers/action/number-status', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('related reads: what goes upstream', () => {
  it.each<[string, UpstreamRequest]>([
    ['/api/v3/customer', { method: 'GET', path: '/api/v3/customer', query: {} }],
    ['/api/v2/oc/callingprofile', { method: 'GET', path: '/api/v2/oc/callingprofile', query: {} }],
    [
      `/api/v2/oc/lead?msTenantID=${TENANT.toUpperCase()}&pageSize=10`,
      { method: 'GET', path: '/api/v2/oc/lead', query: { msTenantID: TENANT, pageSize: '10' } },
    ],
    [
      `/api/v3/oc/numbers?msTenantId=${TENANT}&acquiredNumberStatus=Active&pageNumber=2&pageSize=200`,
      {
        method: 'GET',
        path: '/api/v3/oc/numbers',
        query: {
          msTenantId: TENANT,
          acquiredNumberStatus: 'Active',
          pageNumber: '2',
          pageSize: '200',
        },
      },
    ],
  ])('GET %s', async (url, expected) => {
    const { app, read } = setUp();
    const res = await app.request(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(read).toHaveBeenCalledExactlyOnceWith(expected, expect.any(AbortSignal));
  });

  it('POST number-status with one tenant and one number', async () => {
    const { app, read } = setUp();
    const res = await postStatus(app);
    expect(res.status).toBe(200);
    expect(res.headers.get('age')).toBeNull();
    const body = (await res.json()) as { telephoneNumbers: { telephoneNumber: string }[] };
    expect(body.telephoneNumbers[0]?.telephoneNumber).toBe(NUMBER);
    expect(read).toHaveBeenCalledExactlyOnceWith(
      {
        method: 'POST',
        path: '/api/v2/oc/numbers/action/number-status',
        body: { msTenantId: TENANT, telephoneNumbers: [NUMBER] },
      },
      expect.any(AbortSignal),
    );
  });
});

describe('related reads: bad input never goes upstream', () => {
  it.each([
    '/api/v3/customer?msTenantId=x',
    '/api/v2/oc/callingprofile?callingProfileId=x',
    '/api/v2/oc/lead',
    '/api/v2/oc/lead?msTenantID=nope',
    `/api/v2/oc/lead?msTenantID=${TENANT}&pageSize=501`,
    `/api/v2/oc/lead?msTenantId=${TENANT}`,
    '/api/v3/oc/numbers',
    `/api/v3/oc/numbers?msTenantId=${TENANT}&pageNumber=0`,
    `/api/v3/oc/numbers?msTenantId=${TENANT}&acquiredNumberStatus=Gone`,
    `/api/v3/oc/numbers?msTenantId=${TENANT}&msTenantId=${TENANT}`,
  ])('GET %s: 400 saying what to send', async (url) => {
    const { app, read } = setUp();
    const res = await app.request(url);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
    const body = (await res.json()) as { title: string; detail: string; errors: object };
    expect(body.title).toBe('Invalid parameters');
    expect(body.detail).toMatch(/(must|is required|is not a parameter)/);
    expect(Object.keys(body.errors).length).toBeGreaterThan(0);
    expect(read).not.toHaveBeenCalled();
  });

  it.each<[string, number, unknown]>([
    ['no tenant', 400, { telephoneNumbers: [NUMBER] }],
    ['two numbers', 400, { msTenantId: TENANT, telephoneNumbers: [NUMBER, '+442079461001'] }],
    ['a national number', 400, { msTenantId: TENANT, telephoneNumbers: ['02074996300'] }],
    ['not JSON', 400, '{"msTenantId":'],
    ['a huge body', 413, { msTenantId: TENANT, telephoneNumbers: [NUMBER], x: 'a'.repeat(5000) }],
  ])('POST number-status with %s: %i', async (_, status, body) => {
    const { app, read } = setUp();
    const res = await postStatus(app, body);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
    expect(read).not.toHaveBeenCalled();
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'])(
    'POST number-status as %s: 415 (JSON only)',
    async (type) => {
      const { app, read } = setUp();
      const res = await postStatus(app, undefined, { 'content-type': type });
      expect(res.status).toBe(415);
      expect(read).not.toHaveBeenCalled();
    },
  );

  it('has no route for a single customer (it holds the customer’s secret)', async () => {
    const { app, read } = setUp();
    const res = await app.request(`/api/v3/customer/${TENANT}`);
    expect(res.status).toBe(404);
    expect(read).not.toHaveBeenCalled();
  });
});

describe('related reads: methods', () => {
  it.each([
    '/api/v3/customer',
    '/api/v2/oc/callingprofile',
    `/api/v2/oc/lead?msTenantID=${TENANT}`,
    `/api/v3/oc/numbers?msTenantId=${TENANT}`,
  ])('POST, PUT, DELETE on %s: 405, Allow: GET, HEAD', async (url) => {
    const { app, read } = setUp();
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await app.request(url, { method });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
      expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
    }
    expect(read).not.toHaveBeenCalled();
  });

  it('HEAD on a read: its headers, no body', async () => {
    const { app } = setUp();
    const res = await app.request('/api/v3/customer', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('age')).toBe('0');
    expect(await res.text()).toBe('');
  });

  it('GET, HEAD, PUT, DELETE on number-status: 405, Allow: POST', async () => {
    const { app, read } = setUp();
    for (const method of ['GET', 'HEAD', 'PUT', 'DELETE']) {
      const res = await app.request('/api/v2/oc/numbers/action/number-status', { method });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
    }
    expect(read).not.toHaveBeenCalled();
  });
});

describe('customer list: only the allow-list', () => {
  // The sandbox's customers carry ApiKey, webhookToken, servicePassword and accessTokenCache.

  it('passes on only the allowed members of each customer, nothing secret-looking', async () => {
    const { app } = setUp();
    const upstream = JSON.stringify(
      await (
        await answerRelated(
          { method: 'GET', path: '/api/v3/customer' },
          new AbortController().signal,
        )
      ).json(),
    );
    expect(secretValues.length).toBeGreaterThanOrEqual(4);
    for (const value of secretValues) expect(upstream).toContain(value);
    const res = await app.request('/api/v3/customer');
    const text = await res.text();
    for (const value of secretValues) expect(text).not.toContain(value);
    expect(text).not.toMatch(/secret|password|key|token|credential/i);
    const customers = JSON.parse(text) as Record<string, unknown>[];
    expect(customers.length).toBeGreaterThanOrEqual(10);
    for (const customer of customers) {
      for (const name of Object.keys(customer)) {
        expect(customerFieldAllowList).toContain(name);
      }
    }
    expect(customers).toContainEqual(expect.objectContaining({ MsTenantId: TENANT }));
  });

  it('a list that is not a list: 502, with nothing of the body', async () => {
    const { app } = setUp({
      answer: () => Promise.resolve(Response.json({ ApplicationClientSecret: 'sec-1' })),
    });
    const res = await app.request('/api/v3/customer');
    expect(res.status).toBe(502);
    expect(await res.text()).not.toContain('sec-1');
  });

  it('an unreadable customer answer: 502, with nothing of the body', async () => {
    const { app } = setUp({
      answer: () =>
        Promise.resolve(
          new Response('<html>ApplicationClientSecret=sec-2</html>', {
            headers: { 'content-type': 'text/html' },
          }),
        ),
    });
    const res = await app.request('/api/v3/customer');
    expect(res.status).toBe(502);
    const body = (await res.json()) as Record<string, unknown>;
    expect(JSON.stringify(body)).not.toContain('sec-2');
    expect(body).not.toHaveProperty('upstreamBody');
    expect(body.detail).toMatch(/text\/html/);
  });

  it('other reads drop secret-looking members too, at any depth', async () => {
    const { app } = setUp({
      answer: () =>
        Promise.resolve(
          Response.json([{ id: 1, civicAddresses: [{ id: 'a', accessToken: 'tok-3' }] }]),
        ),
    });
    const res = await app.request(`/api/v2/oc/lead?msTenantID=${TENANT}`);
    expect(await res.json()).toStrictEqual([{ id: 1, civicAddresses: [{ id: 'a' }] }]);
  });
});

describe('related reads: the cache', () => {
  it('50 lookups across 10 tenants: one customer list, one profile list, one lead per tenant', async () => {
    const { app, callsTo } = setUp();
    const tenants = demoTenants.slice(0, 10).map((tenant) => tenant.tenantId);
    expect(new Set(tenants).size).toBe(10);
    for (let lookup = 0; lookup < 50; lookup++) {
      const tenant = tenants[lookup % 10]!;
      const answers = await Promise.all([
        app.request('/api/v3/customer'),
        app.request('/api/v2/oc/callingprofile'),
        app.request(`/api/v2/oc/lead?msTenantID=${tenant}`),
      ]);
      for (const answer of answers) expect(answer.status).toBe(200);
    }
    expect(callsTo('/api/v3/customer')).toHaveLength(1);
    expect(callsTo('/api/v2/oc/callingprofile')).toHaveLength(1);
    expect(callsTo('/api/v2/oc/lead')).toHaveLength(10);
  });

  it('concurrent callers share one upstream request', async () => {
    const { app, callsTo } = setUp({
      answer: async (request, signal) => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        return answerRelated(request, signal);
      },
    });
    const answers = await Promise.all(
      Array.from({ length: 25 }, async () => app.request('/api/v3/customer')),
    );
    expect(callsTo('/api/v3/customer')).toHaveLength(1);
    const bodies = await Promise.all(answers.map((answer) => answer.text()));
    expect(new Set(bodies).size).toBe(1);
  });

  it('asks again after the cache time, with Age counting up meanwhile', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { app, callsTo } = setUp({ related: { cacheSeconds: 60 } });
    expect((await app.request('/api/v2/oc/callingprofile')).headers.get('age')).toBe('0');
    vi.advanceTimersByTime(59_000);
    expect((await app.request('/api/v2/oc/callingprofile')).headers.get('age')).toBe('59');
    expect(callsTo('/api/v2/oc/callingprofile')).toHaveLength(1);
    vi.advanceTimersByTime(1_000);
    expect((await app.request('/api/v2/oc/callingprofile')).headers.get('age')).toBe('0');
    expect(callsTo('/api/v2/oc/callingprofile')).toHaveLength(2);
  });

  it('serves the last good copy marked stale when Live Platform fails', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let failing = false;
    const { app } = setUp({
      related: { cacheSeconds: 60 },
      answer: (request, signal) =>
        failing
          ? Promise.resolve(problem(503, 'Service Unavailable'))
          : answerRelated(request, signal),
    });
    const good = await (await app.request(`/api/v2/oc/lead?msTenantID=${TENANT}`)).text();
    failing = true;
    vi.advanceTimersByTime(90_000);
    const stale = await app.request(`/api/v2/oc/lead?msTenantID=${TENANT}`);
    expect(stale.status).toBe(200);
    expect(stale.headers.get(staleHeader)).toBe('503 Service Unavailable');
    expect(stale.headers.get('age')).toBe('90');
    expect(await stale.text()).toBe(good);
    // Another tenant's lead has no copy: the failure is passed on.
    const other = await app.request(`/api/v2/oc/lead?msTenantID=${demoTenants[1]!.tenantId}`);
    expect(other.status).toBe(503);
  });

  it('never caches a tenant’s numbers or number-status', async () => {
    const { app, callsTo } = setUp();
    for (let i = 0; i < 3; i++) {
      expect((await app.request(`/api/v3/oc/numbers?msTenantId=${TENANT}`)).status).toBe(200);
      expect((await postStatus(app)).status).toBe(200);
    }
    expect(callsTo('/api/v3/oc/numbers')).toHaveLength(3);
    expect(callsTo('/api/v2/oc/numbers/action/number-status')).toHaveLength(3);
  });
});

describe('number-status: limited per browser in demo mode', () => {
  const cookieOf = (res: Response) => {
    const header = res.headers.get('set-cookie') ?? '';
    return /^([^;]+)/.exec(header)?.[1] ?? '';
  };

  it('gives a browser an id cookie: HttpOnly, SameSite=Strict, for /api only', async () => {
    const { app } = setUp();
    const res = await postStatus(app);
    const header = res.headers.get('set-cookie') ?? '';
    expect(header).toMatch(new RegExp(`^${browserCookieName}=[0-9a-f-]{36}; `));
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; SameSite=Strict/);
    expect(header).toMatch(/; Path=\/api/);
    // Known browsers are not sent a new one.
    const again = await postStatus(app, undefined, { cookie: cookieOf(res) });
    expect(again.headers.get('set-cookie')).toBeNull();
  });

  it('the sixth check in a minute: 429 with Retry-After and the limit in words', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { app, callsTo } = setUp();
    const first = await postStatus(app);
    const cookie = cookieOf(first);
    for (let i = 0; i < 4; i++) {
      vi.advanceTimersByTime(1000);
      expect((await postStatus(app, undefined, { cookie })).status).toBe(200);
    }
    vi.advanceTimersByTime(10_000);
    const limited = await postStatus(app, undefined, { cookie });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toMatch(PROBLEM_JSON);
    expect(limited.headers.get('retry-after')).toBe('46');
    expect(await limited.json()).toMatchObject({
      status: 429,
      title: 'Too many checks with Microsoft',
      detail: 'You can check 5 numbers with Microsoft a minute.',
      limitPerMinute: 5,
      retryAfterSeconds: 46,
    });
    expect(callsTo('/api/v2/oc/numbers/action/number-status')).toHaveLength(5);
    // Another browser is not held up.
    expect((await postStatus(app)).status).toBe(200);
    // A minute after the first check, one more is allowed.
    vi.advanceTimersByTime(46_000);
    expect((await postStatus(app, undefined, { cookie })).status).toBe(200);
  });

  it('a refused request does not count', async () => {
    const { app } = setUp({ related: { numberStatusPerMinute: 1 } });
    const cookie = cookieOf(await postStatus(app, { msTenantId: 'x', telephoneNumbers: [] }));
    expect(cookie).toBe('');
    const first = await postStatus(app);
    const known = { cookie: cookieOf(first) };
    await postStatus(app, { msTenantId: TENANT, telephoneNumbers: [] }, known);
    expect(first.status).toBe(200);
    expect((await postStatus(app, undefined, known)).status).toBe(429);
  });

  it('passes Live Platform’s own 429 on, its Retry-After clamped to 120 s', async () => {
    const { app } = setUp({
      answer: () =>
        Promise.resolve(
          new Response('{"title": "Too Many Requests"}', {
            status: 429,
            headers: { 'content-type': 'application/json', 'retry-after': '99999' },
          }),
        ),
    });
    const res = await postStatus(app);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('120');
  });
});
