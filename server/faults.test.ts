import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import vendorExample from '../src/features/numbers/vendor-example.json' with { type: 'json' };
import { newSession, sealSession, sessionCookieName } from './auth/session-cookie.ts';
import { composeApp } from './compose-app.ts';
import { createLogger } from './request-log.ts';
import { parseSettings } from './settings.ts';
import type { FakeLivePlatform } from './testing/fake-live-platform.ts';
import { startLivePair, type LivePair } from './testing/live-pair.ts';
import type { MockEntra, TokenFault } from './testing/mock-entra.ts';
import { startRefusableGateway, type RefusableGateway } from './testing/refusable-gateway.ts';

/*
 * Fault journeys at the server: Live Platform and the identity provider failing the way networks
 * and servers fail (refused, reset mid-body, a body dripping in past the timeout, a hang, an
 * unknown host, a token endpoint that is down, hangs or answers garbage, a provider down at
 * sign-in). Each ends in its own problem (or page), a log line that names the cause, and — once
 * the fault is gone — a good answer to the very next request, without a restart. Every app here
 * is made anew, so no token is cached from an earlier case. The browser's side of the same
 * journeys is e2e/live/faults.spec.ts.
 */

const tenantId = 'f94238e5-4f2c-4e1b-8125-2d27122ca75f';
const clientSecret = 'faults-test-client-secret~4d2a';
const sessionSecret = 'faults-test-session-secret-of-40-characters';
const timeoutMs = 1000;
const e164 = vendorExample.telephoneNumber;

let pair: LivePair;
let entra: MockEntra;
let livePlatform: FakeLivePlatform;
let gateway: RefusableGateway;
let gatewayUrl: string;
let cookie: string;
const logLines: string[] = [];

beforeAll(async () => {
  pair = await startLivePair(tenantId);
  ({ entra, livePlatform } = pair);
  const url = new URL(livePlatform.url);
  gateway = await startRefusableGateway({ host: url.hostname, port: Number(url.port) });
  gatewayUrl = `http://${url.hostname}:${gateway.port}${url.pathname}`;
  const session = await sealSession(
    sessionSecret,
    newSession({ sub: 'u1', name: 'Ada', roles: [] }),
  );
  cookie = `${sessionCookieName}=${session}`;
  // The fake Live Platform fetches the provider's keys once; have it do so while the provider is up.
  expect((await lookUp(makeApp())).status).toBe(200);
});

afterEach(async () => {
  entra.reset();
  await entra.refuseConnections(false);
  await gateway.accept();
  livePlatform.clearServed();
  // No secret or token in any log line of any case.
  for (const line of logLines) {
    for (const secret of [clientSecret, sessionSecret, ...entra.issuedTokens]) {
      expect(line).not.toContain(secret);
    }
  }
});

afterAll(async () => {
  await gateway.close();
  await pair.close();
});

function makeApp(env: Record<string, string> = {}) {
  const settings = parseSettings(
    pair.liveEnv(
      { clientSecret, sessionSecret, staffSecret: 'staff-secret-of-the-faults-test' },
      { LIVE_PLATFORM_URL: gatewayUrl, LIVE_PLATFORM_TIMEOUT_MS: String(timeoutMs), ...env },
    ),
  );
  const logger = createLogger({ write: (line: string) => void logLines.push(line) });
  return composeApp(settings, { logger });
}

type App = ReturnType<typeof makeApp>;

const lookUp = (app: App) =>
  app.request(`/api/v2/oc/numbers/${encodeURIComponent(e164)}`, { headers: { cookie } });

/** The log lines of the request that got `res` (by its X-Request-Id). */
function logOf(res: Response): Record<string, unknown>[] {
  const id = res.headers.get('x-request-id');
  expect(id).toBeTruthy();
  return logLines
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.requestId === id);
}

const upstreamCalls = (res: Response) =>
  logOf(res).filter((line) => line.msg === 'Live Platform call');
const tokenFailures = (res: Response) =>
  logOf(res).filter((line) => line.msg === 'Could not get a token for Live Platform');

async function expectProblem(res: Response, status: number, title: string, detail?: RegExp) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = (await res.json()) as { title: string; detail?: string };
  expect(problem.title).toBe(title);
  if (detail) expect(problem.detail).toMatch(detail);
}

/** Recovery: the next lookup, right away and on the same app, answers the record. */
async function expectRecovered(app: App) {
  const res = await lookUp(app);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual(vendorExample);
}

const recordText = JSON.stringify(vendorExample);

