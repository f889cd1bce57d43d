import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { composeApp } from './compose-app.ts';
import { parseSettings } from './settings.ts';
import { startLivePair } from './testing/live-pair.ts';
import { isAppRoute } from './app-paths.ts';
import { isPublicPath } from './auth/require-session.ts';
import { openSearchDescription, openSearchHandler } from './opensearch.ts';
import { sandboxAppConfig } from './sandbox/sandbox-config.ts';
import { sandboxSource } from './sandbox/sandbox-source.ts';
import { makeFakeDist } from './testing/fake-dist.ts';

// The files that make the app installable and searchable (issue 8), as the server hands them out.
const publicDir = path.join(import.meta.dirname, '..', 'public');
const pngs = {
  '/icons/icon-192.png': 192,
  '/icons/icon-512.png': 512,
  '/icons/maskable-192.png': 192,
  '/icons/maskable-512.png': 512,
  '/apple-touch-icon.png': 180,
} as const;

let distDir: string;
let removeDist: () => void;
let app: ReturnType<typeof createApp>;

beforeAll(() => {
  ({ distDir, remove: removeDist } = makeFakeDist());
  mkdirSync(path.join(distDir, 'icons'));
  for (const file of ['manifest.webmanifest', ...Object.keys(pngs)]) {
    copyFileSync(path.join(publicDir, file), path.join(distDir, file));
  }
  app = createApp({ source: sandboxSource, appConfig: sandboxAppConfig, distDir });
});

afterAll(() => removeDist());

/** A GET with the Host header as given (fetch() would not send a forged one). */
function rawGet(port: number, pathname: string, host: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ port, path: pathname, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

describe('the web app manifest', () => {
  it('is served as application/manifest+json, and the CSP lets the page use it', async () => {
    const res = await app.request('/manifest.webmanifest');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    const page = await app.request('/');
    expect(page.headers.get('content-security-policy')).toMatch(/(^|; )manifest-src 'self'(;|$)/);
  });

  it('names the app, opens standalone at the start page, and lists icons that exist', async () => {
    const manifest = (await (await app.request('/manifest.webmanifest')).json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'OC Lookup',
      short_name: 'OC Lookup',
      start_url: '/',
      display: 'standalone',
    });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    const purposes = new Set(manifest.icons.map((icon) => icon.purpose));
    expect(purposes).toEqual(new Set(['any', 'maskable']));
    for (const icon of manifest.icons.filter((entry) => entry.type === 'image/png')) {
      const res = await app.request(icon.src);
      expect(res.status, icon.src).toBe(200);
      const [width] = pngSize(Buffer.from(await res.arrayBuffer()));
      expect(icon.sizes).toBe(`${String(width)}x${String(width)}`);
    }
  });
});

describe('the icons', () => {
  it.each(Object.entries(pngs))(
    '%s is a %d px square PNG, served as image/png',
    async (file, size) => {
      const res = await app.request(file);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(pngSize(bytes)).toEqual([size, size]);
    },
  );

  it('and the manifest are public in live mode (browsers fetch them without the session)', () => {
    for (const file of ['/manifest.webmanifest', '/opensearch.xml', ...Object.keys(pngs)]) {
      expect(isPublicPath(file), file).toBe(true);
    }
  });
});

describe('the OpenSearch description', () => {
  it('is written for the origin it is asked from, and searches the start page', async () => {
    const res = await app.request('http://lookup.example:8443/opensearch.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/opensearchdescription+xml; charset=utf-8',
    );
    expect(res.headers.get('vary')).toMatch(/host/i);
    const xml = await res.text();
    expect(xml).toContain('<ShortName>OC Lookup</ShortName>');
    expect(xml).toContain('template="http://lookup.example:8443/?q={searchTerms}"');
    expect(xml).toContain('<InputEncoding>UTF-8</InputEncoding>');
  });

  it('uses the public address when one is configured, whatever the Host header says', async () => {
    const server = new Hono().get('/opensearch.xml', openSearchHandler('https://oc.example.com/'));
    const res = await server.request('http://127.0.0.1:8080/opensearch.xml', {
      headers: { host: 'evil.example' },
    });
    const xml = await res.text();
    expect(xml).toContain('template="https://oc.example.com/?q={searchTerms}"');
    expect(xml).not.toContain('evil.example');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('uses PUBLIC_URL in live mode, behind a proxy that forwards another Host', async () => {
    const pair = await startLivePair('00000000-0000-0000-0000-0000000000aa');
    try {
      const env = pair.liveEnv(
        {
          clientSecret: 'opensearch-client-secret',
          sessionSecret: 'opensearch-session-secret-0123456789',
        },
        { PUBLIC_URL: 'https://oc.example.com' },
      );
      const live = composeApp(parseSettings(env), { distDir });
      const res = await live.request('http://10.0.0.7:8080/opensearch.xml');
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(body).toContain('template="https://oc.example.com/?q={searchTerms}"');
      expect(body).not.toContain('10.0.0.7');
    } finally {
      await pair.close();
    }
  });

  it('writes no markup a forged Host header could carry, over a real server', async () => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      // Node's parser refuses a Host that is no host name: nothing is written for it.
      for (const host of ['a"><x>.example', 'evil.example/<x>', 'evil.example:80"']) {
        const { status, body } = await rawGet(port, '/opensearch.xml', host);
        expect(status, host).toBe(400);
        expect(body, host).not.toContain('<x>');
      }
      // Any other host is only ever an origin (and the answer is not shared between hosts).
      const other = await rawGet(port, '/opensearch.xml', 'other.example:9999');
      expect(other.status).toBe(200);
      expect(other.body).toContain('template="http://other.example:9999/?q={searchTerms}"');
    } finally {
      server.close();
    }
    // Escaping is the second line: whatever reaches the text is escaped.
    expect(openSearchDescription('http://a"<b>&c')).toContain('http://a&quot;&lt;b&gt;&amp;c/?q=');
  });

  it('is listed by the page for browsers to find', () => {
    const html = readFileSync(path.join(import.meta.dirname, '..', 'index.html'), 'utf8');
    expect(html).toMatch(
      /<link\s+rel="search"\s+type="application\/opensearchdescription\+xml"\s+title="OC Lookup"\s+href="\/opensearch.xml"/,
    );
    expect(html).toMatch(/<link rel="manifest" href="\/manifest.webmanifest"/);
    expect(html).toMatch(/<link rel="apple-touch-icon" href="\/apple-touch-icon.png"/);
  });
});

describe('the batch page', () => {
  it.each(['/batch', '/batch/'])('%s is a page of the app', async (pathname) => {
    expect(isAppRoute(pathname)).toBe(true);
    const res = await app.request(pathname);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  });
});
