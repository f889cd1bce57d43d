import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { closedPort } from '../testing/closed-port.ts';
import { startHangingTokenEndpoint } from '../testing/hanging-token-endpoint.ts';
import { startMockEntra, type MockEntra } from '../testing/mock-entra.ts';
import { createTokenProvider, TokenRequestError, type TokenSettings } from './token-provider.ts';

const SECRET = 'client-secret-Zq9~never-shown';
const SCOPE = 'api://9d576dc4-b85d-4571-880e-4c6ed4c08c31/.default';
const HOUR_MS = 3600 * 1000;

let entra: MockEntra;
let settings: TokenSettings;

beforeAll(async () => {
  entra = await startMockEntra({ tenantId: 'tenant-1' });
  settings = {
    authority: entra.authority,
    tenantId: 'tenant-1',
    clientId: 'client-1',
    clientSecret: SECRET,
    scope: SCOPE,
    timeoutMs: 2000,
  };
});

afterAll(() => entra.stop());

afterEach(() => {
  vi.useRealTimers();
  entra.tokenRequests.length = 0;
  entra.issuedTokens.length = 0;
  entra.setExpiresIn(undefined);
  entra.failNext(500, 0);
});

const provider = (options: { earlyRefreshMs?: number } = {}) =>
  createTokenProvider(settings, { allowInsecureHttp: true, ...options });

/** Moves only Date (what token expiry is measured with); timers and sockets run for real. */
const fakeClock = () => vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });

describe('createTokenProvider', () => {
  it('gets a token with the client-credentials grant, secret in the form body, and the scope', async () => {
    const token = await provider().getToken();
    expect(token).toBe(entra.issuedTokens[0]);
    expect(entra.tokenRequests).toEqual([
      {
        grant_type: 'client_credentials',
        client_id: 'client-1',
        client_secret: SECRET,
        scope: SCOPE,
      },
    ]);
  });

  it('reuses the cached token', async () => {
    const tokens = provider();
    const first = await tokens.getToken();
    expect(await tokens.getToken()).toBe(first);
    expect(await tokens.getToken()).toBe(first);
    expect(entra.tokenRequests).toHaveLength(1);
  });

  it('makes one request for 50 concurrent callers', async () => {
    const tokens = provider();
    const all = await Promise.all(Array.from({ length: 50 }, () => tokens.getToken()));
    expect(new Set(all).size).toBe(1);
    expect(entra.tokenRequests).toHaveLength(1);
  });

  it('fetches a new token earlyRefreshMs (default 60 s) before expires_in runs out', async () => {
    fakeClock();
    const tokens = provider();
    await tokens.getToken();
    vi.setSystemTime(Date.now() + HOUR_MS - 61_000);
    await tokens.getToken();
    expect(entra.tokenRequests).toHaveLength(1);
    vi.setSystemTime(Date.now() + 2_000);
    await tokens.getToken();
    expect(entra.tokenRequests).toHaveLength(2);
  });

  it('honours a custom earlyRefreshMs', async () => {
    fakeClock();
    const tokens = provider({ earlyRefreshMs: 10 * 60_000 });
    await tokens.getToken();
    vi.setSystemTime(Date.now() + HOUR_MS - 9 * 60_000);
    await tokens.getToken();
    expect(entra.tokenRequests).toHaveLength(2);
  });

  it('uses at least half of a token shorter-lived than earlyRefreshMs', async () => {
    fakeClock();
    entra.setExpiresIn(30);
    const tokens = provider();
    await tokens.getToken();
    vi.setSystemTime(Date.now() + 14_000);
    await tokens.getToken();
    expect(entra.tokenRequests).toHaveLength(1);
    vi.setSystemTime(Date.now() + 2_000);
    await tokens.getToken();
    expect(entra.tokenRequests).toHaveLength(2);
  });

  it('does not keep a failure: the next call tries again', async () => {
    entra.failNext(500);
    const tokens = provider();
    await expect(tokens.getToken()).rejects.toBeInstanceOf(TokenRequestError);
    const token = await tokens.getToken();
    expect(token).toBe(entra.issuedTokens[0]);
    expect(entra.tokenRequests).toHaveLength(2);
  });

  it('shares one failed request among concurrent callers', async () => {
    entra.failNext(401);
    const tokens = provider();
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => tokens.getToken()));
    expect(results.every((result) => result.status === 'rejected')).toBe(true);
    expect(entra.tokenRequests).toHaveLength(1);
  });

  it('says why a request failed, without the secret', async () => {
    entra.failNext(401);
    const error: unknown = await provider()
      .getToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenRequestError);
    const message = (error as Error).message;
    expect(message).toContain('invalid_client');
    expect(message).toContain('/tenant-1/oauth2/v2.0/token');
    expect(message).not.toContain(SECRET);
    expect(JSON.stringify(error)).not.toContain(SECRET);
  });

  it('fails with a TokenRequestError when the endpoint cannot be reached', async () => {
    const port = await closedPort();
    const tokens = createTokenProvider(
      { ...settings, authority: `http://127.0.0.1:${port}/tenant-1` },
      { allowInsecureHttp: true },
    );
    const error: unknown = await tokens.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenRequestError);
    expect((error as Error).message).not.toContain(SECRET);
  });

  it('invalidate drops the cached token only while it is still that token', async () => {
    const tokens = provider();
    const first = await tokens.getToken();
    tokens.invalidate('some-older-token');
    expect(await tokens.getToken()).toBe(first);
    expect(entra.tokenRequests).toHaveLength(1);
    tokens.invalidate(first);
    await tokens.getToken();
    expect(entra.tokenRequests).toHaveLength(2);
  });

  it('refuses a plain-http authority unless allowed (tests only)', () => {
    expect(() => createTokenProvider(settings)).toThrow(/must be https/);
    expect(() =>
      createTokenProvider({ ...settings, authority: 'https://login.microsoftonline.com/t' }),
    ).not.toThrow();
  });
});

describe('createTokenProvider: timeout', () => {
  it.each([100, 1001, 2300, 4100, 120_000])(
    'gets a token with LIVE_PLATFORM_TIMEOUT_MS = %i',
    async (timeoutMs) => {
      const tokens = createTokenProvider({ ...settings, timeoutMs }, { allowInsecureHttp: true });
      expect(await tokens.getToken()).toBe(entra.issuedTokens[0]);
    },
  );
});

describe('createTokenProvider: a token endpoint that hangs', () => {
  it('gives up after timeoutMs (less than a second works), then gets a token once it recovers', async () => {
    const endpoint = await startHangingTokenEndpoint();
    try {
      const tokens = createTokenProvider(
        { ...settings, authority: endpoint.authority, timeoutMs: 300 },
        { allowInsecureHttp: true },
      );
      const started = performance.now();
      const error: unknown = await tokens.getToken().catch((e: unknown) => e);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(error).toBeInstanceOf(TokenRequestError);
      expect((error as TokenRequestError).reason).toBe('timeout');
      await vi.waitFor(() => expect(endpoint.abandoned()).toBe(1));

      endpoint.state.hanging = false;
      expect(await tokens.getToken()).toBe('token-2');
    } finally {
      await endpoint.close();
    }
  });
});
