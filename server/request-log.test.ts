import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import type { NumberSource } from './number-source.ts';
import { acceptedRequestId, createLogger, loggedPath } from './request-log.ts';
import { sandboxAppConfig } from './sandbox/sandbox-config.ts';
import { sandboxSource } from './sandbox/sandbox-source.ts';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger(stream) };
}

describe('request log', () => {
  it('writes one JSON line per request with its id, masked path and status', async () => {
    const { lines, logger } = capture();
    const app = createApp({ source: sandboxSource, appConfig: sandboxAppConfig, logger });
    const res = await app.request('/api/v2/oc/numbers/%2B442074996300', {
      headers: { cookie: 'oc_session=secret-cookie', authorization: 'Bearer secret-token' },
    });
    expect(res.status).toBe(200);
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      requestId,
      method: 'GET',
      path: '/api/v2/oc/numbers/:phone',
      status: 200,
      latencyMs: expect.any(Number) as unknown,
    });
    const text = JSON.stringify(lines);
    expect(text).not.toContain('442074996300');
    expect(text).not.toContain('secret-cookie');
    expect(text).not.toContain('secret-token');
  });

  it('keeps a well-formed request id from the proxy in front', async () => {
    const { lines, logger } = capture();
    const app = createApp({ source: sandboxSource, appConfig: sandboxAppConfig, logger });
    const res = await app.request('/healthz', { headers: { 'x-request-id': 'lb-12345678' } });
    expect(res.headers.get('x-request-id')).toBe('lb-12345678');
    expect(lines[0]).toMatchObject({ requestId: 'lb-12345678', path: '/healthz' });
    const odd = await app.request('/healthz', { headers: { 'x-request-id': 'evil id; rm -rf' } });
    expect(odd.headers.get('x-request-id')).not.toContain('evil');
  });
});

describe('request log: fields stay on their own line', () => {
  it('a line written while serving a request does not leak its fields into later lines', async () => {
    const { lines, logger } = capture();
    // A source that logs as the live source does, then answers.
    const source: NumberSource = {
      mode: 'live',
      read: sandboxSource.read,
      getNumber: (e164, signal) => {
        logger.info({ upstreamStatus: 200, attempt: 1, cause: 'x' }, 'Live Platform call');
        logger.info('a second line');
        return sandboxSource.getNumber(e164, signal);
      },
    };
    const app = createApp({ source, appConfig: sandboxAppConfig, logger });
    await app.request('/api/v2/oc/numbers/%2B442074996300');
    await app.request('/api/v2/oc/numbers/%2B442074996300');
    expect(lines).toHaveLength(6);
    const [upstream, second, request] = lines;
    expect(upstream).toMatchObject({ upstreamStatus: 200, attempt: 1 });
    for (const line of [
      second,
      request,
      ...lines.slice(3).filter((l) => l.msg !== 'Live Platform call'),
    ]) {
      expect(line).not.toHaveProperty('upstreamStatus');
      expect(line).not.toHaveProperty('attempt');
      expect(line).not.toHaveProperty('cause');
    }
    expect(request).not.toHaveProperty('msg');
    // Each line still carries the id of its own request.
    expect(new Set(lines.slice(0, 3).map((line) => line.requestId)).size).toBe(1);
    expect(lines[3]!.requestId).not.toBe(lines[0]!.requestId);
  });
});

