import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import vendorExample from '../src/testing/vendor-example.json' with { type: 'json' };
import { newSession, sealSession, sessionCookieName } from './auth/session-cookie.ts';
import { composeApp } from './compose-app.ts';
import { defaultScope, parseSettings } from './settings.ts';
import { startFakeLivePlatform, type FakeLivePlatform } from './testing/fake-live-platform.ts';
import { audienceOf, startMockEntra, type MockEntra } from './testing/mock-entra.ts';

/*
 * The whole server in live mode, composed from its settings as `npm start` does: staff sign-in in
 * front of everything, Live Platform (a fake on loopback) behind the token the server gets.
 */
const tenantId = 'f94238e5-4f2c-4e1b-8125-2d27122ca75f';
const clientSecret = 'lp-client-secret-never-shown';
const sessionSecret = 's'.repeat(40);

let entra: MockEntra;
let livePlatform: FakeLivePlatform;
let app: ReturnType<typeof composeApp>;

beforeAll(async () => {
  entra = await startMockEntra({ tenantId });
  livePlatform = await startFakeLivePlatform({
    issuer: entra.issuer,
    audience: audienceOf(defaultScope),
  });
  const settings = parseSettings({
    LIVE_PLATFORM_URL: livePlatform.url,
    LIVE_PLATFORM_TENANT_ID: tenantId,
    LIVE_PLATFORM_CLIENT_ID: 'lp-client',
    LIVE_PLATFORM_CLIENT_SECRET: clientSecret,
    LIVE_PLATFORM_AUTHORITY: entra.authority,
    LIVE_PLATFORM_TIMEOUT_MS: '3000',
    AUTH_ISSUER: entra.issuer,
    AUTH_CLIENT_ID: 'staff-app',
    AUTH_CLIENT_SECRET: 'staff-secret',
    PUBLIC_URL: 'http://127.0.0.1:8080',
    SESSION_SECRET: sessionSecret,
  });
  app = composeApp(settings);
});

afterAll(async () => {
  await livePlatform.close();
  await entra.stop();
});

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
    expect(await ready.json()).toEqual({ status: 'ready', mode: 'live' });
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
