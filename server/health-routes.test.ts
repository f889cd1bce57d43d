import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from './app.ts';
import { readyCacheMs } from './health-routes.ts';
import type { NumberSource } from './number-source.ts';
import { createLogger } from './request-log.ts';
import { sandboxAppConfig } from './sandbox/sandbox-config.ts';
import { sandboxSource } from './sandbox/sandbox-source.ts';

const appWith = (source: NumberSource) => createApp({ source, appConfig: sandboxAppConfig });

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

describe('health routes', () => {
  it('says the process is up', async () => {
    const res = await appWith(sandboxSource).request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('is ready in demo mode', async () => {
    const res = await appWith(sandboxSource).request('/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('is not ready when the source says why, and says why only in the log', async () => {
    const why =
      'Token request to http://idp.example/tenant-42/oauth2/v2.0/token failed: AADSTS7000215';
    const failing: NumberSource = {
      mode: 'live',
      read: sandboxSource.read,
      getNumber: () => Promise.reject(new Error('unused')),
      checkReady: () =>
        Promise.reject(
          new Error(why, { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) }),
        ),
    };
    const { lines, logger } = capture();
    const res = await createApp({ source: failing, appConfig: sandboxAppConfig, logger }).request(
      '/readyz',
    );
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ status: 'not ready' });
    for (const secret of ['idp.example', 'tenant-42', 'AADSTS', 'token']) {
      expect(text).not.toContain(secret);
    }
    expect(lines.find((line) => line.msg === 'Not ready')).toMatchObject({
      reason: why,
      cause: 'ECONNRESET',
    });
  });
});

describe('readiness check', () => {
  const counting = (outcome: () => Promise<void>) => {
    const checkReady = vi.fn<NonNullable<NumberSource['checkReady']>>(outcome);
    const source: NumberSource = {
      mode: 'live',
      read: sandboxSource.read,
      getNumber: () => Promise.reject(new Error('unused')),
      checkReady,
    };
    return { app: appWith(source), checkReady };
  };

  afterEach(() => vi.useRealTimers());

  it('checks upstream at most once for 100 calls, concurrent or one after another', async () => {
    const { app, checkReady } = counting(() => sleep(50));
    const concurrent = await Promise.all(
      Array.from({ length: 50 }, async () => app.request('/readyz')),
    );
    for (let i = 0; i < 50; i++) expect((await app.request('/readyz')).status).toBe(200);
    expect(concurrent.every((res) => res.status === 200)).toBe(true);
    expect(checkReady).toHaveBeenCalledTimes(1);
  });

  it('checks at most once for 100 calls while upstream fails', async () => {
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { app, checkReady } = counting(() => Promise.reject(new Error('token endpoint down')));
    const all = await Promise.all(Array.from({ length: 100 }, async () => app.request('/readyz')));
    expect(all.every((res) => res.status === 503)).toBe(true);
    expect(checkReady).toHaveBeenCalledTimes(1);
    expect(consoleWarn).toHaveBeenCalledTimes(1);
    consoleWarn.mockRestore();
  });

  it(`checks again once ${readyCacheMs} ms have passed, and says what it found`, async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    let ready = true;
    const { app, checkReady } = counting(() =>
      ready ? Promise.resolve() : Promise.reject(new Error('down')),
    );
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await app.request('/readyz')).status).toBe(200);
    ready = false;
    vi.advanceTimersByTime(readyCacheMs - 1);
    expect((await app.request('/readyz')).status).toBe(200);
    vi.advanceTimersByTime(1);
    expect((await app.request('/readyz')).status).toBe(503);
    expect(checkReady).toHaveBeenCalledTimes(2);
    consoleWarn.mockRestore();
  });
});

describe('security headers', () => {
  it('are on every answer, with a CSP that allows no inline script', async () => {
    const app = createApp({
      source: sandboxSource,
      appConfig: sandboxAppConfig,
      distDir: undefined,
      https: true,
    });
    const res = await app.request('/api/app-config');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
  });

  it('forbid inline scripts in production and send no HSTS over http', async () => {
    const { makeFakeDist } = await import('./testing/fake-dist.ts');
    const dist = makeFakeDist();
    try {
      const app = createApp({
        source: sandboxSource,
        appConfig: sandboxAppConfig,
        distDir: dist.distDir,
      });
      const res = await app.request('/');
      const scriptSrc = /script-src ([^;]*)/.exec(
        res.headers.get('content-security-policy') ?? '',
      )?.[1];
      expect(scriptSrc).toBe("'self'");
      expect(res.headers.get('strict-transport-security')).toBeNull();
    } finally {
      dist.remove();
    }
  });
});
