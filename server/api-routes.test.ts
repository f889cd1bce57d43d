import { describe, expect, it, vi } from 'vitest';
import vendorExampleJson from '../src/features/numbers/vendor-example.json' with { type: 'json' };
import { createApp } from './app.ts';
import type { NumberSource } from './number-source.ts';
import { sandboxAppConfig } from './sandbox/sandbox-config.ts';
import { featuredDemoNumbers } from './sandbox/demo-numbers.ts';
import { reservedNumbers } from './sandbox/reserved-numbers.ts';
import { sandboxSource } from './sandbox/sandbox-source.ts';

const VENDOR_NUMBER = '+442074996300';
const PROBLEM_JSON = /^application\/problem\+json/;

/** A source that records its calls and answers like the sandbox. */
function spySource() {
  const getNumber = vi.fn<NumberSource['getNumber']>((e164, signal) =>
    sandboxSource.getNumber(e164, signal),
  );
  const source: NumberSource = { mode: 'demo', read: sandboxSource.read, getNumber };
  return { source, getNumber };
}

function makeApp() {
  const { source, getNumber } = spySource();
  return { app: createApp({ source, appConfig: sandboxAppConfig }), getNumber };
}

describe('GET /api/app-config', () => {
  it('answers the sandbox config as JSON', async () => {
    const { app } = makeApp();
    const res = await app.request('/api/app-config');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as unknown;
    expect(body).toStrictEqual({
      mode: 'demo',
      featuredNumbers: featuredDemoNumbers,
      reservedNumbers: reservedNumbers.map(({ telephoneNumber, description }) => ({
        telephoneNumber,
        description,
      })),
    });
  });

  it('lists reserved numbers without their internal scenario names', async () => {
    const { app } = makeApp();
    const body = (await (await app.request('/api/app-config')).json()) as {
      reservedNumbers: Record<string, unknown>[];
    };
    expect(body.reservedNumbers.length).toBe(reservedNumbers.length);
    for (const entry of body.reservedNumbers) {
      expect(Object.keys(entry).sort()).toEqual(['description', 'telephoneNumber']);
    }
  });
});

describe('GET /api/v2/oc/numbers/:phone', () => {
  it('answers the vendor example exactly for a URL-encoded +', async () => {
    const { app, getNumber } = makeApp();
    const res = await app.request('/api/v2/oc/numbers/%2B442074996300');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toStrictEqual(vendorExampleJson);
    expect(getNumber).toHaveBeenCalledOnce();
    expect(getNumber).toHaveBeenCalledWith(VENDOR_NUMBER, expect.any(AbortSignal));
  });

  it('accepts an unencoded + too', async () => {
    const { app, getNumber } = makeApp();
    const res = await app.request(`/api/v2/oc/numbers/${VENDOR_NUMBER}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toStrictEqual(vendorExampleJson);
    expect(getNumber).toHaveBeenCalledWith(VENDOR_NUMBER, expect.any(AbortSignal));
  });

  it('passes the request signal on to the source', async () => {
    const { app, getNumber } = makeApp();
    const controller = new AbortController();
    await app.request(`/api/v2/oc/numbers/${VENDOR_NUMBER}`, { signal: controller.signal });
    const signal = getNumber.mock.calls[0]![1];
    expect(signal.aborted).toBe(false);
    controller.abort();
    expect(signal.aborted).toBe(true);
  });

  it('answers 404 problem details for an E.164 number the sandbox does not know', async () => {
    const { app } = makeApp();
    const res = await app.request('/api/v2/oc/numbers/%2B12025550100');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
    expect(await res.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it.each([
    ['letters', 'abc'],
    ['a country code starting with 0', '+0123'],
    ['16 digits', '+1234567890123456'],
    ['a single digit', '+1'],
    ['no plus', '442074996300'],
    ['an encoded path traversal', '%2B44%2F..%2Fadmin'],
    ['a space', '+44 20'],
    ['an encoded space', '%2B44%2020'],
    ['an encoded newline', '%2B44%0A2074996300'],
    ['a trailing dot', '+442074996300.'],
  ])('answers 400 problem details for %s (%s) and never asks the source', async (_, phone) => {
    const { app, getNumber } = makeApp();
    const res = await app.request(`/api/v2/oc/numbers/${phone}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      type: 'about:blank',
      title: 'Not an E.164 phone number',
      status: 400,
    });
    expect(body.detail).toContain('%2B');
    expect(getNumber).not.toHaveBeenCalled();
  });

  it('accepts the longest E.164 number (15 digits: Vienna with an extension)', async () => {
    const { app, getNumber } = makeApp();
    const res = await app.request('/api/v2/oc/numbers/%2B431234567890123');
    expect(res.status).toBe(404);
    expect(getNumber).toHaveBeenCalledWith('+431234567890123', expect.any(AbortSignal));
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])(
    '%s is 405 problem details with Allow, and never asks the source',
    async (method) => {
      const { app, getNumber } = makeApp();
      for (const path of ['/api/v2/oc/numbers/%2B442074996300', '/api/v2/oc/numbers/abc']) {
        const res = await app.request(path, { method, body: method === 'POST' ? '{}' : null });
        expect(res.status).toBe(405);
        expect(res.headers.get('allow')).toBe('GET, HEAD');
        expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
        expect(await res.json()).toMatchObject({ status: 405, title: 'Method not allowed' });
      }
      expect(getNumber).not.toHaveBeenCalled();
    },
  );

  it('answers HEAD like GET, without a body', async () => {
    const { app } = makeApp();
    const res = await app.request(`/api/v2/oc/numbers/${VENDOR_NUMBER}`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.text()).toBe('');
  });

  it('answers 404 problem details when the phone is missing', async () => {
    const { app, getNumber } = makeApp();
    const res = await app.request('/api/v2/oc/numbers/');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
    expect(getNumber).not.toHaveBeenCalled();
  });
});