describe('Live Platform faults', () => {
  it('refuses connections: 502 "could not be reached", ECONNREFUSED in the log', async () => {
    const app = makeApp();
    await gateway.refuse();
    const res = await lookUp(app);
    await expectProblem(
      res,
      502,
      'Live Platform could not be reached',
      /^Network error ECONNREFUSED\.$/,
    );
    expect(upstreamCalls(res)).toMatchObject([{ upstreamStatus: null, cause: 'ECONNREFUSED' }]);
    await gateway.accept();
    await expectRecovered(app);
  });

  it('resets the connection mid-body: 502, the reset in the log', async () => {
    const app = makeApp();
    livePlatform.serve(e164, {
      status: 200,
      headers: [['Content-Type', 'application/json']],
      body: recordText,
      delivery: { kind: 'reset', afterBytes: 100 },
    });
    const res = await lookUp(app);
    // Node's fetch names the reset by what it did to the body: shorter than its Content-Length.
    const cutShort = /^(ECONNRESET|UND_ERR_RES_CONTENT_LENGTH_MISMATCH)$/;
    await expectProblem(
      res,
      502,
      'Live Platform could not be reached',
      /^Network error (ECONNRESET|UND_ERR_RES_CONTENT_LENGTH_MISMATCH)\.$/,
    );
    // The status line had come: the log has it, and what cut the body off.
    const [call, ...more] = upstreamCalls(res);
    expect(more).toEqual([]);
    expect(call?.upstreamStatus).toBe(200);
    expect(call?.cause).toMatch(cutShort);
    livePlatform.serve(e164, undefined);
    await expectRecovered(app);
  });

  it('drips the body a byte at a time past the timeout: 504, "timeout" in the log', async () => {
    const app = makeApp();
    livePlatform.serve(e164, {
      status: 200,
      headers: [['Content-Type', 'application/json']],
      body: recordText,
      delivery: { kind: 'drip', intervalMs: 20 },
    });
    const started = performance.now();
    const res = await lookUp(app);
    // Given up at the timeout, not when the last byte would have come (20 s later).
    expect(performance.now() - started).toBeLessThan(timeoutMs + 1000);
    await expectProblem(res, 504, 'Live Platform did not answer in time');
    expect(upstreamCalls(res)).toMatchObject([{ upstreamStatus: 200, cause: 'timeout' }]);
    livePlatform.serve(e164, undefined);
    await expectRecovered(app);
  });

  it('hangs past the timeout: 504, "timeout" in the log', async () => {
    const app = makeApp();
    livePlatform.failNext('hang');
    const res = await lookUp(app);
    await expectProblem(res, 504, 'Live Platform did not answer in time');
    expect(upstreamCalls(res)).toMatchObject([{ upstreamStatus: null, cause: 'timeout' }]);
    await expectRecovered(app);
  });

  it('is at an unknown host: 502, ENOTFOUND in the log, and again on the next request', async () => {
    const app = makeApp({ LIVE_PLATFORM_URL: 'https://lp.oc-lookup.invalid/tenantui' });
    for (let attempt = 0; attempt < 2; attempt++) {
      const res = await lookUp(app);
      await expectProblem(
        res,
        502,
        'Live Platform could not be reached',
        /^Network error ENOTFOUND\.$/,
      );
      expect(upstreamCalls(res)).toMatchObject([{ upstreamStatus: null, cause: 'ENOTFOUND' }]);
    }
  });
});

describe('identity provider faults', () => {
  const tokenTitle = 'Could not get a token for Live Platform';

  it('token endpoint refuses connections: 502, ECONNREFUSED in the log', async () => {
    const app = makeApp();
    await entra.refuseConnections(true);
    const res = await lookUp(app);
    await expectProblem(res, 502, tokenTitle);
    // Refused, or — when a kept-alive connection to it was open before the outage — closed on us.
    expect(tokenFailures(res)).toMatchObject([
      { cause: expect.stringMatching(/^(ECONNREFUSED|UND_ERR_SOCKET)$/) as unknown },
    ]);
    expect(upstreamCalls(res)).toEqual([]);
    await entra.refuseConnections(false);
    await expectRecovered(app);
  });

  it('token endpoint hangs: 504 within the timeout, and the next lookup gets a token', async () => {
    const app = makeApp();
    entra.failTokensNext('hang');
    const started = performance.now();
    const res = await lookUp(app);
    expect(performance.now() - started).toBeLessThan(timeoutMs + 1000);
    await expectProblem(res, 504, tokenTitle, new RegExp(`within ${timeoutMs} ms`));
    expect(tokenFailures(res)).toMatchObject([{ cause: 'timeout' }]);
    // The hung token request is given up too (bounded by the same timeout), not shared by the
    // next lookup: that one asks anew and succeeds.
    await expectRecovered(app);
  });

  it('token endpoint is at an unknown host: 502, ENOTFOUND in the log', async () => {
    const app = makeApp({ LIVE_PLATFORM_AUTHORITY: `https://login.oc-lookup.invalid/${tenantId}` });
    const res = await lookUp(app);
    await expectProblem(res, 502, tokenTitle);
    expect(tokenFailures(res)).toMatchObject([{ cause: 'ENOTFOUND' }]);
  });

  it.each<[TokenFault, RegExp]>([
    ['reset', /\(ECONNRESET\)$/],
    ['html', /: unexpected response content-type$/],
    ['invalid-json', /\(OAUTH_PARSE_ERROR\)$/],
    ['no-access-token', /\(OAUTH_INVALID_RESPONSE\)$/],
  ])('token endpoint answers %s: 502, the cause in the log', async (fault, reason) => {
    const app = makeApp();
    entra.failTokensNext(fault);
    const res = await lookUp(app);
    await expectProblem(res, 502, tokenTitle);
    const [line, ...more] = tokenFailures(res);
    expect(more).toEqual([]);
    expect(line?.cause).toMatch(/^\w+$/);
    expect(line?.cause).not.toBe('unknown');
    // What was wrong with the provider's answer, in words, without its body.
    expect(line?.reason).toMatch(/^Token request to \S+ failed: /);
    expect(line?.reason).toMatch(reason);
    await expectRecovered(app);
  });
});

describe('identity provider down at sign-in', () => {
  it('shows "Sign-in is unavailable", logs why, and signs in once the provider is back', async () => {
    const app = makeApp();
    await entra.refuseConnections(true);
    const res = await app.request('/auth/login?returnTo=%2F');
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('Sign-in is unavailable');
    const causes = logOf(res).map((line) => line.cause);
    expect(causes).toContain('ECONNREFUSED');

    await entra.refuseConnections(false);
    const again = await app.request('/auth/login?returnTo=%2F');
    expect(again.status).toBe(302);
    expect(again.headers.get('location')).toMatch(new RegExp(`^${entra.issuer}/authorize\\?`));
  });
});
