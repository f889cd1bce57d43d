import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import { EncryptJWT } from 'jose';
import { OAuth2Server } from 'oauth2-mock-server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger, requestLog } from '../request-log.ts';
import type { LiveSettings } from '../settings.ts';
import { closedPort } from '../testing/closed-port.ts';
import { authRoutes } from './auth-routes.ts';
import { createOidcClient } from './oidc.ts';
import { requireSession, type SessionEnv } from './require-session.ts';
import { sealLoginTransaction, sealSession, unsealLoginTransaction } from './session-cookie.ts';

/*
 * Staff sign-in end to end over real HTTP: the app on one loopback port, oauth2-mock-server as
 * the identity provider on another, and fetch as the browser (redirects followed and cookies
 * carried by hand, so every hop can be looked at).
 */

const PHONE = '+442074996300';
const PAGE = `/numbers/${PHONE}?tab=calls`;
const API = `/api/v2/oc/numbers/${encodeURIComponent(PHONE)}`;

let provider: OAuth2Server;
let appServer: ServerType;
let base: string;
let settings: LiveSettings;
/** Every token the provider handed out, to prove none reaches the browser. */
const issuedTokens: string[] = [];
/** Everything the app sent the browser: bodies, Set-Cookie and Location headers. */
const sentToBrowser: string[] = [];

const liveSettings = (publicUrl: string, issuer: string): LiveSettings => ({
  baseUrl: 'http://127.0.0.1:9/tenantui',
  tenantId: 'tenant',
  clientId: 'live-platform-client',
  clientSecret: 'live-platform-secret',
  scope: 'api://x/.default',
  authority: 'http://127.0.0.1:9',
  channelId: undefined,
  timeoutMs: 1000,
  auth: {
    issuer,
    clientId: 'oc-lookup-staff',
    clientSecret: 'staff-client-secret',
    requiredRole: undefined,
  },
  publicUrl,
  sessionSecret: 'a-session-secret-of-at-least-32-characters',
});

function buildApp(liveSettings: LiveSettings) {
  const app = new Hono<{ Bindings: HttpBindings } & SessionEnv>();
  const oidc = createOidcClient(liveSettings, { allowInsecureHttp: true });
  app.use(requireSession(liveSettings));
  app.route('/', authRoutes(liveSettings, oidc, { onError: () => undefined }));
  app.get('/api/v2/oc/numbers/:phone', (c) =>
    c.json({ telephoneNumber: c.req.param('phone'), viewer: c.get('session').name }),
  );
  app.get('/healthz', (c) => c.text('ok'));
  app.get('/assets/*', (c) => c.text('asset'));
  app.get('/flags/*', (c) => c.text('flag'));
  app.get('/favicon.svg', (c) => c.text('icon'));
  app.all('/api/*', (c) => c.json({ title: 'No such API route' }, 404));
  app.get('*', (c) => c.html(`<p>app for ${c.get('session').name}</p>`));
  return app;
}

beforeAll(async () => {
  provider = new OAuth2Server();
  await provider.issuer.keys.generate('RS256');
  await provider.start(0, '127.0.0.1');
  provider.service.on('beforeResponse', (response: { body: Record<string, unknown> }) => {
    for (const key of ['access_token', 'id_token', 'refresh_token']) {
      const token = response.body[key];
      if (typeof token === 'string') issuedTokens.push(token);
    }
  });

  // The app needs its own URL (the public URL), known once the server listens.
  const current: { app?: ReturnType<typeof buildApp> } = {};
  base = await new Promise<string>((resolve) => {
    appServer = serve(
      { fetch: (request, env) => current.app!.fetch(request, env), port: 0, hostname: '127.0.0.1' },
      (info: AddressInfo) => resolve(`http://127.0.0.1:${info.port}`),
    );
  });
  settings = liveSettings(base, provider.issuer.url!);
  current.app = buildApp(settings);
});

afterAll(async () => {
  await new Promise<void>((resolve) => {
    if ('closeAllConnections' in appServer) appServer.closeAllConnections();
    appServer.close(() => resolve());
  });
  await provider.stop();
});

