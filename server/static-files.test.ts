import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import vendorExampleJson from '../src/features/numbers/vendor-example.json' with { type: 'json' };
import { compressAbove, createApp } from './app.ts';
import { fakeDist, makeFakeDist } from './testing/fake-dist.ts';
import { demoNumbers } from './sandbox/demo-numbers.ts';
import { sandboxAppConfig } from './sandbox/sandbox-config.ts';
import { sandboxSource } from './sandbox/sandbox-source.ts';

const { indexHtml: INDEX_HTML, appJs: APP_JS, svg: SVG, immutable: IMMUTABLE } = fakeDist;

let distDir: string;
let removeDist: () => void;
let app: ReturnType<typeof createApp>;

beforeAll(() => {
  ({ distDir, remove: removeDist } = makeFakeDist());
  app = createApp({ source: sandboxSource, appConfig: sandboxAppConfig, distDir });
});

afterAll(() => {
  removeDist();
});

const get = (pathname: string, headers: Record<string, string> = {}) =>
  app.request(pathname, { headers });

/** The raw bytes of an answer, decompressed by hand where content-encoding says so. */
async function decodedText(res: Response) {
  const bytes = Buffer.from(await res.arrayBuffer());
  switch (res.headers.get('content-encoding')) {
    case 'br':
      return brotliDecompressSync(bytes).toString('utf8');
    case 'gzip':
      return gunzipSync(bytes).toString('utf8');
    default:
      return bytes.toString('utf8');
  }
}

describe('the app (index.html)', () => {
  it.each([
    '/',
    '/numbers/+442074996300',
    '/numbers/%2B442074996300',
    '/numbers/+442074996300/',
    '/numbers/020.7499.6300',
    '/numbers/+44.20.7499.6300',
  ])('%s → 200 index.html, never cached', async (pathname) => {
    const res = await get(pathname);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await decodedText(res)).toBe(INDEX_HTML);
  });

  it('/index.html → 200 index.html, never cached', async () => {
    const res = await get('/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await decodedText(res)).toBe(INDEX_HTML);
  });

  it.each(['/whatever', '/numbers', '/numbers/+44/extra', '/assets', '/flags'])(
    'unknown app path %s → 404 with the app, so it can show its not-found page',
    async (pathname) => {
      const res = await get(pathname);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await decodedText(res)).toBe(INDEX_HTML);
    },
  );

  it('answers HEAD / without a body', async () => {
    const res = await app.request('/', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toBe('');
  });
});

describe('hashed assets', () => {
  it('serves the file', async () => {
    const res = await get('/assets/app-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript|^application\/javascript/);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toBe(APP_JS);
  });

  it('sends the precompressed brotli file to a client that accepts br', async () => {
    const res = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(await decodedText(res)).toBe(APP_JS);
  });

  it('sends the precompressed gzip file to a client that accepts gzip only', async () => {
    const res = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await decodedText(res)).toBe(APP_JS);
  });

  // In-process too: the header is set after serveStatic answers, so any Response class keeps it.
  it.each([
    ['', {}],
    ['(br)', { 'accept-encoding': 'br' }],
    ['(gzip)', { 'accept-encoding': 'gzip' }],
  ])('is cached for a year %s, in-process too', async (_, headers) => {
    const res = await get('/assets/app-abc123.js', headers);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(IMMUTABLE);
  });

  it.each(['/assets/missing.js', '/assets/app-abc123.css', '/assets/deep/missing.js'])(
    '%s → 404, not the app',
    async (pathname) => {
      const res = await get(pathname);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
      expect(res.headers.get('cache-control')).not.toBe(IMMUTABLE);
    },
  );

  it.each(['/assets/app-abc123.js.map', '/assets/APP-ABC123.JS.MAP', '/app-abc123.js.map'])(
    'never hands out a source map: %s → 404',
    async (pathname) => {
      const res = await get(pathname, { 'accept-encoding': 'gzip, br' });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('mappings');
    },
  );

  it.each(['/assets/..%2Findex.html', '/assets/%2e%2e/index.html'])(
    'does not serve %s outside the assets folder as an asset',
    async (pathname) => {
      const res = await get(pathname);
      expect(res.headers.get('cache-control')).not.toBe(IMMUTABLE);
    },
  );
});

