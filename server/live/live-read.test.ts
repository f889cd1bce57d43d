import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answerRelated } from '../sandbox/related-answers.ts';
import { demoTenants } from '../sandbox/demo-tenants.ts';
import type { LiveSettings } from '../settings.ts';
import type { FakeLivePlatform } from '../testing/fake-live-platform.ts';
import { startLivePair, type LivePair } from '../testing/live-pair.ts';
import type { MockEntra } from '../testing/mock-entra.ts';
import type { UpstreamRequest } from '../upstream-request.ts';
import { createLiveSource, liveTitles, type LiveSourceOptions } from './live-source.ts';
import { createTokenProvider } from './token-provider.ts';

/*
 * The live source's related reads (read) against the fake Live Platform, which answers them with
 * the sandbox's data: the same token, 401 retry, channel header, timeout, body cap and log line as
 * the number lookup, and nothing of the secret, the token or the query in a log line.
 */

const SECRET = 'client-secret-read-Zq9~never-shown';
const TENANT = demoTenants[0]!.tenantId;

let pair: LivePair;
let entra: MockEntra;
let platform: FakeLivePlatform;
let settings: LiveSettings;
let logLines: string[] = [];

beforeAll(async () => {
  pair = await startLivePair('tenant-read');
  ({ entra, livePlatform: platform } = pair);
  settings = pair.sourceSettings(SECRET);
});

afterAll(() => pair.close());

afterEach(() => {
  const forbidden = [SECRET, ...entra.issuedTokens, TENANT];
  for (const line of logLines) {
    for (const value of forbidden) expect(line).not.toContain(value);
    expect(line.toLowerCase()).not.toContain('bearer');
  }
  logLines = [];
  platform.requests.length = 0;
  platform.setLatency(0);
  entra.issuedTokens.length = 0;
});

function makeSource(overrides: Partial<LiveSettings> = {}, options: LiveSourceOptions = {}) {
  const merged = { ...settings, ...overrides };
  const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) });
  return createLiveSource(merged, createTokenProvider(merged, { allowInsecureHttp: true }), {
    logger,
    ...options,
  });
}

const never = () => new AbortController().signal;
const upstreamLines = () =>
  logLines
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.msg === 'Live Platform call');

const reads: [string, UpstreamRequest, string][] = [
  ['customers', { method: 'GET', path: '/api/v3/customer', query: {} }, ''],
  ['calling profiles', { method: 'GET', path: '/api/v2/oc/callingprofile' }, ''],
  [
    'a lead',
    { method: 'GET', path: '/api/v2/oc/lead', query: { msTenantID: TENANT } },
    `?msTenantID=${TENANT}`,
  ],
  [
    'a page of numbers',
    {
      method: 'GET',
      path: '/api/v3/oc/numbers',
      query: { msTenantId: TENANT, acquiredNumberStatus: 'Marked For Removal', pageSize: '50' },
    },
    `?msTenantId=${TENANT}&acquiredNumberStatus=Marked+For+Removal&pageSize=50`,
  ],
];

