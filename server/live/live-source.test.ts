import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sandboxSource } from '../sandbox/sandbox-source.ts';
import type { LiveSettings } from '../settings.ts';
import { closedPort } from '../testing/closed-port.ts';
import {
  fakeFailureDetails,
  startFakeLivePlatform,
  type FakeLivePlatform,
} from '../testing/fake-live-platform.ts';
import { audienceOf, startMockEntra, type MockEntra } from '../testing/mock-entra.ts';
import { createLiveSource, liveTitles, type LiveSourceOptions } from './live-source.ts';
import { createTokenProvider, type TokenProvider } from './token-provider.ts';

/*
 * The live source against real HTTP servers on loopback: oauth2-mock-server standing in for Entra
 * ID (token endpoint at Entra's path, see testing/mock-entra.ts) and the fake Live Platform, which
 * checks each bearer token's signature, issuer and audience.
 */

const SECRET = 'client-secret-Zq9~never-shown';
const SCOPE = 'api://9d576dc4-b85d-4571-880e-4c6ed4c08c31/.default';
const VENDOR_NUMBER = '+442074996300';
const PROBLEM_JSON = /^application\/problem\+json/;

let entra: MockEntra;
let platform: FakeLivePlatform;
let settings: LiveSettings;
let answers: Response[] = [];
let logLines: string[] = [];

beforeAll(async () => {
  entra = await startMockEntra({ tenantId: 'tenant-1' });
  platform = await startFakeLivePlatform({ issuer: entra.issuer, audience: audienceOf(SCOPE) });
  settings = {
    baseUrl: platform.url,
    tenantId: 'tenant-1',
    clientId: 'client-1',
    clientSecret: SECRET,
    scope: SCOPE,
    authority: entra.authority,
    channelId: undefined,
    timeoutMs: 2000,
    auth: {
      issuer: 'http://127.0.0.1:1/unused',
      clientId: 'staff',
      clientSecret: 'staff-secret',
      requiredRole: undefined,
    },
    publicUrl: 'http://127.0.0.1:8080',
    sessionSecret: 'x'.repeat(32),
  };
});

afterAll(async () => {
  await platform.close();
  await entra.stop();
});

afterEach(async () => {
  vi.useRealTimers();
  const checked = { answers, logLines, forbidden: [SECRET, ...entra.issuedTokens] };
  answers = [];
  logLines = [];
  platform.requests.length = 0;
  entra.tokenRequests.length = 0;
  entra.issuedTokens.length = 0;
  entra.setExpiresIn(undefined);
  entra.failNext(500, 0);
  // Nothing of the secret or of any token handed out may be in any answer (body or header) or log.
  for (const answer of checked.answers) {
    const text = await answer.text();
    const headers = JSON.stringify([...answer.headers]);
    for (const value of checked.forbidden) {
      expect(text).not.toContain(value);
      expect(headers).not.toContain(value);
    }
  }
  for (const line of checked.logLines) {
    for (const value of checked.forbidden) expect(line).not.toContain(value);
    expect(line.toLowerCase()).not.toContain('bearer');
  }
});

const logger = () => pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) });

function makeSource(
  overrides: Partial<LiveSettings> = {},
  options: LiveSourceOptions = {},
  tokens?: TokenProvider,
) {
  const merged = { ...settings, ...overrides };
  const provider = tokens ?? createTokenProvider(merged, { allowInsecureHttp: true });
  return createLiveSource(merged, provider, { logger: logger(), ...options });
}

type Source = ReturnType<typeof makeSource>;

async function lookup(source: Source, e164: string, signal = new AbortController().signal) {
  const answer = await source.getNumber(e164, signal);
  answers.push(answer.clone());
  return answer;
}

const sandboxText = async (e164: string) =>
  (await sandboxSource.getNumber(e164, new AbortController().signal)).text();