describe('other methods on /api/app-config', () => {
  it.each(['POST', 'PUT', 'DELETE'])('%s is 405 problem details with Allow', async (method) => {
    const { app } = makeApp();
    const res = await app.request('/api/app-config', { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
  });
});

describe('unknown /api paths', () => {
  it.each([
    '/api/nope',
    '/api/v1/oc/numbers/%2B442074996300',
    '/api/v2/oc/numbers/%2B442074996300/extra',
    '/api/',
  ])('%s → 404 problem details', async (path) => {
    const { app, getNumber } = makeApp();
    const res = await app.request(path);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
    expect(await res.json()).toStrictEqual({
      type: 'about:blank',
      title: 'No such API route',
      status: 404,
    });
    expect(getNumber).not.toHaveBeenCalled();
  });

  it('answers POST to an unknown API path with problem details too', async () => {
    const { app } = makeApp();
    const res = await app.request('/api/whatever', { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
  });
});

describe('a source that fails unexpectedly', () => {
  it('answers 500 without leaking the error', async () => {
    const source: NumberSource = {
      mode: 'demo',
      read: sandboxSource.read,
      getNumber: () => Promise.reject(new Error('secret upstream detail')),
    };
    const app = createApp({ source, appConfig: sandboxAppConfig });
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await app.request(`/api/v2/oc/numbers/${VENDOR_NUMBER}`);
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('secret upstream detail');
    consoleError.mockRestore();
  });
});

/** The lookup route's answer when the source answers `response`. */
async function answerFor(response: Response) {
  const source: NumberSource = {
    mode: 'demo',
    read: sandboxSource.read,
    getNumber: () => Promise.resolve(response),
  };
  return createApp({ source, appConfig: sandboxAppConfig }).request(
    `/api/v2/oc/numbers/${VENDOR_NUMBER}`,
  );
}

const JSON_OR_PROBLEM = /^application\/(problem\+)?json(;|$)/;

describe('every /api answer is JSON, whatever the source answers', () => {
  const script = '<script>alert(1)</script>';

  it.each([
    ['text/html', 200],
    ['text/javascript', 200],
    ['text/plain; charset=utf-8', 503],
    ['text/html', 404],
  ])('a source answer typed %s with HTTP %i', async (type, status) => {
    const res = await answerFor(
      new Response(script, { status, headers: { 'content-type': type } }),
    );
    expect(res.headers.get('content-type')).toMatch(JSON_OR_PROBLEM);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.status).toBe(status === 200 ? 502 : status);
    const body = (await res.json()) as Record<string, unknown>;
    if (status === 200) expect(body).toMatchObject({ upstreamBody: script });
    else expect(JSON.stringify(body)).not.toContain('<script>');
  });

  it('a 200 typed JSON is re-served as application/json; charset=utf-8', async () => {
    const res = await answerFor(
      new Response('{"a":1}', { headers: { 'content-type': 'application/vnd.lp+json' } }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.text()).toBe('{"a":1}');
  });

  it('an empty 401 becomes problem details with the status', async () => {
    const res = await answerFor(new Response(null, { status: 401 }));
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
  });

  it.each(
    reservedNumbers
      .filter(({ scenario }) => !['slow', 'timeout', 'connection-dropped'].includes(scenario))
      .map(({ telephoneNumber, scenario }) => [scenario, telephoneNumber] as const),
  )('demo mode, reserved number for %s (%s)', async (_, e164) => {
    const { app } = makeApp();
    const res = await app.request(`/api/v2/oc/numbers/${encodeURIComponent(e164)}`);
    expect(res.headers.get('content-type')).toMatch(JSON_OR_PROBLEM);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const text = Buffer.from(await res.arrayBuffer()).toString();
    expect(() => JSON.parse(text) as unknown).not.toThrow();
  });

  it.each([
    ['app config', '/api/app-config', 'GET'],
    ['a bad number', '/api/v2/oc/numbers/abc', 'GET'],
    ['an unknown route', '/api/nope', 'GET'],
    ['a wrong method', '/api/app-config', 'DELETE'],
  ])('%s: JSON with nosniff', async (_, path, method) => {
    const { app } = makeApp();
    const res = await app.request(path, { method });
    expect(res.headers.get('content-type')).toMatch(JSON_OR_PROBLEM);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('an unexpected failure: problem details with nosniff', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const source: NumberSource = {
      mode: 'demo',
      read: sandboxSource.read,
      getNumber: () => Promise.reject(new Error('x')),
    };
    const res = await createApp({ source, appConfig: sandboxAppConfig }).request(
      `/api/v2/oc/numbers/${VENDOR_NUMBER}`,
    );
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    consoleError.mockRestore();
  });
});
