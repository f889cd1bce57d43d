import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ocNumberSchema } from '../../src/features/numbers/schema.ts';
import vendorExampleJson from '../../src/features/numbers/vendor-example.json' with { type: 'json' };
import { createApp } from '../app.ts';
import { DropConnection, type NumberSource } from '../number-source.ts';
import { unexpectedAnswer } from '../upstream-answer.ts';
import { demoNumbers } from './demo-numbers.ts';
import { reservedNumbers, type ReservedScenario } from './reserved-numbers.ts';
import { sandboxAppConfig } from './sandbox-config.ts';
import { sandboxSource } from './sandbox-source.ts';

const PROBLEM_JSON = /^application\/problem\+json/;
const JSON_TYPE = /^application\/json/;
const traceIdPattern = /^00-[0-9]{32}-[0-9a-f]{16}-00$/;

const numberOf = (scenario: ReservedScenario) => {
  const found = reservedNumbers.find((r) => r.scenario === scenario);
  if (!found) throw new Error(`no reserved number for ${scenario}`);
  return found.telephoneNumber;
};

const app = createApp({ source: sandboxSource, appConfig: sandboxAppConfig });
/** What the sandbox itself answers: Live Platform's answer as it would come (the fake serves it). */
const sandboxAnswer = (e164: string) => sandboxSource.getNumber(e164, new AbortController().signal);
const lookUp = (e164: string, init?: RequestInit) =>
  app.request(`/api/v2/oc/numbers/${encodeURIComponent(e164)}`, init);

describe('reserved numbers', () => {
  it('has one number per scenario, all distinct and all E.164', () => {
    const scenarios = reservedNumbers.map((r) => r.scenario);
    expect(new Set(scenarios).size).toBe(scenarios.length);
    const numbers = reservedNumbers.map((r) => r.telephoneNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers) expect(n).toMatch(/^\+442079460\d{3}$/);
  });

  it('has a description for each', () => {
    for (const r of reservedNumbers) expect(r.description.length).toBeGreaterThan(0);
  });
});