describe('live read: forwarding', () => {
  it.each(reads)('%s: the sandbox’s answer, with the token', async (_, request, search) => {
    const answer = await makeSource().read(request, never());
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const expected = await (await answerRelated(request, never())).text();
    expect(await answer.text()).toBe(expected);
    expect(platform.requests).toMatchObject([
      { method: 'GET', path: `/tenantui${request.path}`, search, authorized: true },
    ]);
    expect(upstreamLines()).toMatchObject([
      { upstreamPath: request.path, upstreamStatus: 200, attempt: 1 },
    ]);
  });

  it('number-status: a POST with the JSON body', async () => {
    const request: UpstreamRequest = {
      method: 'POST',
      path: '/api/v2/oc/numbers/action/number-status',
      body: { msTenantId: TENANT, telephoneNumbers: ['+442074996300'] },
    };
    const answer = await makeSource().read(request, never());
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe(await (await answerRelated(request, never())).text());
    expect(platform.requests).toMatchObject([
      { method: 'POST', path: '/tenantui/api/v2/oc/numbers/action/number-status' },
    ]);
  });

  it('sends X-Ovoc-Channel-Id when a channel is set', async () => {
    await makeSource({ channelId: 7 }).read(reads[0]![1], never());
    expect(platform.requests[0]!.channelId).toBe('7');
  });

  it('asks once more with a new token after a 401', async () => {
    platform.failNext('unauthorized');
    const answer = await makeSource().read(reads[2]![1], never());
    expect(answer.status).toBe(200);
    expect(upstreamLines()).toMatchObject([
      { upstreamPath: '/api/v2/oc/lead', upstreamStatus: 401, attempt: 1 },
      { upstreamPath: '/api/v2/oc/lead', upstreamStatus: 200, attempt: 2 },
    ]);
  });

  it('refuses a path that is not Live Platform’s, sending nothing', async () => {
    for (const path of ['https://elsewhere.example/api/v3/customer', '/api/../x', '/other']) {
      await expect(makeSource().read({ method: 'GET', path }, never())).rejects.toThrow(
        /Not a Live Platform path/,
      );
    }
    expect(platform.requests).toHaveLength(0);
  });
});

describe('live read: failures, as for the number', () => {
  it('500 with the ids support asks for', async () => {
    platform.failNext('status-500');
    const answer = await makeSource().read(reads[0]![1], never());
    expect(answer.status).toBe(500);
    expect(await answer.json()).toMatchObject({ errorTicket: 'LP-FAKE-0500' });
  });

  it('429 with Retry-After', async () => {
    platform.failNext('status-429');
    const answer = await makeSource().read(reads[1]![1], never());
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('7');
  });

  it('no answer within the timeout: 504, and the log line says timeout', async () => {
    platform.failNext('hang');
    const answer = await makeSource({ timeoutMs: 300 }).read(reads[2]![1], never());
    expect(answer.status).toBe(504);
    expect(await answer.json()).toMatchObject({ title: liveTitles.timeout });
    expect(upstreamLines()).toMatchObject([
      { upstreamPath: '/api/v2/oc/lead', upstreamStatus: null, cause: 'timeout' },
    ]);
  });

  it('a body past the cap: 502, and the log line says body-too-large', async () => {
    const answer = await makeSource({}, { maxBodyBytes: 1000 }).read(reads[3]![1], never());
    expect(answer.status).toBe(502);
    expect(await answer.json()).toMatchObject({ title: liveTitles.tooLarge });
    expect(upstreamLines()).toMatchObject([
      { upstreamPath: '/api/v3/oc/numbers', cause: 'body-too-large' },
    ]);
  });

  it('a dropped connection: 502, and the log line names the cause', async () => {
    platform.failNext('close-connection');
    const answer = await makeSource().read(reads[0]![1], never());
    expect(answer.status).toBe(502);
    expect(upstreamLines()[0]).toMatchObject({ upstreamStatus: null });
    expect(typeof upstreamLines()[0]!.cause).toBe('string');
  });
});

describe('live read: a tenant page over a slow network', () => {
  it('pages through 600+ numbers with 50 ms of latency a request', async () => {
    platform.setLatency(50);
    const source = makeSource();
    const started = performance.now();
    const page = (pageNumber: number) =>
      source.read(
        {
          method: 'GET',
          path: '/api/v3/oc/numbers',
          query: { msTenantId: TENANT, pageNumber: String(pageNumber), pageSize: '200' },
        },
        never(),
      );
    const first = (await (await page(1)).json()) as { totalPages: number; totalRecords: number };
    expect(first.totalRecords).toBeGreaterThan(600);
    for (let pageNumber = 2; pageNumber <= first.totalPages; pageNumber++) {
      expect((await page(pageNumber)).status).toBe(200);
    }
    const elapsed = performance.now() - started;
    expect(platform.requests).toHaveLength(first.totalPages);
    // Each request waited 50 ms upstream; one after another, the pages take at least that long.
    expect(elapsed).toBeGreaterThanOrEqual(50 * first.totalPages);
  });
});
