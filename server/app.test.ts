import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { sandboxAppConfig } from './sandbox/sandbox-config.ts';
import { sandboxSource } from './sandbox/sandbox-source.ts';
import { makeFakeDist } from './testing/fake-dist.ts';

let dist: ReturnType<typeof makeFakeDist>;
let app: ReturnType<typeof createApp>;

beforeAll(() => {
  dist = makeFakeDist();
  app = createApp({ source: sandboxSource, appConfig: sandboxAppConfig, distDir: dist.distDir });
});

afterAll(() => dist.remove());

describe('methods other than GET on pages, files and health checks', () => {
  it.each([
    ['POST', '/'],
    ['POST', '/numbers/+442074996300'],
    ['PUT', '/index.html'],
    ['DELETE', '/assets/app-abc123.js'],
    ['PATCH', '/favicon.svg'],
    ['OPTIONS', '/'],
    ['POST', '/healthz'],
    ['POST', '/readyz'],
    ['POST', '/no/such/page'],
  ])('%s %s → 405 with Allow', async (method, path) => {
    const res = await app.request(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(res.headers.get('content-type')).not.toMatch(/html/);
  });

  it('GET and HEAD still answer as before', async () => {
    expect((await app.request('/')).status).toBe(200);
    expect((await app.request('/', { method: 'HEAD' })).status).toBe(200);
    expect((await app.request('/no/such/page')).status).toBe(404);
    expect((await app.request('/healthz')).status).toBe(200);
  });

  it('leaves /auth/* to the sign-in routes', async () => {
    expect((await app.request('/auth/logout', { method: 'POST' })).status).toBe(404);
  });
});