describe('sandbox scenarios through the API', () => {
  it('not-found: 404 problem details with a traceId', async () => {
    const e164 = numberOf('not-found');
    const res = await lookUp(e164);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404 });
    expect(body.traceId).toMatch(traceIdPattern);
    expect(body.traceId).toContain(e164.slice(1));
  });

  it('null-body: 200 with the JSON body null', async () => {
    const res = await lookUp(numberOf('null-body'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(JSON_TYPE);
    expect(await res.text()).toBe('null');
  });

  it('unauthorized: the sandbox sends 401, WWW-Authenticate, an empty body', async () => {
    const raw = await sandboxAnswer(numberOf('unauthorized'));
    expect(raw.status).toBe(401);
    expect(raw.headers.get('www-authenticate')).toBe('Bearer');
    expect(await raw.text()).toBe('');
  });

  it('unauthorized: the API answers 401 problem details (only ever JSON)', async () => {
    const res = await lookUp(numberOf('unauthorized'));
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
    expect(await res.json()).toMatchObject({ status: 401, title: 'Unauthorized' });
  });

  it('forbidden: 403 problem details with detail and traceId', async () => {
    const res = await lookUp(numberOf('forbidden'));
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ title: 'Forbidden', status: 403 });
    expect(body.detail).toEqual(expect.any(String));
    expect(body.traceId).toMatch(traceIdPattern);
  });

  it('rate-limited: 429 problem details with Retry-After: 2', async () => {
    const res = await lookUp(numberOf('rate-limited'));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
    expect(await res.json()).toMatchObject({ title: 'Too Many Requests', status: 429 });
  });

  it('server-error: 500 problem details with traceId and errorTicket', async () => {
    const e164 = numberOf('server-error');
    const res = await lookUp(e164);
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      type: 'about:blank',
      title: 'An error occurred while processing your request.',
      status: 500,
      errorTicket: 'LP-7F3A-2291',
    });
    expect(body.traceId).toMatch(traceIdPattern);
    expect(body.traceId).toContain(e164.slice(1));
  });

  it('unavailable: the sandbox sends 503 plain text', async () => {
    const raw = await sandboxAnswer(numberOf('unavailable'));
    expect(raw.status).toBe(503);
    expect(raw.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await raw.text()).toBe('Service Unavailable');
  });

  it('unavailable: the API answers 503 problem details', async () => {
    const res = await lookUp(numberOf('unavailable'));
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
    expect(await res.json()).toMatchObject({ status: 503, title: 'Service Unavailable' });
  });

  it('malformed-json: the sandbox sends 200 application/json that JSON.parse rejects', async () => {
    const raw = await sandboxAnswer(numberOf('malformed-json'));
    expect(raw.status).toBe(200);
    expect(raw.headers.get('content-type')).toMatch(JSON_TYPE);
    const text = await raw.text();
    expect(text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
  });

  it('malformed-json: the API answers 502 "answered unexpectedly" with the body inside', async () => {
    const e164 = numberOf('malformed-json');
    const res = await lookUp(e164);
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
    expect(await res.json()).toMatchObject({
      type: unexpectedAnswer.type,
      title: unexpectedAnswer.title,
      upstreamStatus: 200,
      upstreamBody: await (await sandboxAnswer(e164)).text(),
    });
  });

  it('schema-mismatch: 200 valid JSON that ocNumberSchema rejects', async () => {
    const res = await lookUp(numberOf('schema-mismatch'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(JSON_TYPE);
    const body = (await res.json()) as unknown;
    expect(body).toEqual(expect.any(Object));
    const parsed = ocNumberSchema.safeParse(body);
    expect(parsed.success).toBe(false);
    const failedPaths = parsed.error!.issues.map((issue) => issue.path[0]);
    expect(failedPaths).toEqual(
      expect.arrayContaining(['telephoneNumber', 'acquiredCapabilities', 'sbcList']),
    );
  });

  it('slow: answers a valid number after about 3 seconds', { timeout: 5000 }, async () => {
    const e164 = numberOf('slow');
    const started = performance.now();
    const res = await lookUp(e164);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(2900);
    expect(res.status).toBe(200);
    const parsed = ocNumberSchema.safeParse(await res.json());
    expect(parsed.success).toBe(true);
    expect(parsed.data?.telephoneNumber).toBe(e164);
  });

  it.each(['slow', 'timeout'] as const)(
    '%s: ends promptly when the client goes away',
    { timeout: 2000 },
    async (scenario) => {
      const controller = new AbortController();
      const started = performance.now();
      setTimeout(() => controller.abort(), 50);
      const res = await lookUp(numberOf(scenario), { signal: controller.signal });
      expect(performance.now() - started).toBeLessThan(1000);
      // Nobody reads this answer; 499 is nginx's "client closed request".
      expect(res.status).toBe(499);
    },
  );

  it('connection-dropped: in-process (no socket) it is not answered as a success', async () => {
    // app.request has no Node socket to destroy (c.env is undefined), so the route's
    // c.env.incoming throws and Hono answers 500; what matters is that no 2xx goes out.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await lookUp(numberOf('connection-dropped'));
    expect(res.ok).toBe(false);
    consoleError.mockRestore();
  });
});

describe('sandboxSource.getNumber', () => {
  const never = new AbortController().signal;

  it('is the demo source', () => {
    expect(sandboxSource.mode).toBe('demo');
  });

  it('answers the vendor example unchanged', async () => {
    const res = await sandboxSource.getNumber('+442074996300', never);
    expect(await res.json()).toStrictEqual(vendorExampleJson);
  });

  it.each(demoNumbers.map((n) => [n.telephoneNumber] as const))(
    'answers %s with a body the schema accepts',
    async (e164) => {
      const res = await sandboxSource.getNumber(e164, never);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(JSON_TYPE);
      const parsed = ocNumberSchema.safeParse(await res.json());
      expect(parsed.success).toBe(true);
      expect(parsed.data?.telephoneNumber).toBe(e164);
    },
  );

  it('answers an unknown number with 404 problem details', async () => {
    const res = await sandboxSource.getNumber('+15550100999', never);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
  });

  it('connection-dropped rejects with DropConnection', async () => {
    const answer = sandboxSource.getNumber(numberOf('connection-dropped'), never);
    await expect(answer).rejects.toBeInstanceOf(DropConnection);
    await expect(answer).rejects.toMatchObject({ name: 'DropConnection' });
  });

  it.each(['slow', 'timeout'] as const)('%s rejects promptly when aborted', async (scenario) => {
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 50);
    await expect(
      sandboxSource.getNumber(numberOf(scenario), controller.signal),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('timeout does not answer within a second', async () => {
    const controller = new AbortController();
    const answer = sandboxSource.getNumber(numberOf('timeout'), controller.signal);
    const outcome = await Promise.race([
      answer.then(() => 'answered'),
      new Promise((resolve) => setTimeout(() => resolve('pending'), 1000)),
    ]);
    expect(outcome).toBe('pending');
    controller.abort();
    await expect(answer).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('over a real socket', () => {
  let server: ServerType | undefined;

  afterEach(async () => {
    const running = server;
    server = undefined;
    if (!running) return;
    await new Promise<void>((resolve) => {
      if ('closeAllConnections' in running) running.closeAllConnections();
      running.close(() => resolve());
    });
  });

  const start = (fetchHandler = app.fetch) =>
    new Promise<string>((resolve) => {
      server = serve({ fetch: fetchHandler, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
        resolve(`http://127.0.0.1:${info.port}`),
      );
    });

  it('answers a demo number', async () => {
    const base = await start();
    const res = await fetch(`${base}/api/v2/oc/numbers/%2B442074996300`);
    expect(res.status).toBe(200);
    expect(await res.json()).toStrictEqual(vendorExampleJson);
  });

  it('connection-dropped destroys the socket, so fetch rejects', async () => {
    const base = await start();
    const e164 = encodeURIComponent(numberOf('connection-dropped'));
    await expect(fetch(`${base}/api/v2/oc/numbers/${e164}`)).rejects.toThrow(TypeError);
  });

  it('keeps serving after a dropped connection', async () => {
    const base = await start();
    const e164 = encodeURIComponent(numberOf('connection-dropped'));
    await expect(fetch(`${base}/api/v2/oc/numbers/${e164}`)).rejects.toThrow();
    const res = await fetch(`${base}/api/app-config`);
    expect(res.status).toBe(200);
  });

  it('timeout: the client aborting ends the request', async () => {
    const base = await start();
    const e164 = encodeURIComponent(numberOf('timeout'));
    const started = performance.now();
    await expect(
      fetch(`${base}/api/v2/oc/numbers/${e164}`, { signal: AbortSignal.timeout(100) }),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('timeout: the client going away aborts the signal the source sleeps on', async () => {
    const signals: AbortSignal[] = [];
    const source: NumberSource = {
      mode: 'demo',
      read: sandboxSource.read,
      getNumber: (e164, signal) => {
        signals.push(signal);
        return sandboxSource.getNumber(e164, signal);
      },
    };
    const base = await start(createApp({ source, appConfig: sandboxAppConfig }).fetch);
    const e164 = encodeURIComponent(numberOf('timeout'));
    const controller = new AbortController();
    const answer = fetch(`${base}/api/v2/oc/numbers/${e164}`, { signal: controller.signal });
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    expect(signals[0]!.aborted).toBe(false);
    controller.abort();
    await expect(answer).rejects.toMatchObject({ name: 'AbortError' });
    await vi.waitFor(() => expect(signals[0]!.aborted).toBe(true), { timeout: 1000 });
  });
});

describe('sandboxSource.read', () => {
  it('answers Live Platform’s related reads from the sandbox data set', async () => {
    const signal = new AbortController().signal;
    const res = await sandboxSource.read({ method: 'GET', path: '/api/v3/customer' }, signal);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(JSON_TYPE);
    const customers = (await res.json()) as { MsTenantId: string }[];
    const tenants = new Set(demoNumbers.map((n) => n.tenantId).filter((id) => id !== null));
    for (const tenantId of tenants) {
      expect(customers.map((c) => c.MsTenantId)).toContain(tenantId);
    }
  });

  it('answers a path Live Platform does not have with 404 problem details', async () => {
    const signal = new AbortController().signal;
    const res = await sandboxSource.read({ method: 'GET', path: '/api/v9/nothing' }, signal);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
  });
});