afterEach(() => {
  provider.service.removeAllListeners('beforeTokenSigning');
  settings.auth.requiredRole = undefined;
});

/** A browser: a cookie jar for the app, and redirects followed one hop at a time. */
class Browser {
  readonly cookies = new Map<string, string>();

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url, base);
    const toApp = target.origin === base;
    const headers = new Headers(init.headers);
    if (toApp && this.cookies.size > 0) {
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    const res = await fetch(target, { ...init, headers, redirect: 'manual' });
    if (toApp) {
      const body = await res.clone().text();
      sentToBrowser.push(body, ...res.headers.getSetCookie(), res.headers.get('location') ?? '');
      for (const cookie of res.headers.getSetCookie()) {
        const [pair = ''] = cookie.split(';');
        const name = pair.slice(0, pair.indexOf('='));
        const value = pair.slice(pair.indexOf('=') + 1);
        if (value === '' || /Max-Age=0(;|$)/i.test(cookie)) this.cookies.delete(name);
        else this.cookies.set(name, value);
      }
    }
    return res;
  }

  /** Follows redirects from url; answers every hop, the last one last. */
  async follow(url: string, maxHops = 10): Promise<Response[]> {
    const hops: Response[] = [];
    let next: string | null = url;
    while (next !== null && hops.length < maxHops) {
      const res: Response = await this.fetch(next);
      hops.push(res);
      const location = res.headers.get('location');
      next =
        res.status >= 300 && res.status < 400 && location ? new URL(location, res.url).href : null;
    }
    return hops;
  }

  /** Another browser holding the same cookies (a copy of the session, as a thief would have). */
  clone() {
    const other = new Browser();
    for (const [name, value] of this.cookies) other.cookies.set(name, value);
    return other;
  }

  /** Signs out as the app's own button does: a same-origin form POST. */
  signOut() {
    return this.fetch('/auth/logout', {
      method: 'POST',
      headers: { origin: base, 'sec-fetch-site': 'same-origin' },
    });
  }

  /** Signs in from /auth/login?returnTo=…, and answers the hops of the sign-in. */
  signIn(returnTo = '/') {
    return this.follow(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  }
}

const withClaims = (claims: Record<string, unknown>) =>
  provider.service.on('beforeTokenSigning', (token: { payload: Record<string, unknown> }) => {
    Object.assign(token.payload, claims);
  });

const pathOf = (res: Response) => {
  const location = res.headers.get('location');
  if (location === null) return null;
  const url = new URL(location, base);
  return url.origin === base ? `${url.pathname}${url.search}` : url.href;
};

describe('without a session', () => {
  it('answers /api with 401 problem details', async () => {
    const res = await new Browser().fetch(API);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    // A type of its own: Live Platform's 401 (the app's secret refused) stays about:blank.
    expect(await res.json()).toMatchObject({
      type: '/problems/session-required',
      status: 401,
      title: 'Not signed in',
    });
  });

  it('answers /api/me and an unknown /api path (even one with a dot) with 401', async () => {
    const browser = new Browser();
    for (const path of ['/api/me', '/api/v2/data.json']) {
      const res = await browser.fetch(path);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ type: '/problems/session-required' });
    }
  });

  it('sends an app page to sign-in, to come back to the same path and query', async () => {
    const res = await new Browser().fetch(PAGE);
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!, base);
    expect(location.pathname).toBe('/auth/login');
    expect(location.searchParams.get('returnTo')).toBe(PAGE);
  });

  it('refuses other methods on app pages with 401', async () => {
    const res = await new Browser().fetch('/numbers', { method: 'POST' });
    expect(res.status).toBe(401);
  });

  it.each(['/healthz', '/assets/app-abc.js', '/flags/GB.svg', '/favicon.svg'])(
    'serves %s',
    async (path) => {
      expect((await new Browser().fetch(path)).status).toBe(200);
    },
  );
});

