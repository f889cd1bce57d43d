import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { fakeDist, makeFakeDist } from './testing/fake-dist.ts';
import { sandboxAppConfig } from './sandbox/sandbox-config.ts';
import { sandboxSource } from './sandbox/sandbox-source.ts';

/*
 * The production build served by a real Node server, as `npm start` runs it. Kept apart from
 * static-files.test.ts on purpose: serve() replaces the global Response with @hono/node-server's,
 * which changes how Response headers behave; both must give the same answers.
 */

const { indexHtml: INDEX_HTML, appJs: APP_JS, svg: SVG, immutable: IMMUTABLE } = fakeDist;

let distDir: string;
let removeDist: () => void;
let server: ServerType;
let base: string;

beforeAll(async () => {
  ({ distDir, remove: removeDist } = makeFakeDist());
  const app = createApp({ source: sandboxSource, appConfig: sandboxAppConfig, distDir });
  base = await new Promise<string>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve(`http://127.0.0.1:${info.port}`),
    );
  });
});

afterAll(async () => {
  await new Promise<void>((resolve) => {
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close(() => resolve());
  });
  removeDist();
});

// fetch() decompresses on its own; content-encoding still tells what was sent.
const get = (pathname: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${pathname}`, { headers });

describe('over a real server', () => {
  it.each([
    ['identity', 'identity', null],
    ['br', 'br', 'br'],
    ['gzip', 'gzip', 'gzip'],
  ])('serves the hashed asset (%s), cached for a year', async (_, accept, encoding) => {
    const res = await get('/assets/app-abc123.js', { 'accept-encoding': accept });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(res.headers.get('content-encoding')).toBe(encoding);
    expect(await res.text()).toBe(APP_JS);
  });

  it.each(['/favicon.svg', '/flags/GB.svg'])('serves %s, cached for an hour', async (pathname) => {
    const res = await get(pathname);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(await res.text()).toBe(SVG);
  });

  it.each([
    ['/', 200],
    ['/numbers/+442074996300', 200],
    ['/whatever', 404],
  ])('serves the app at %s (%i), never cached', async (pathname, status) => {
    const res = await get(pathname);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toBe(INDEX_HTML);
  });

  it.each(['/assets/missing.js', '/flags/XX.svg'])('%s → 404, not the app', async (pathname) => {
    const res = await get(pathname);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
  });

  it('answers the API with compressed JSON', async () => {
    const res = await get('/api/app-config', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(['gzip', 'br']).toContain(res.headers.get('content-encoding'));
    expect(await res.json()).toStrictEqual(JSON.parse(JSON.stringify(sandboxAppConfig)));
  });

  it('never answers an /api path with the app', async () => {
    const res = await get('/api/whatever');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
