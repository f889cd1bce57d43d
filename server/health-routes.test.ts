import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import type { NumberSource } from './number-source.ts';
import { sandboxAppConfig } from './sandbox/sandbox-config.ts';
import { sandboxSource } from './sandbox/sandbox-source.ts';

const appWith = (source: NumberSource) => createApp({ source, appConfig: sandboxAppConfig });

describe('health routes', () => {
  it('says the process is up', async () => {
    const res = await appWith(sandboxSource).request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('is ready in demo mode', async () => {
    const res = await appWith(sandboxSource).request('/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', mode: 'demo' });
  });

  it('is not ready when the source says why', async () => {
    const failing: NumberSource = {
      mode: 'live',
      getNumber: () => Promise.reject(new Error('unused')),
      checkReady: () => Promise.reject(new Error('no token: the identity provider refused')),
    };
    const res = await appWith(failing).request('/readyz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      status: 'not ready',
      mode: 'live',
      reason: 'no token: the identity provider refused',
    });
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
