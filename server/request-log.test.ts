import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { createLogger } from './request-log.ts';
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
