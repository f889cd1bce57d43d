import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sandboxSource } from '../sandbox/sandbox-source.ts';
import type { LiveSettings } from '../settings.ts';
import { closedPort } from '../testing/closed-port.ts';
import { startHangingTokenEndpoint } from '../testing/hanging-token-endpoint.ts';
import { fakeFailureDetails, type FakeLivePlatform } from '../testing/fake-live-platform.ts';
import { startLivePair, type LivePair } from '../testing/live-pair.ts';
import type { MockEntra } from '../testing/mock-entra.ts';
import { keptBodyChars, unexpectedAnswer } from '../upstream-answer.ts';
import { createLiveSource, liveTitles, type LiveSourceOptions } from './live-source.ts';
import { createTokenProvider, type TokenProvider } from './token-provider.ts';

/*
 * The live source against real HTTP servers on loopback: oauth2-mock-server standing in for Entra
 * ID (token endpoint at Entra's path, see testing/mock-entra.ts) and the fake Live Platform, which
 * checks each bearer token's signature, issuer and audience.
 */

const SECRET = 'client-secret-Zq9~never-shown';
const VENDOR_NUMBER = '+442074996300';
const PROBLEM_JSON = /^application\/problem\+json/;

let pair: LivePair;
let entra: MockEntra;
let platform: FakeLivePlatform;
let settings: LiveSettings;
let answers: Response[] = [];
let logLines: string[] = [];

beforeAll(async () => {
  pair = await startLivePair('tenant-1');
  ({ entra, livePlatform: platform } = pair);
  settings = pair.sourceSettings(SECRET);
});