describe('signing in', () => {
  it('lands on the deep link signed in, with a safe session cookie', async () => {
    withClaims({ name: 'Jane Staff', email: 'jane@example.com', roles: ['OcLookup.Read'] });
    const browser = new Browser();
    const hops = await browser.follow(PAGE);
    const statuses = hops.map((res) => res.status);
    expect(statuses).toStrictEqual([302, 302, 302, 302, 200]);
    const [toLogin, toProvider, toCallback, toPage, page] = hops as [
      Response,
      Response,
      Response,
      Response,
      Response,
    ];
    expect(pathOf(toLogin)).toBe(`/auth/login?returnTo=${encodeURIComponent(PAGE)}`);

    const authorize = new URL(toProvider.headers.get('location')!);
    expect(authorize.origin + authorize.pathname).toBe(`${provider.issuer.url!}/authorize`);
    expect(authorize.searchParams.get('client_id')).toBe('oc-lookup-staff');
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${base}/auth/callback`);
    expect(authorize.searchParams.get('scope')).toBe('openid profile email');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    const loginCookie = toProvider.headers.getSetCookie().find((c) => c.startsWith('oc_auth='));
    expect(loginCookie).toMatch(/HttpOnly/);
    expect(loginCookie).toMatch(/Max-Age=600/);

    expect(new URL(toCallback.headers.get('location')!).pathname).toBe('/auth/callback');

    expect(pathOf(toPage)).toBe(PAGE);
    const setCookies = toPage.headers.getSetCookie();
    const sessionCookie = setCookies.find((c) => c.startsWith('oc_session='));
    expect(sessionCookie).toBeDefined();
    expect(sessionCookie).toMatch(/; HttpOnly/);
    expect(sessionCookie).toMatch(/; SameSite=Lax/);
    expect(sessionCookie).toMatch(/; Path=\//);
    expect(sessionCookie).toMatch(/; Max-Age=180\d/);
    expect(sessionCookie).not.toMatch(/Secure/);
    expect(setCookies.find((c) => c.startsWith('oc_auth='))).toMatch(/Max-Age=0/);
    expect(toPage.headers.get('cache-control')).toBe('no-store');

    expect(await page.text()).toContain('app for Jane Staff');

    const me = await browser.fetch('/api/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toStrictEqual({
      name: 'Jane Staff',
      email: 'jane@example.com',
      roles: ['OcLookup.Read'],
    });
    const lookup = await browser.fetch(API);
    expect(lookup.status).toBe(200);
    expect(await lookup.json()).toStrictEqual({ telephoneNumber: PHONE, viewer: 'Jane Staff' });
  });

  it('skips the provider when already signed in', async () => {
    const browser = new Browser();
    await browser.signIn();
    const res = await browser.fetch('/auth/login?returnTo=%2Fnumbers');
    expect(res.status).toBe(302);
    expect(pathOf(res)).toBe('/numbers');
  });

  it('signs in a user with a 3,000-character name: a cookie under 4 kB, no loop', async () => {
    withClaims({ name: 'N'.repeat(3000), email: `${'e'.repeat(3000)}@example.com` });
    const browser = new Browser();
    const hops = await browser.follow(PAGE);
    expect(hops.map((res) => res.status)).toStrictEqual([302, 302, 302, 302, 200]);
    const sessionCookie = hops[3]!.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith('oc_session='))!;
    expect(Buffer.byteLength(sessionCookie.split(';')[0]!)).toBeLessThan(4096);
    const me = (await (await browser.fetch('/api/me')).json()) as { name: string };
    expect(me).toStrictEqual({ name: `${'N'.repeat(199)}…`, email: null, roles: [] });
  });

  it('names the user by preferred_username, else the subject', async () => {
    withClaims({ preferred_username: 'jstaff' });
    const browser = new Browser();
    await browser.signIn();
    expect(await (await browser.fetch('/api/me')).json()).toStrictEqual({
      name: 'jstaff',
      email: null,
      roles: [],
    });
    provider.service.removeAllListeners('beforeTokenSigning');
    const other = new Browser();
    await other.signIn();
    expect(await (await other.fetch('/api/me')).json()).toMatchObject({ name: 'johndoe' });
  });

  it.each([
    '//evil.example/numbers',
    'https://evil.example/',
    '/\\evil.example',
    '/\t/evil.example',
    'javascript:alert(1)',
  ])('neutralises returnTo=%j: back to /', async (returnTo) => {
    const hops = await new Browser().signIn(returnTo);
    const callback = hops.find((res) => new URL(res.url).pathname === '/auth/callback')!;
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/');
    expect(hops.at(-1)!.status).toBe(200);
  });

  // Each normalises to `//evil.example` once its dot segments are resolved.
  const openRedirects = [
    '/auth/login?returnTo=%2F..%2F%2Fevil.example',
    '/auth/login?returnTo=/.//evil.example/x',
    '/auth/login?returnTo=/x/..//evil.example',
    '/auth/login?returnTo=/./%2F/evil.example',
    '/auth/login?returnTo=%2F%2E%2E%2F%2Fevil.example',
    '/auth/login?returnTo=/%252e%252e//evil.example',
    '/auth/login?returnTo=/..%5C/evil.example',
  ];

  it.each(openRedirects)('after a full sign-in from %s, lands on / of this app', async (url) => {
    const browser = new Browser();
    const hops = await browser.follow(url);
    const callback = hops.find((res) => new URL(res.url).pathname === '/auth/callback')!;
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/');
    expect(hops.at(-1)!.status).toBe(200);
    expect(hops.every((res) => new URL(res.url).hostname !== 'evil.example')).toBe(true);
  });

  it.each(openRedirects)('signed in already, %s goes to / of this app', async (url) => {
    const browser = new Browser();
    await browser.signIn();
    const res = await browser.fetch(url);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/');
  });

  it('checks the return path again at the callback, whatever the login cookie holds', async () => {
    const browser = new Browser();
    const toProvider = await browser.fetch('/auth/login?returnTo=%2Fnumbers');
    const sealed = browser.cookies.get('oc_auth')!;
    const transaction = (await unsealLoginTransaction(settings.sessionSecret, sealed))!;
    browser.cookies.set(
      'oc_auth',
      await sealLoginTransaction(settings.sessionSecret, {
        ...transaction,
        returnTo: '/..//evil.example',
      }),
    );
    const hops = await browser.follow(toProvider.headers.get('location')!);
    const callback = hops.find((res) => new URL(res.url).pathname === '/auth/callback')!;
    expect(callback.headers.get('location')).toBe('/');
  });

  it('sends no token of the provider to the browser, and hides the session in the cookie', async () => {
    withClaims({ name: 'Jane Staff', roles: ['OcLookup.Read'] });
    const before = issuedTokens.length;
    const browser = new Browser();
    await browser.follow(PAGE);
    await browser.fetch('/api/me');
    await browser.fetch(API);
    await browser.signOut();
    const tokens = issuedTokens.slice(before);
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    const everything = sentToBrowser.join('\n');
    for (const token of tokens) {
      for (const part of token.split('.')) {
        expect(everything).not.toContain(part);
      }
    }
    const session = sentToBrowser.find(
      (text) => text.startsWith('oc_session=') && !/Max-Age=0/.test(text),
    );
    expect(session).toBeDefined();
    expect(session!.split(';')[0]!.split('.')).toHaveLength(5);
    expect(session).not.toContain(Buffer.from('Jane Staff').toString('base64url'));
    expect(everything).not.toContain('staff-client-secret');
  });
});

describe('the required role', () => {
  it('without it: no session, and a 403 page that names the role', async () => {
    settings.auth.requiredRole = 'OcLookup <Staff> & Co';
    withClaims({ name: 'Jane Staff', roles: ['Other'], groups: ['g-1'] });
    const browser = new Browser();
    const hops = await browser.follow(PAGE);
    const callback = hops.find((res) => new URL(res.url).pathname === '/auth/callback')!;
    expect(pathOf(callback)).toBe('/auth/forbidden');
    const sessionCookies = callback.headers
      .getSetCookie()
      .filter((c) => c.startsWith('oc_session='));
    expect(sessionCookies.every((c) => /Max-Age=0/.test(c))).toBe(true);
    expect(browser.cookies.has('oc_session')).toBe(false);

    const forbidden = hops.at(-1)!;
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await forbidden.text();
    expect(html).toContain('You do not have access to OC Lookup');
    expect(html).toContain('OcLookup &lt;Staff&gt; &amp; Co');
    expect(html).not.toContain('<Staff>');
    expect(html).toContain('<form method="post" action="/auth/logout">');
    expect((await browser.fetch(API)).status).toBe(401);
  });

  it.each([
    ['roles', { roles: ['OcLookup.Read'] }],
    ['groups', { groups: ['OcLookup.Read'] }],
  ])('with it in %s: access', async (_, claims) => {
    settings.auth.requiredRole = 'OcLookup.Read';
    withClaims({ name: 'Jane Staff', ...claims });
    const browser = new Browser();
    const hops = await browser.follow(PAGE);
    expect(hops.at(-1)!.status).toBe(200);
    expect((await browser.fetch(API)).status).toBe(200);
    expect((await browser.fetch('/api/me')).status).toBe(200);
  });

  it('required after sign-in: /api answers 403 and pages go to /auth/forbidden', async () => {
    withClaims({ name: 'Jane Staff', roles: ['Other'] });
    const browser = new Browser();
    await browser.signIn();
    expect((await browser.fetch(API)).status).toBe(200);

    settings.auth.requiredRole = 'OcLookup.Read';
    const api = await browser.fetch(API);
    expect(api.status).toBe(403);
    expect(api.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await browser.fetch('/api/me')).status).toBe(403);
    const page = await browser.fetch(PAGE);
    expect(page.status).toBe(302);
    expect(pathOf(page)).toBe('/auth/forbidden');
  });
});

describe('the session cookie', () => {
  const cookieFor = (exp: number) =>
    sealSession(settings.sessionSecret, {
      sub: 's',
      name: 'Crafted',
      roles: [],
      signedInAt: now() - 60,
      exp,
    });
  const now = () => Math.floor(Date.now() / 1000);

  it('is accepted when sealed with the secret and not expired', async () => {
    const browser = new Browser();
    browser.cookies.set('oc_session', await cookieFor(now() + 60));
    expect((await browser.fetch(API)).status).toBe(200);
  });

  it('gives 401 once expired', async () => {
    const browser = new Browser();
    browser.cookies.set('oc_session', await cookieFor(now() - 1));
    expect((await browser.fetch(API)).status).toBe(401);
    expect((await browser.fetch('/api/me')).status).toBe(401);
  });

  it('gives 401 when tampered with', async () => {
    const browser = new Browser();
    await browser.signIn();
    const value = browser.cookies.get('oc_session')!;
    const parts = value.split('.');
    parts[3] = (parts[3]!.startsWith('A') ? 'B' : 'A') + parts[3]!.slice(1);
    browser.cookies.set('oc_session', parts.join('.'));
    expect((await browser.fetch(API)).status).toBe(401);
    browser.cookies.set('oc_session', 'garbage');
    expect((await browser.fetch(API)).status).toBe(401);
    expect((await browser.fetch(PAGE)).status).toBe(302);
  });
});

describe('the session lifetime: 30 minutes idle, renewed on use, 8 hours at most', () => {
  const minutes = (n: number) => n * 60_000;
  const maxAge = (res: Response) => {
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('oc_session='));
    return cookie === undefined ? undefined : Number(/Max-Age=(\d+)/.exec(cookie)?.[1]);
  };
  // The clock stands still (on a whole second) unless a test moves it; timers stay real.
  const freezeClock = () => {
    const now = Math.floor(Date.now() / 1000) * 1000;
    vi.useFakeTimers({ toFake: ['Date'], now });
    return now;
  };
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a copy of the cookie kept after sign-out stops working after 30 idle minutes', async () => {
    const started = freezeClock();
    const browser = new Browser();
    await browser.signIn();
    const thief = new Browser();
    thief.cookies.set('oc_session', browser.cookies.get('oc_session')!);
    await browser.signOut();

    // Sealed and stateless: the copy still opens the API for a while (decision record 012) ...
    vi.setSystemTime(started + minutes(29));
    expect((await thief.clone().fetch(API)).status).toBe(200);
    // ... but only until the idle limit, not for the eight hours of the old session.
    vi.setSystemTime(started + minutes(31));
    expect((await thief.fetch(API)).status).toBe(401);
  });

  it('signs in with 30 minutes, renews on use (at most once a minute), never past 8 hours', async () => {
    const started = freezeClock();
    const browser = new Browser();
    const hops = await browser.signIn();
    expect(maxAge(hops.find((res) => new URL(res.url).pathname === '/auth/callback')!)).toBe(1800);
    vi.setSystemTime(started + 59_000);
    expect(maxAge(await browser.fetch(API))).toBeUndefined();

    for (let at = 20; at <= 460; at += 20) {
      vi.setSystemTime(started + minutes(at));
      const res = await browser.fetch(at % 40 === 0 ? API : PAGE);
      expect(res.status).toBe(200);
      const left = 8 * 60 - at;
      expect(maxAge(res)).toBe(Math.min(1800, left * 60));
    }
    vi.setSystemTime(started + minutes(8 * 60) + 1000);
    expect((await browser.fetch(API)).status).toBe(401);
    const page = await browser.fetch(PAGE);
    expect(page.status).toBe(302);
    expect(pathOf(page)).toMatch(/^\/auth\/login\?/);
  });

  it('does not take a cookie of the former eight-hour kind (no sign-in time)', async () => {
    const browser = new Browser();
    const now = Math.floor(Date.now() / 1000);
    const old = await new EncryptJWT({ name: 'Old', roles: [] })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setAudience('oc_session')
      .setSubject('s')
      .setIssuedAt()
      .setExpirationTime(now + 3600)
      .encrypt(new Uint8Array(createHash('sha256').update(settings.sessionSecret).digest()));
    browser.cookies.set('oc_session', old);
    expect((await browser.fetch(API)).status).toBe(401);
  });
});