const parseLog = () => logLines.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('createLiveSource: answers', () => {
  it('passes a demo number through unchanged, with the token, URL-encoded', async () => {
    const source = makeSource();
    expect(source.mode).toBe('live');
    const answer = await lookup(source, VENDOR_NUMBER);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(await answer.text()).toBe(await sandboxText(VENDOR_NUMBER));
    expect(platform.requests).toEqual([
      {
        path: '/tenantui/api/v2/oc/numbers/%2B442074996300',
        authorization: true,
        authorized: true,
        aborted: false,
      },
    ]);
  });

  it('passes a literal null body through', async () => {
    const answer = await lookup(makeSource(), '+442079460204');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await answer.text()).toBe('null');
  });

  it('passes a 2xx body that is not JSON through unchanged, with its content-type', async () => {
    const answer = await lookup(makeSource(), '+442079460666');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await answer.text()).toBe(await sandboxText('+442079460666'));
  });

  it('passes a body that breaks the schema through unchanged', async () => {
    const answer = await lookup(makeSource(), '+442079460422');
    expect(await answer.text()).toBe(await sandboxText('+442079460422'));
  });

  it('sends X-Ovoc-Channel-Id when a channel is set', async () => {
    await lookup(makeSource({ channelId: 42 }), VENDOR_NUMBER);
    expect(platform.requests[0]!.channelId).toBe('42');
  });

  it.each([
    ['+442079460404', 404, 'Not Found'],
    ['+442079460403', 403, 'Forbidden'],
    ['+442079460500', 500, 'An error occurred while processing your request.'],
  ])('keeps the status and problem of a reserved number %s', async (e164, status, title) => {
    const answer = await lookup(makeSource(), e164);
    const upstream = (await (
      await sandboxSource.getNumber(e164, new AbortController().signal)
    ).json()) as Record<string, unknown>;
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toMatch(PROBLEM_JSON);
    const body = (await answer.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status, title });
    for (const key of ['detail', 'traceId', 'errorTicket']) expect(body[key]).toBe(upstream[key]);
  });

  it('turns a plain-text 503 into problem details with the status', async () => {
    const answer = await lookup(makeSource(), '+442079460503');
    expect(answer.status).toBe(503);
    expect(answer.headers.get('content-type')).toMatch(PROBLEM_JSON);
    expect(await answer.json()).toMatchObject({ status: 503, title: 'Service Unavailable' });
  });

  it('passes Retry-After on a 429 of a reserved number', async () => {
    const answer = await lookup(makeSource(), '+442079460429');
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('2');
    expect(await answer.json()).toMatchObject({
      title: 'Too Many Requests',
      detail: 'Rate limit: 10 requests per 10 seconds.',
    });
  });
});

describe('createLiveSource: upstream failures', () => {
  it('keeps status, traceId and errorTicket of an upstream 500', async () => {
    platform.failNext('status-500');
    const answer = await lookup(makeSource(), VENDOR_NUMBER);
    expect(answer.status).toBe(500);
    expect(answer.headers.get('content-type')).toMatch(PROBLEM_JSON);
    expect(await answer.json()).toEqual({
      type: 'about:blank',
      title: 'An error occurred while processing your request.',
      status: 500,
      traceId: fakeFailureDetails.traceId,
      errorTicket: fakeFailureDetails.errorTicket,
    });
  });

  it('passes Retry-After on an upstream 429', async () => {
    platform.failNext('status-429');
    const answer = await lookup(makeSource(), VENDOR_NUMBER);
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe(fakeFailureDetails.retryAfterSeconds);
  });

  it('answers 504 within timeoutMs when Live Platform hangs, and hangs up', async () => {
    platform.failNext('hang');
    const started = performance.now();
    const answer = await lookup(makeSource({ timeoutMs: 300 }), VENDOR_NUMBER);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(answer.status).toBe(504);
    expect(await answer.json()).toMatchObject({ status: 504, title: liveTitles.timeout });
    await vi.waitFor(() => expect(platform.requests[0]!.aborted).toBe(true));
  });

  it('answers 502 when the connection is refused', async () => {
    const port = await closedPort();
    const answer = await lookup(
      makeSource({ baseUrl: `http://127.0.0.1:${port}/tenantui` }),
      VENDOR_NUMBER,
    );
    expect(answer.status).toBe(502);
    expect(await answer.json()).toMatchObject({
      title: liveTitles.unreachable,
      detail: 'Network error ECONNREFUSED.',
    });
  });

  it('answers 502 when the host name does not resolve', async () => {
    const answer = await lookup(
      makeSource({ baseUrl: 'http://no-such-host.invalid/tenantui' }),
      VENDOR_NUMBER,
    );
    expect(answer.status).toBe(502);
    expect(await answer.json()).toMatchObject({ title: liveTitles.unreachable });
  });

  it.each([
    ['the fake closes the connection', () => platform.failNext('close-connection'), VENDOR_NUMBER],
    ['a reserved number drops the connection', () => undefined, '+442079460000'],
  ])('answers 502 when %s', async (_, arrange, e164) => {
    arrange();
    const answer = await lookup(makeSource(), e164);
    expect(answer.status).toBe(502);
    expect(await answer.json()).toMatchObject({ title: liveTitles.unreachable });
  });

  it('answers 502 for a body larger than maxBodyBytes (declared length)', async () => {
    const answer = await lookup(makeSource({}, { maxBodyBytes: 100 }), VENDOR_NUMBER);
    expect(answer.status).toBe(502);
    expect(await answer.json()).toMatchObject({ title: liveTitles.tooLarge });
  });

  it('stops reading an endless chunked body once past maxBodyBytes', async () => {
    let written = 0;
    const endless = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(16 * 1024, 'a');
      const pump = () => {
        while (!res.destroyed && written < 64 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
      };
      pump();
    });
    const base = await listen(endless);
    try {
      const answer = await lookup(
        makeSource({ baseUrl: base }, { maxBodyBytes: 64 * 1024 }),
        VENDOR_NUMBER,
      );
      expect(answer.status).toBe(502);
      expect(await answer.json()).toMatchObject({ title: liveTitles.tooLarge });
      expect(written).toBeLessThan(16 * 1024 * 1024);
    } finally {
      endless.closeAllConnections();
      await new Promise((resolve) => endless.close(resolve));
    }
  });
});

