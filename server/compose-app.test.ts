import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { composeApp } from './compose-app.ts';
import { createLogger } from './request-log.ts';
import { parseSettings } from './settings.ts';

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

describe('composeApp in demo mode', () => {
  it('writes the request log too: one line per request, number masked', async () => {
    const settings = parseSettings({});
    expect(settings.live).toBeNull();
    const { lines, logger } = capture();
    const app = composeApp(settings, { logger });
    const lookup = await app.request('/api/v2/oc/numbers/%2B442074996300');
    await app.request('/healthz');
    expect(lines).toEqual([
      expect.objectContaining({
        requestId: lookup.headers.get('x-request-id'),
        method: 'GET',
        path: '/api/v2/oc/numbers/:phone',
        status: 200,
      }),
      expect.objectContaining({ method: 'GET', path: '/healthz', status: 200 }),
    ]);
  });
});
