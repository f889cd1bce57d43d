import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import vendorExample from '../src/features/numbers/vendor-example.json' with { type: 'json' };
import { newSession, sealSession, sessionCookieName } from './auth/session-cookie.ts';
import { composeApp } from './compose-app.ts';
import { createLogger } from './request-log.ts';
import { parseSettings } from './settings.ts';
import type { FakeLivePlatform } from './testing/fake-live-platform.ts';
import { startLivePair, type LivePair } from './testing/live-pair.ts';
import type { MockEntra } from './testing/mock-entra.ts';

/*
 * The whole server in live mode, composed from its settings as `npm start` does: staff sign-in in
 * front of everything, Live Platform (a fake on loopback) behind the token the server gets.
 */
const tenantId = 'f94238e5-4f2c-4e1b-8125-2d27122ca75f';
const clientSecret = 'lp-client-secret-never-shown';
const sessionSecret = 's'.repeat(40);

let pair: LivePair;
let entra: MockEntra;
let livePlatform: FakeLivePlatform;
let app: ReturnType<typeof composeApp>;

/** The settings of these tests, with Live Platform at `liveUrl`. */
const settingsFor = (liveUrl: string, timeoutMs = 3000) =>
  parseSettings(
    pair.liveEnv(
      { clientSecret, sessionSecret },
      { LIVE_PLATFORM_URL: liveUrl, LIVE_PLATFORM_TIMEOUT_MS: String(timeoutMs) },
    ),
  );

beforeAll(async () => {
  pair = await startLivePair(tenantId);
  ({ entra, livePlatform } = pair);
  app = composeApp(settingsFor(livePlatform.url));
});

afterEach(() => {
  entra.reset();
  entra.tokenRequests.length = 0;
});

afterAll(() => pair.close());

const signedIn = async () => {
  const session = await sealSession(
    sessionSecret,
    newSession({ sub: 'u1', name: 'Ada', roles: [] }),
  );
  return { cookie: `${sessionCookieName}=${session}` };
};

describe('live mode', () => {
  it('answers the API only to signed-in staff', async () => {
    const res = await app.request('/api/v2/oc/numbers/%2B442074996300');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(livePlatform.requests).toHaveLength(0);
  });

  it('sends app pages to sign-in and back to the same deep link', async () => {
    const res = await app.request('/numbers/+442074996300');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/auth/login?returnTo=%2Fnumbers%2F%2B442074996300');
  });

  it('keeps health checks public, and is ready once a token and Live Platform answer', async () => {
    expect((await app.request('/healthz')).status).toBe(200);
    const ready = await app.request('/readyz');
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('looks a number up in Live Platform for a signed-in user', async () => {
    const res = await app.request('/api/v2/oc/numbers/%2B442074996300', {
      headers: await signedIn(),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(vendorExample);
    expect(livePlatform.requests.at(-1)).toMatchObject({ authorized: true });
  });

  it('says which Live Platform it talks to, and never shows the secret', async () => {
    const res = await app.request('/api/app-config', { headers: await signedIn() });
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({
      mode: 'live',
      liveHost: new URL(livePlatform.url).host,
    });
    expect(text).not.toContain(clientSecret);
  });
});

describe('live mode: /readyz', () => {
  /** A Live Platform that counts the requests it gets (readiness sends HEAD to the base URL). */
  async function countingLivePlatform() {
    const seen = { requests: 0 };
    const server = createServer((_req, res) => {
      seen.requests++;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tenantui`;
    const close = () => new Promise((resolve) => server.close(resolve));
    return { seen, url, close };
  }

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

  const hundredCalls = async (live: ReturnType<typeof composeApp>) => {
    const concurrent = await Promise.all(
      Array.from({ length: 50 }, async () => live.request('/readyz')),
    );
    const oneByOne: Response[] = [];
    for (let i = 0; i < 50; i++) oneByOne.push(await live.request('/readyz'));
    return [...concurrent, ...oneByOne];
  };

  it('100 calls make at most one upstream check', async () => {
    const upstream = await countingLivePlatform();
    try {
      const live = composeApp(settingsFor(upstream.url));
      const answers = await hundredCalls(live);
      expect(answers.every((res) => res.status === 200)).toBe(true);
      expect(upstream.seen.requests).toBe(1);
      expect(entra.tokenRequests).toHaveLength(1);
    } finally {
      await upstream.close();
    }
  });

  it('while tokens fail: 100 calls make at most one token request, and say nothing but "not ready"', async () => {
    entra.failNext(401, 1000);
    const upstream = await countingLivePlatform();
    const { lines, logger } = capture();
    try {
      const live = composeApp(settingsFor(upstream.url), { logger });
      const answers = await hundredCalls(live);
      expect(entra.tokenRequests.length).toBeLessThanOrEqual(1);
      expect(upstream.seen.requests).toBe(0);
      for (const res of answers) {
        expect(res.status).toBe(503);
        const text = await res.text();
        expect(JSON.parse(text)).toEqual({ status: 'not ready' });
        for (const leak of [tenantId, new URL(entra.issuer).host, 'oauth2', 'invalid_client']) {
          expect(text).not.toContain(leak);
        }
      }
      // The details are in the log, once, with the cause.
      const notReady = lines.filter((line) => line.msg === 'Not ready');
      expect(notReady).toHaveLength(1);
      expect(notReady[0]!.reason).toContain('invalid_client');
      expect(notReady[0]!.cause).toEqual(expect.any(String));
    } finally {
      await upstream.close();
    }
  });
});

describe('live mode: the token endpoint hangs, then recovers', () => {
  it('the first lookup after LIVE_PLATFORM_TIMEOUT_MS succeeds', async () => {
    const live = composeApp(settingsFor(livePlatform.url, 300));
    const headers = await signedIn();
    entra.failTokensNext('hang');
    const hung = await live.request('/api/v2/oc/numbers/%2B442074996300', { headers });
    expect(hung.status).toBe(504);
    // The shared token request gave up with that lookup (at 300 ms, not after a fixed 10 s).
    await new Promise((resolve) => setTimeout(resolve, 100));
    const next = await live.request('/api/v2/oc/numbers/%2B442074996300', { headers });
    expect(next.status).toBe(200);
  });
});
