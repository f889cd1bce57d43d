import { delay, http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { mswServer } from '../testing/msw-server.ts';
import { getJson, getJsonWithBody, postJsonWithBody } from './api-client.ts';
import { ApiError } from './api-error.ts';
import { retryDelay, shouldRetry } from './query-client.ts';
import { parseRetryAfter } from './retry-after.ts';

const schema = z.object({ ok: z.boolean() });
const answer = (resolver: Parameters<typeof http.get>[1]) =>
  mswServer.use(http.get('/api/test', resolver));
const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected a failure');
};

describe('getJson', () => {
  it('returns the parsed body', async () => {
    answer(() => HttpResponse.json({ ok: true, extra: 1 }));
    await expect(getJson('/api/test', schema)).resolves.toEqual({ ok: true });
  });

  it.each([
    [404, 'not-found'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [429, 'rate-limited'],
    [500, 'upstream'],
    [503, 'upstream'],
    [504, 'timeout'],
    [400, 'bad-request'],
  ])('turns HTTP %i into %s', async (status, kind) => {
    answer(() => new HttpResponse(null, { status }));
    expect(await failure(getJson('/api/test', schema))).toMatchObject({
      kind,
      details: { status },
    });
  });

  it("tells our own 401 (no session) from Live Platform's 401 by the problem type", async () => {
    answer(() =>
      HttpResponse.json(
        { type: '/problems/session-required', title: 'Not signed in', status: 401 },
        { status: 401, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    expect(await failure(getJson('/api/test', schema))).toMatchObject({
      kind: 'session-expired',
      details: { status: 401 },
    });
    answer(() =>
      HttpResponse.json(
        { type: 'about:blank', title: 'Unauthorized', status: 401 },
        { status: 401, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    expect(await failure(getJson('/api/test', schema))).toMatchObject({ kind: 'unauthorized' });
    // The type only counts with a 401: a 500 that claims it is still a 500.
    answer(() => HttpResponse.json({ type: '/problems/session-required' }, { status: 500 }));
    expect(await failure(getJson('/api/test', schema))).toMatchObject({ kind: 'upstream' });
  });

  it('keeps the problem details staff need', async () => {
    answer(() =>
      HttpResponse.json(
        { title: 'Boom', detail: 'It broke.', traceId: '00-ab-01', errorTicket: 'T-9', extra: 'x' },
        { status: 500, headers: { 'retry-after': '5' } },
      ),
    );
    expect(await failure(getJson('/api/test', schema))).toMatchObject({
      kind: 'upstream',
      message: 'It broke.',
      details: { traceId: '00-ab-01', errorTicket: 'T-9', detail: 'It broke.', retryAfterMs: 5000 },
    });
  });

  it.each([
    ['plain text', 'Service Unavailable'],
    ['a JSON array', '[1,2]'],
    ['JSON with odd types', '{"title": 5, "traceId": {"a": 1}}'],
  ])('survives an error body that is %s', async (_name, body) => {
    answer(() => new HttpResponse(body, { status: 503 }));
    const error = await failure(getJson('/api/test', schema));
    expect(error).toMatchObject({
      kind: 'upstream',
      details: { rawBody: body, traceId: undefined },
    });
  });

  it('reports malformed JSON with the raw body', async () => {
    answer(() => new HttpResponse('{"ok": tr'));
    expect(await failure(getJson('/api/test', schema))).toMatchObject({
      kind: 'invalid-response',
      details: { rawBody: '{"ok": tr' },
    });
  });

  it('reports a body that breaks the schema, naming the field', async () => {
    answer(() => HttpResponse.json({ ok: 'yes' }));
    const error = await failure(getJson('/api/test', schema));
    expect(error.kind).toBe('invalid-response');
    expect(error.details.issues).toEqual(['ok: Invalid input: expected boolean, received string']);
  });

  it('reports a network failure', async () => {
    answer(() => HttpResponse.error());
    expect(await failure(getJson('/api/test', schema))).toMatchObject({ kind: 'network' });
  });

  it('times out', async () => {
    answer(async () => {
      await delay('infinite');
      return HttpResponse.json({ ok: true });
    });
    expect(await failure(getJson('/api/test', schema, { timeoutMs: 50 }))).toMatchObject({
      kind: 'timeout',
    });
  });

  it('passes a cancellation through as it is, not as an ApiError', async () => {
    answer(async () => {
      await delay('infinite');
      return HttpResponse.json({ ok: true });
    });
    const controller = new AbortController();
    const request = getJson('/api/test', schema, { signal: controller.signal });
    controller.abort();
    const error = await failure(request);
    expect(error).not.toBeInstanceOf(ApiError);
  });
});

describe('answer headers and POST', () => {
  it("gives the answer's headers with the parsed body", async () => {
    answer(() =>
      HttpResponse.json({ ok: true }, { headers: { age: '42', 'x-oc-lookup-stale': 'upstream' } }),
    );
    const result = await getJsonWithBody('/api/test', schema);
    expect(result.data).toEqual({ ok: true });
    expect(result.headers.get('age')).toBe('42');
    expect(result.headers.get('x-oc-lookup-stale')).toBe('upstream');
  });

  it('POSTs the payload as JSON and parses the answer', async () => {
    let received: { method: string; type: string | null; body: unknown } | undefined;
    mswServer.use(
      http.post('/api/action', async ({ request }) => {
        received = {
          method: request.method,
          type: request.headers.get('content-type'),
          body: await request.json(),
        };
        return HttpResponse.json({ ok: false });
      }),
    );
    const result = await postJsonWithBody('/api/action', { a: ['+44'] }, schema);
    expect(result.data).toEqual({ ok: false });
    expect(received).toEqual({ method: 'POST', type: 'application/json', body: { a: ['+44'] } });
  });

  it('turns a refused POST into the same typed error, with Retry-After and the detail', async () => {
    mswServer.use(
      http.post('/api/action', () =>
        HttpResponse.json(
          { title: 'Too many checks', detail: 'At most 5 checks a minute.' },
          { status: 429, headers: { 'retry-after': '12' } },
        ),
      ),
    );
    expect(await failure(postJsonWithBody('/api/action', {}, schema))).toMatchObject({
      kind: 'rate-limited',
      message: 'At most 5 checks a minute.',
      details: { status: 429, retryAfterMs: 12_000 },
    });
  });
});

describe('retry policy', () => {
  const error = (kind: ApiError['kind'], retryAfterMs?: number) =>
    new ApiError(kind, 'x', { retryAfterMs });

  it.each([
    ['upstream', 2, true],
    ['upstream', 3, false],
    ['network', 2, true],
    ['rate-limited', 2, true],
    ['timeout', 0, true],
    ['timeout', 1, false],
    ['not-found', 0, false],
    ['unauthorized', 0, false],
    ['session-expired', 0, false],
    ['forbidden', 0, false],
    ['invalid-response', 0, false],
    ['bad-request', 0, false],
  ] as const)('%s after %i failures: retry %s', (kind, failures, expected) => {
    expect(shouldRetry(failures, error(kind))).toBe(expected);
  });

  it('does not retry what is not an ApiError', () => {
    expect(shouldRetry(0, new TypeError('bug'))).toBe(false);
  });

  it('waits as long as Retry-After says, and backs off otherwise', () => {
    expect(retryDelay(0, error('rate-limited', 7000))).toBe(7000);
    expect(retryDelay(0, error('rate-limited', 600_000))).toBe(60_000);
    expect([0, 1, 2, 5].map((n) => retryDelay(n, error('upstream')))).toEqual([
      1000, 2000, 4000, 8000,
    ]);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-27T12:00:00Z');
  it.each([
    ['2', 2000],
    [' 10 ', 10_000],
    ['Fri, 27 Nov 2026 12:00:30 GMT', 30_000],
    ['Fri, 27 Nov 2026 11:00:00 GMT', 0],
    ['soon', undefined],
    [null, undefined],
  ])('%j → %j ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