afterAll(() => pair.close());

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
        method: 'GET',
        path: '/tenantui/api/v2/oc/numbers/%2B442074996300',
        search: '',
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

  it('answers 502 for a JSON-typed 200 whose body is not JSON, with the body inside', async () => {
    const answer = await lookup(makeSource(), '+442079460666');
    expect(answer.status).toBe(502);
    expect(answer.headers.get('content-type')).toMatch(PROBLEM_JSON);
    expect(await answer.json()).toMatchObject({
      type: unexpectedAnswer.type,
      title: liveTitles.unexpected,
      upstreamStatus: 200,
      upstreamBody: await sandboxText('+442079460666'),
    });
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

/** An upstream that answers every request with `status`, `headers` and `body`. */
const answering =
  (status: number, headers: Record<string, string>, body: string) =>
  (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(status, headers);
    res.end(body);
  };

const viaUpstream = (
  status: number,
  headers: Record<string, string>,
  body: string,
  check: (answer: Response) => void | Promise<void>,
) =>
  withUpstream(answering(status, headers, body), async (base) => {
    await check(await lookup(makeSource({ baseUrl: base }), VENDOR_NUMBER));
  });

describe('createLiveSource: only JSON goes on', () => {
  const script = '<script>alert(document.cookie)</script>';

  it.each([
    ['text/html; charset=utf-8', `<!doctype html><title>x</title>${script}`],
    ['text/javascript', 'alert(document.cookie)'],
    ['application/javascript', '{"looks":"like json"}'],
    ['text/plain', '{"looks":"like json"}'],
    ['application/xml', '<number/>'],
    ['image/svg+xml', `<svg xmlns="http://www.w3.org/2000/svg">${script}</svg>`],
    ['application/json, text/html', '{}'],
  ])('turns a 200 with %s into a 502 problem that holds the body as data', async (type, body) => {
    await viaUpstream(200, { 'content-type': type }, body, async (answer) => {
      expect(answer.status).toBe(502);
      expect(answer.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
      const problem = (await answer.json()) as Record<string, unknown>;
      expect(problem).toMatchObject({
        type: unexpectedAnswer.type,
        title: liveTitles.unexpected,
        status: 502,
        upstreamStatus: 200,
        upstreamContentType: type,
        upstreamBody: body,
      });
      expect(problem.detail).toContain('not JSON');
    });
  });

  it.each([
    ['application/json', '{"telephoneNumber":"+442074996300"}'],
    ['application/json; charset=utf-8', 'null'],
    ['Application/JSON', '[1,2]'],
    ['application/problem+json', '{"title":"odd but JSON"}'],
    ['application/vnd.api+json', '{"data":{"id":9007199254740993}}'],
  ])('re-serves a 200 with %s as application/json, byte for byte', async (type, body) => {
    await viaUpstream(200, { 'content-type': type }, body, async (answer) => {
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await answer.text()).toBe(body);
    });
  });

  it('accepts a 200 without a content type when the body parses as JSON', async () => {
    const body = '\uFEFF{"telephoneNumber":"+442074996300"}';
    await withUpstream(
      (_req, res) => {
        res.removeHeader('content-type');
        res.end(body);
      },
      async (base) => {
        const answer = await lookup(makeSource({ baseUrl: base }), VENDOR_NUMBER);
        expect(answer.status).toBe(200);
        expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
        // Byte for byte, BOM included (text() would drop it).
        expect(Buffer.from(await answer.arrayBuffer()).toString('utf8')).toBe(body);
      },
    );
  });

  it.each([
    ['HTML', `<p>hi</p>${script}`, 'not JSON'],
    ['nothing', '', 'an empty body'],
  ])('refuses a 200 without a content type whose body is %s', async (_, body, says) => {
    await withUpstream(
      (_req, res) => {
        res.removeHeader('content-type');
        res.end(body);
      },
      async (base) => {
        const answer = await lookup(makeSource({ baseUrl: base }), VENDOR_NUMBER);
        expect(answer.status).toBe(502);
        const problem = (await answer.json()) as Record<string, unknown>;
        expect(problem).toMatchObject({ type: unexpectedAnswer.type, upstreamBody: body });
        expect(problem.detail).toContain(says);
        expect(problem).not.toHaveProperty('upstreamContentType');
      },
    );
  });

  it('keeps only the start of a large unexpected body', async () => {
    const body = `<html>${'x'.repeat(100_000)}</html>`;
    await viaUpstream(200, { 'content-type': 'text/html' }, body, async (answer) => {
      const problem = (await answer.json()) as Record<string, unknown>;
      expect(problem.upstreamBody).toBe(body.slice(0, keptBodyChars));
      expect(problem.upstreamBodyBytes).toBe(body.length);
    });
  });
});

describe('createLiveSource: statuses it does not expect', () => {
  it.each([600, 999, 299, 204, 201, 304, 302])(
    'answers 502 "%s is not expected", never a 500',
    async (status) => {
      const body = status === 204 || status === 304 ? '' : '{"telephoneNumber":"+1"}';
      await viaUpstream(status, { 'content-type': 'application/json' }, body, async (answer) => {
        expect(answer.status).toBe(502);
        expect(answer.headers.get('content-type')).toMatch(PROBLEM_JSON);
        const problem = (await answer.json()) as Record<string, unknown>;
        expect(problem).toMatchObject({
          type: unexpectedAnswer.type,
          title: liveTitles.unexpected,
          upstreamStatus: status,
        });
      });
    },
  );

  it('keeps an unknown 4xx or 5xx status, with a generic title', async () => {
    await viaUpstream(599, { 'content-type': 'text/html' }, '<h1>x</h1>', async (answer) => {
      expect(answer.status).toBe(599);
      expect(await answer.json()).toMatchObject({ status: 599, title: 'HTTP 599' });
    });
  });
});

describe('createLiveSource: Retry-After', () => {
  it.each([
    ['-5', null],
    ['99999999', '120'],
    ['0', '1'],
    ['soon', null],
    ['1.5', null],
    ['30', '30'],
  ])('passes an upstream Retry-After %j on as %j', async (value, expected) => {
    await viaUpstream(429, { 'retry-after': value }, '', (answer) => {
      expect(answer.status).toBe(429);
      expect(answer.headers.get('retry-after')).toBe(expected);
    });
  });

  it('turns an HTTP-date into seconds, within bounds', async () => {
    const inTenSeconds = new Date(Date.now() + 10_500).toUTCString();
    await viaUpstream(503, { 'retry-after': inTenSeconds }, '', (answer) => {
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(9);
      expect(Number(answer.headers.get('retry-after'))).toBeLessThanOrEqual(11);
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
    const never: TokenProvider = {
      getToken: () => new Promise(() => undefined),
      invalidate() {},
      abandonPending() {},
    };
    const answer = await lookup(makeSource({ timeoutMs: 200 }, {}, never), VENDOR_NUMBER);
    expect(answer.status).toBe(504);
    expect(await answer.json()).toMatchObject({ title: liveTitles.token });
  });
});

describe('createLiveSource: a token endpoint that hangs, then recovers', () => {
  it('answers 504 while it hangs, and the first lookup after the timeout succeeds', async () => {
    const endpoint = await startHangingTokenEndpoint();
    const json = answering(200, { 'content-type': 'application/json' }, '{"telephoneNumber":"+1"}');
    try {
      await withUpstream(json, async (base) => {
        const source = makeSource({ baseUrl: base, authority: endpoint.authority, timeoutMs: 300 });
        const hung = await lookup(source, VENDOR_NUMBER);
        expect(hung.status).toBe(504);
        expect(await hung.json()).toMatchObject({ title: liveTitles.token });

        endpoint.state.hanging = false;
        // The shared token request started with that lookup: it gives up with it, not 10 s later.
        await vi.waitFor(() => expect(endpoint.abandoned()).toBe(1), { timeout: 500 });
        expect((await lookup(source, VENDOR_NUMBER)).status).toBe(200);
        expect(endpoint.state.requests).toBe(2);
      });
    } finally {
      await endpoint.close();
    }
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
    const never: TokenProvider = {
      getToken: () => new Promise(() => undefined),
      invalidate() {},
      abandonPending() {},
    };
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
    expect(lines[0]).toMatchObject({
      upstreamPath: '/api/v2/oc/numbers/:phone',
      upstreamStatus: 200,
      attempt: 1,
    });
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
          'upstreamPath',
          'upstreamStatus',
        ].sort(),
      );
    }
  });
});

describe('createLiveSource: log lines name the cause', () => {
  const upstreamLine = () => parseLog().find((line) => line.msg === 'Live Platform call');

  it('connection refused: ECONNREFUSED', async () => {
    const port = await closedPort();
    await lookup(makeSource({ baseUrl: `http://127.0.0.1:${port}/tenantui` }), VENDOR_NUMBER);
    expect(upstreamLine()).toMatchObject({ upstreamStatus: null, cause: 'ECONNREFUSED' });
  });

  it('connection reset before the answer: ECONNRESET', async () => {
    await withUpstream(
      (req) => req.socket.resetAndDestroy(),
      async (base) => {
        await lookup(makeSource({ baseUrl: base }), VENDOR_NUMBER);
        expect(upstreamLine()).toMatchObject({ upstreamStatus: null, cause: 'ECONNRESET' });
      },
    );
  });

  it('connection reset in the middle of the body: ECONNRESET, with the status seen', async () => {
    await withUpstream(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        res.write('{"telephoneNumber":');
        setTimeout(() => res.socket?.resetAndDestroy(), 20);
      },
      async (base) => {
        const answer = await lookup(makeSource({ baseUrl: base }), VENDOR_NUMBER);
        expect(answer.status).toBe(502);
        expect(upstreamLine()).toMatchObject({ upstreamStatus: 200, cause: 'ECONNRESET' });
      },
    );
  });

  it('unknown host: the resolver’s code', async () => {
    await lookup(makeSource({ baseUrl: 'http://no-such-host.invalid/tenantui' }), VENDOR_NUMBER);
    expect(upstreamLine()).toMatchObject({ upstreamStatus: null });
    expect(upstreamLine()?.cause).toMatch(/^E(NOTFOUND|AI_AGAIN|AI_FAIL)$/);
  });

  it('no answer in time: timeout', async () => {
    platform.failNext('hang');
    await lookup(makeSource({ timeoutMs: 200 }), VENDOR_NUMBER);
    expect(upstreamLine()).toMatchObject({ upstreamStatus: null, cause: 'timeout' });
  });

  it('the caller went away: aborted', async () => {
    platform.failNext('hang');
    const controller = new AbortController();
    const pending = makeSource().getNumber(VENDOR_NUMBER, controller.signal);
    await vi.waitFor(() => expect(platform.requests).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(upstreamLine()).toMatchObject({ upstreamStatus: null, cause: 'aborted' });
  });

  it('a body past the cap: body-too-large, with the status seen', async () => {
    await lookup(makeSource({}, { maxBodyBytes: 100 }), VENDOR_NUMBER);
    expect(upstreamLine()).toMatchObject({ upstreamStatus: 200, cause: 'body-too-large' });
  });

  it('no cause on a call that got its answer', async () => {
    await lookup(makeSource(), VENDOR_NUMBER);
    expect(upstreamLine()).not.toHaveProperty('cause');
  });

  it('the token endpoint refused: the OAuth error as the cause', async () => {
    entra.failNext(401);
    await lookup(makeSource(), VENDOR_NUMBER);
    expect(parseLog().find((line) => line.msg === liveTitles.token)).toMatchObject({
      cause: 'invalid_client',
    });
  });

  it('the token endpoint cannot be reached: the network code as the cause', async () => {
    const port = await closedPort();
    await lookup(makeSource({ authority: `http://127.0.0.1:${port}/tenant-1` }), VENDOR_NUMBER);
    expect(parseLog().find((line) => line.msg === liveTitles.token)).toMatchObject({
      cause: 'ECONNREFUSED',
    });
  });
});

/** Runs `test` against a Live Platform of its own: a plain node:http server with `handler`. */
async function withUpstream(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  test: (baseUrl: string) => Promise<void>,
) {
  const server = createServer(handler);
  const base = await listen(server);
  try {
    await test(base);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/tenantui`;
}