describe('signing out', () => {
  const endSessionIn = (html: string) => {
    const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html);
    return refresh ? new URL(refresh[1]!.replaceAll('&amp;', '&')) : undefined;
  };

  it.each([
    ['Sec-Fetch-Site: same-origin', { 'sec-fetch-site': 'same-origin' }],
    ['Origin: the public URL (no Sec-Fetch-Site)', {}],
  ])('a POST with %s clears the session and ends it at the provider', async (_, headers) => {
    const browser = new Browser();
    await browser.signIn();
    expect((await browser.fetch('/api/me')).status).toBe(200);

    const res = await browser.fetch('/auth/logout', {
      method: 'POST',
      headers: { origin: base, ...headers },
    });
    // A 303 to a page of this origin: CSP form-action 'self' forbids a form's redirect elsewhere.
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/auth/signed-out');
    const cleared = res.headers.getSetCookie().find((c) => c.startsWith('oc_session='));
    expect(cleared).toMatch(/^oc_session=;/);
    expect(cleared).toMatch(/Max-Age=0/);
    expect(browser.cookies.has('oc_session')).toBe(false);

    const signedOut = await browser.fetch('/auth/signed-out');
    expect(signedOut.status).toBe(200);
    const html = await signedOut.text();
    expect(html).toContain('You are signed out');
    const endSession = endSessionIn(html)!;
    expect(endSession.origin + endSession.pathname).toBe(`${provider.issuer.url!}/endsession`);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${base}/`);
    expect(endSession.searchParams.get('client_id')).toBe('oc-lookup-staff');
    expect(html).toContain(`<a href="${endSession.href.replaceAll('&', '&amp;')}">`);

    const back = await browser.follow(endSession.href, 1);
    expect(back[0]!.headers.get('location')).toBe(`${base}/`);
    expect((await browser.fetch('/api/me')).status).toBe(401);
  });

  it.each([
    ['a cross-site form (Sec-Fetch-Site: cross-site)', { 'sec-fetch-site': 'cross-site' }],
    ['a sibling site (Sec-Fetch-Site: same-site)', { 'sec-fetch-site': 'same-site' }],
    ['a typed address (Sec-Fetch-Site: none)', { 'sec-fetch-site': 'none' }],
    ['cross-site, whatever Origin says', { 'sec-fetch-site': 'cross-site', origin: 'SELF' }],
    ['another Origin', { origin: 'https://evil.example' }],
    ['Origin: null', { origin: 'null' }],
    ['a look-alike Origin', { origin: 'SELF.evil.example' }],
    ['neither header', {}],
  ])('a POST from %s is refused and ends nothing', async (_, headers) => {
    const browser = new Browser();
    await browser.signIn();
    const sent = Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [name, value.replace('SELF', base)]),
    );
    const res = await browser.fetch('/auth/logout', { method: 'POST', headers: sent });
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie()).toEqual([]);
    const html = await res.text();
    expect(html).toContain('<form method="post" action="/auth/logout">');
    expect((await browser.fetch('/api/me')).status).toBe(200);
  });

  it('GET /auth/logout ends nothing: it shows a page with a sign-out button', async () => {
    const browser = new Browser();
    await browser.signIn();
    const res = await browser.fetch('/auth/logout');
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie()).toEqual([]);
    const html = await res.text();
    expect(html).toContain('<form method="post" action="/auth/logout">');
    expect(html).toContain('<button type="submit">Sign out</button>');
    expect((await browser.fetch('/api/me')).status).toBe(200);
  });

  it('/auth/signed-out with a session still there goes home, and ends nothing', async () => {
    const browser = new Browser();
    await browser.signIn();
    const res = await browser.fetch('/auth/signed-out');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/');
    expect((await browser.fetch('/api/me')).status).toBe(200);
  });
});

describe('a failed callback', () => {
  const startLogin = async () => {
    const browser = new Browser();
    const res = await browser.fetch('/auth/login?returnTo=%2Fnumbers');
    const authorize = new URL(res.headers.get('location')!);
    return { browser, state: authorize.searchParams.get('state')! };
  };

  const expectSignInAgainPage = async (res: Response) => {
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('Sign-in did not complete');
    expect(html).toContain('<a href="/auth/login">Sign in again</a>');
    expect(html).not.toMatch(/\bat .*\.(ts|js):\d+/);
    expect(html).not.toMatch(/Error:/);
  };

  it('shows a "Sign in again" page for a state mismatch, and signs no one in', async () => {
    const { browser } = await startLogin();
    const res = await browser.fetch('/auth/callback?code=abc&state=not-the-state');
    await expectSignInAgainPage(res);
    expect(browser.cookies.has('oc_session')).toBe(false);
    expect(browser.cookies.has('oc_auth')).toBe(false);
  });

  it('shows it when the provider answers with an error', async () => {
    const { browser, state } = await startLogin();
    const res = await browser.fetch(`/auth/callback?error=access_denied&state=${state}`);
    await expectSignInAgainPage(res);
  });

  it('shows it without the login cookie (expired or another browser)', async () => {
    const { state } = await startLogin();
    const res = await new Browser().fetch(`/auth/callback?code=abc&state=${state}`);
    await expectSignInAgainPage(res);
  });

  it('shows it for a code the provider does not know (PKCE not satisfied)', async () => {
    const { browser, state } = await startLogin();
    const res = await browser.fetch(`/auth/callback?code=made-up&state=${state}`);
    await expectSignInAgainPage(res);
  });
});

describe('an unreachable provider', () => {
  it('answers /auth/login with 503, then works once the provider is up', async () => {
    const later = new OAuth2Server();
    await later.issuer.keys.generate('RS256');
    await later.start(0, '127.0.0.1');
    const issuer = later.issuer.url!;
    const port = later.address().port;
    await later.stop();
    // This provider has no end-session endpoint.
    later.service.on('beforeWellKnownOpenIdConfiguration', (response: { body: object }) => {
      delete (response.body as Record<string, unknown>).end_session_endpoint;
    });

    const app = buildApp(liveSettings('http://127.0.0.1:1', issuer));
    const first = await app.request('/auth/login');
    expect(first.status).toBe(503);
    expect(await first.text()).toContain('Sign-in is unavailable');
    expect(first.headers.get('set-cookie')).toBeNull();
    // Signing out needs no provider: the session is cleared, and the page offers a new sign-in.
    const signOut = () =>
      app.request('/auth/logout', {
        method: 'POST',
        headers: { 'sec-fetch-site': 'same-origin' },
      });
    const logout = await signOut();
    expect(logout.status).toBe(303);
    expect(logout.headers.get('location')).toBe('/auth/signed-out');
    const signedOut = await (await app.request('/auth/signed-out')).text();
    expect(signedOut).toContain('You are signed out');
    expect(signedOut).not.toContain('http-equiv="refresh"');
    expect(signedOut).toContain('<a href="/auth/login">Sign in again</a>');

    await later.start(port, '127.0.0.1');
    try {
      const second = await app.request('/auth/login');
      expect(second.status).toBe(302);
      expect(second.headers.get('location')).toMatch(new RegExp(`^${issuer}/authorize\\?`));
      expect((await signOut()).status).toBe(303);
      expect(await (await app.request('/auth/signed-out')).text()).not.toContain('refresh');
    } finally {
      await later.stop();
    }
  });
});

describe('failed sign-ins in the log', () => {
  /** The app with the request logger, as server/app.ts mounts it; its JSON lines, parsed. */
  const loggedApp = (appSettings: LiveSettings) => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger({
      write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>),
    });
    const app = new Hono();
    app.use(requestLog(logger));
    app.route(
      '/',
      authRoutes(appSettings, createOidcClient(appSettings, { allowInsecureHttp: true }), {
        logger,
      }),
    );
    return { app, lines };
  };
  const warnings = () => vi.spyOn(console, 'warn').mockImplementation(() => undefined);

  it('a failed callback: one JSON line with the request id, stage and reason, no secret', async () => {
    const console = warnings();
    const { app, lines } = loggedApp(settings);
    const start = await app.request('/auth/login?returnTo=%2F');
    const loginCookie = start.headers.getSetCookie()[0]!.split(';')[0]!;
    const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
    const res = await app.request(`/auth/callback?code=stolen-code-123&state=${state}x`, {
      headers: { cookie: loginCookie },
    });
    expect(res.status).toBe(400);
    const requestId = res.headers.get('x-request-id');
    const failure = lines.find((line) => line.msg === 'Staff sign-in failed')!;
    expect(failure).toMatchObject({ level: 40, requestId, stage: 'callback' });
    expect(failure.reason).toMatch(/^\w*Error: .+ \(\w*Error: .*"state"/);
    expect(typeof failure.cause).toBe('string');
    const text = JSON.stringify(lines);
    for (const secret of [
      'stolen-code-123',
      state,
      settings.sessionSecret,
      'staff-client-secret',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(console).not.toHaveBeenCalled();
  });

  it('a provider that cannot be reached at login: the line names the cause', async () => {
    const console = warnings();
    const issuer = `http://127.0.0.1:${await closedPort()}/idp`;
    const { app, lines } = loggedApp(liveSettings('http://127.0.0.1:8080', issuer));
    const res = await app.request('/auth/login');
    expect(res.status).toBe(503);
    const failure = lines.find((line) => line.msg === 'Staff sign-in failed')!;
    expect(failure).toMatchObject({
      requestId: res.headers.get('x-request-id'),
      stage: 'login',
      cause: 'ECONNREFUSED',
    });
    expect(failure.reason).toMatch(/^TypeError: fetch failed \(Error: connect ECONNREFUSED /);
    expect(console).not.toHaveBeenCalled();
  });
});