describe('public files', () => {
  it.each(['/favicon.svg', '/flags/GB.svg'])('%s → 200 image/svg+xml', async (pathname) => {
    const res = await get(pathname);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await res.text()).toBe(SVG);
  });

  it.each(['/favicon.svg', '/flags/GB.svg'])(
    '%s is cached for an hour, in-process too',
    async (pathname) => {
      const res = await get(pathname);
      expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    },
  );

  it.each(['/flags/XX.svg', '/favicon.ico', '/robots.txt'])(
    '%s → 404, not the app',
    async (pathname) => {
      const res = await get(pathname);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
    },
  );
});

describe('the API beside the build', () => {
  it.each([
    '/api',
    '/api/',
    '/api/nope',
    '/api/index.html',
    '/api/v2/oc/numbers/',
    '/api/v2/oc/numbers/abc',
    '/api/assets/app-abc123.js',
  ])('%s never answers index.html', async (pathname) => {
    const res = await get(pathname);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await decodedText(res)).not.toContain('<html');
  });

  it('still answers lookups', async () => {
    const res = await get('/api/v2/oc/numbers/%2B442074996300');
    expect(res.status).toBe(200);
    expect(JSON.parse(await decodedText(res))).toStrictEqual(vendorExampleJson);
  });

  it('POST /api/v2/oc/numbers/… is not answered with the app', async () => {
    const res = await app.request('/api/v2/oc/numbers/%2B442074996300', { method: 'POST' });
    expect([404, 405]).toContain(res.status);
    expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
  });
});

describe('compression of dynamic answers', () => {
  // The customer list: above the compress middleware's threshold.
  const list = '/api/v3/customer';
  // The largest demo number: below it, so it goes as it is.
  const [largest] = [...demoNumbers].sort(
    (a, b) => JSON.stringify(b).length - JSON.stringify(a).length,
  );
  const lookup = `/api/v2/oc/numbers/${encodeURIComponent(largest!.telephoneNumber)}`;

  it('the chosen answers lie either side of the threshold', async () => {
    expect(JSON.stringify(largest).length).toBeLessThan(compressAbove);
    expect((await (await get(list)).text()).length).toBeGreaterThan(compressAbove);
  });

  it('gzips a JSON answer for a client that accepts gzip', async () => {
    const plain = await (await get(list)).text();
    const res = await get(list, { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(res.headers.get('content-length')).toBeNull();
    expect(await decodedText(res)).toBe(plain);
  });

  it('compresses a JSON answer for a browser accept-encoding (gzip, deflate, br, zstd)', async () => {
    const plain = await (await get(list)).text();
    const res = await get(list, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(['gzip', 'br']).toContain(res.headers.get('content-encoding'));
    expect(await decodedText(res)).toBe(plain);
  });

  it('sends a number’s answer (one TCP segment) as it is, with its length', async () => {
    const res = await get(lookup, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(Number(res.headers.get('content-length'))).toBe(JSON.stringify(largest).length);
    expect(await res.json()).toStrictEqual(largest);
  });

  it('sends it uncompressed to a client that accepts no encoding', async () => {
    const res = await get(list);
    expect(res.headers.get('content-encoding')).toBeNull();
    JSON.parse(await res.text());
  });

  it('sends it uncompressed to a client that refuses gzip (gzip;q=0)', async () => {
    const res = await get(list, { 'accept-encoding': 'gzip;q=0, identity' });
    expect(res.headers.get('content-encoding')).toBeNull();
    JSON.parse(await res.text());
  });

  // compress() skips small answers only when they declare a Content-Length, so answers do.
  it('leaves a problem answer below the threshold uncompressed', async () => {
    const res = await get('/api/nope', { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-encoding')).toBeNull();
  });

  it('compresses index.html for a client that accepts gzip', async () => {
    const res = await get('/', { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(await decodedText(res)).toBe(INDEX_HTML);
  });
});

describe('without a build (development)', () => {
  it('answers the API but no app paths', async () => {
    const devApp = createApp({ source: sandboxSource, appConfig: sandboxAppConfig });
    expect((await devApp.request('/api/app-config')).status).toBe(200);
    expect((await devApp.request('/')).status).toBe(404);
    expect((await devApp.request('/assets/app-abc123.js')).status).toBe(404);
  });
});