describe('createLiveSource: token', () => {
  it('makes one token request for 50 concurrent lookups', async () => {
    const source = makeSource();
    const all = await Promise.all(Array.from({ length: 50 }, () => lookup(source, VENDOR_NUMBER)));
    expect(all.every((answer) => answer.status === 200)).toBe(true);
    expect(entra.tokenRequests).toHaveLength(1);
    expect(platform.requests).toHaveLength(50);
    expect(platform.requests.every((request) => request.authorized)).toBe(true);
  });

  it('reuses the token across lookups', async () => {
    const source = makeSource();
    await lookup(source, VENDOR_NUMBER);
    await lookup(source, '+442079460204');
    expect(entra.tokenRequests).toHaveLength(1);
  });

  it('replaces an expired token', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    const source = makeSource();
    expect((await lookup(source, VENDOR_NUMBER)).status).toBe(200);
    vi.setSystemTime(Date.now() + 3600 * 1000);
    expect((await lookup(source, VENDOR_NUMBER)).status).toBe(200);
    expect(entra.tokenRequests).toHaveLength(2);
    expect(platform.requests.every((request) => request.authorized)).toBe(true);
  });

  it('after one 401, gets a new token and retries once', async () => {
    platform.failNext('unauthorized');
    const answer = await lookup(makeSource(), VENDOR_NUMBER);
    expect(answer.status).toBe(200);
    expect(entra.tokenRequests).toHaveLength(2);
    expect(platform.requests).toHaveLength(2);
    expect(parseLog().map(({ upstreamStatus, attempt }) => ({ upstreamStatus, attempt }))).toEqual([
      { upstreamStatus: 401, attempt: 1 },
      { upstreamStatus: 200, attempt: 2 },
    ]);
  });

  it('answers 401 problem details after two 401s, and tries no third time', async () => {
    platform.failNext('unauthorized', 2);
    const answer = await lookup(makeSource(), VENDOR_NUMBER);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('content-type')).toMatch(PROBLEM_JSON);
    expect(answer.headers.get('www-authenticate')).toBeNull();
    expect(await answer.json()).toMatchObject({ status: 401, title: 'Unauthorized' });
    expect(platform.requests).toHaveLength(2);
    expect(entra.tokenRequests).toHaveLength(2);
  });

  it('is refused by the fake for a token with the wrong audience', async () => {
    const tokens = createTokenProvider(
      { ...settings, scope: 'api://someone-else/.default' },
      { allowInsecureHttp: true },
    );
    const answer = await lookup(makeSource({}, {}, tokens), VENDOR_NUMBER);
    expect(answer.status).toBe(401);
    expect(platform.requests.map((request) => request.authorized)).toEqual([false, false]);
  });

  it('answers 502 when no token can be had, without the secret', async () => {
    entra.failNext(401);
    const answer = await lookup(makeSource(), VENDOR_NUMBER);
    expect(answer.status).toBe(502);
    expect(await answer.json()).toMatchObject({ title: liveTitles.token });
    expect(platform.requests).toHaveLength(0);
    expect(logLines.join('')).toContain('invalid_client');
  });

  it('answers 504 when the token does not come within timeoutMs', async () => {
    const never: TokenProvider = { getToken: () => new Promise(() => undefined), invalidate() {} };
    const answer = await lookup(makeSource({ timeoutMs: 200 }, {}, never), VENDOR_NUMBER);
    expect(answer.status).toBe(504);
    expect(await answer.json()).toMatchObject({ title: liveTitles.token });
  });
});

describe('createLiveSource: the caller', () => {
  it('aborts the upstream request and rethrows when the caller aborts', async () => {
    platform.failNext('hang');
    const controller = new AbortController();
    const pending = makeSource().getNumber(VENDOR_NUMBER, controller.signal);
    await vi.waitFor(() => expect(platform.requests).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await vi.waitFor(() => expect(platform.requests[0]!.aborted).toBe(true));
  });

  it('rethrows an abort while it waits for a token', async () => {
    const never: TokenProvider = { getToken: () => new Promise(() => undefined), invalidate() {} };
    const controller = new AbortController();
    const pending = makeSource({}, {}, never).getNumber(VENDOR_NUMBER, controller.signal);
    await sleep(20);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('logs one line per upstream call: status, latency, attempt; nothing else of the request', async () => {
    const source = makeSource();
    await lookup(source, VENDOR_NUMBER);
    await lookup(source, '+442079460404');
    const lines = parseLog();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ upstreamStatus: 200, attempt: 1 });
    expect(lines[1]).toMatchObject({ upstreamStatus: 404, attempt: 1 });
    for (const line of lines) {
      expect(typeof line.latencyMs).toBe('number');
      expect(Object.keys(line).sort()).toEqual(
        [
          'attempt',
          'hostname',
          'latencyMs',
          'level',
          'msg',
          'pid',
          'time',
          'upstreamStatus',
        ].sort(),
      );
    }
  });
});

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/tenantui`;
}