describe('request log: numbers are masked whatever the path looks like', () => {
  const digits = '442074996300';

  it.each([
    '/api/v2/oc/numbers/%2B442074996300',
    '/api/v2/oc/numbers/+442074996300',
    '/api/v2/oc/numbers//%2B442074996300',
    '/api/v2/oc/numbers/%2b442074996300/extra',
    '/API/V2/OC/NUMBERS/+442074996300',
    '/Api/v2/oc/Numbers/%2B442074996300',
    '/api/v2/oc/numbers%2F%2B442074996300',
    '/api/v2/oc/numbers/%2B44%2020%207499%206300',
    '/numbers/+44-20-7499-6300',
    '/numbers/(020)%207499.6300',
    '/x/442074996300/y',
    '/x/+44 20 7499 6300',
    '/x/%34%34%32%30%37%34%39%39%36%33%30%30',
    '/x/%2B44%E0%A5%A8074996300',
    '/x/４４２０７４９９６３００',
    '/x/%ZZ442074996300',
  ])('%s', (path) => {
    const logged = loggedPath(path);
    expect(logged).not.toMatch(/\p{Nd}{5}/u);
    expect(logged).not.toContain(digits.slice(-6));
  });

  it('keeps the shape of the path', () => {
    expect(loggedPath('/api/v2/oc/numbers/%2B442074996300')).toBe('/api/v2/oc/numbers/:phone');
    expect(loggedPath('/API/V2/OC/NUMBERS/+442074996300')).toBe('/API/V2/OC/NUMBERS/:phone');
    expect(loggedPath('/x/+442074996300/y')).toBe('/x/:phone/y');
    expect(loggedPath('/assets/index-a1b2.js')).toBe('/assets/index-a1b2.js');
    expect(loggedPath('/api/v2/oc/numbers')).toBe('/api/v2/oc/numbers');
    // The related reads keep their paths; their tenant ids are in the query, never logged.
    expect(loggedPath('/api/v2/oc/numbers/action/number-status')).toBe(
      '/api/v2/oc/numbers/action/number-status',
    );
    expect(loggedPath('/api/v3/oc/numbers?msTenantId=f94238e5-4f2c-4e1b-8125-2d27122ca75f')).toBe(
      '/api/v3/oc/numbers',
    );
    expect(loggedPath('/api/v2/oc/numbers/action/number-status/+442074996300')).toBe(
      '/api/v2/oc/numbers/:phone',
    );
  });

  it('drops the query string and caps the length', () => {
    expect(loggedPath('/numbers?number=%2B442074996300')).toBe('/numbers');
    expect(loggedPath(`/${'a'.repeat(1000)}`)).toHaveLength(201);
  });

  it('masks the path of a real request with an odd path and a query', async () => {
    const { lines, logger } = capture();
    const app = createApp({ source: sandboxSource, appConfig: sandboxAppConfig, logger });
    await app.request('/API/V2/OC/NUMBERS/+442074996300?again=%2B442074996300');
    await app.request('/api/v2/oc/numbers//%2B442074996300');
    expect(JSON.stringify(lines)).not.toContain('996300');
  });
});

describe('request log: X-Request-Id from the proxy in front', () => {
  it.each([
    ['a UUID', '3f2c5a9e-7a4b-4c1d-9e8f-0a1b2c3d4e5f'],
    ['a load balancer id', 'lb-12345678'],
    ['64 characters', 'a'.repeat(64)],
  ])('keeps %s', (_, id) => {
    expect(acceptedRequestId(id)).toBe(id);
  });

  it.each([
    ['CR/LF', 'abcdefgh\r\nx-evil: 1'],
    ['JSON', '{"requestId":"forged"}'],
    ['200 characters', 'a'.repeat(200)],
    ['65 characters', 'a'.repeat(65)],
    ['100 characters', 'b'.repeat(100)],
    ['spaces', 'evil id; rm -rf'],
    ['too short', 'abc'],
    ['non-ASCII letters', 'ідентифікатор-1'],
    ['nothing', undefined],
  ])('replaces %s', (_, id) => {
    expect(acceptedRequestId(id)).toBeUndefined();
  });

  it('answers with its own id when the incoming one is refused', async () => {
    const { lines, logger } = capture();
    const app = createApp({ source: sandboxSource, appConfig: sandboxAppConfig, logger });
    const res = await app.request('/healthz', { headers: { 'x-request-id': 'c'.repeat(100) } });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines[0]!.requestId).toBe(res.headers.get('x-request-id'));
  });
});
