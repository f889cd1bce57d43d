import { describe, expect, it, vi } from 'vitest';
import vendorExampleJson from '../src/testing/vendor-example.json' with { type: 'json' };
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
  const source: NumberSource = { mode: 'demo', getNumber };
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

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('%s is not answered with the app', async (method) => {
    const { app, getNumber } = makeApp();
    const res = await app.request(`/api/v2/oc/numbers/%2B442074996300`, { method });
    expect([404, 405]).toContain(res.status);
    expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
    expect(getNumber).not.toHaveBeenCalled();
  });

  it('answers 404 problem details when the phone is missing', async () => {
    const { app, getNumber } = makeApp();
    const res = await app.request('/api/v2/oc/numbers/');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
    expect(getNumber).not.toHaveBeenCalled();
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
