import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSession, sealSession, sessionCookieName } from './auth/session-cookie.ts';
import { composeApp } from './compose-app.ts';
import { createLogger } from './request-log.ts';
import { parseSettings } from './settings.ts';
import { makeFakeDist } from './testing/fake-dist.ts';
import type { FakeLivePlatform } from './testing/fake-live-platform.ts';
import { hostileAnswers, type HostileAnswer } from './testing/hostile-answers.ts';
import { startLivePair, type LivePair } from './testing/live-pair.ts';
import type { MockEntra } from './testing/mock-entra.ts';

/*
 * Every answer of the hostile answers corpus (testing/hostile-answers.ts), sent byte for byte by
 * the fake Live Platform, through the whole server in live mode as `npm start` composes it. Our
 * API must answer each with the expected status, only ever as JSON (problem details for errors),
 * with nosniff and its own security headers; none of Live Platform's cookies, CSP, CORS or
 * redirect headers may come through; and no secret or token may be in an answer or a log line.
 */

const tenantId = 'f94238e5-4f2c-4e1b-8125-2d27122ca75f';
const clientSecret = 'hostile-test-client-secret~9c1e';
const sessionSecret = 'hostile-answers-session-secret-of-40-chars';

let pair: LivePair;
let entra: MockEntra;
let livePlatform: FakeLivePlatform;
let app: ReturnType<typeof composeApp>;
let cookie: string;
const logLines: string[] = [];
// With a build to serve, the server sends its production headers (the strict CSP among them).
const dist = makeFakeDist();

beforeAll(async () => {
  pair = await startLivePair(tenantId);
  ({ entra, livePlatform } = pair);
  const settings = parseSettings(
    pair.liveEnv({ clientSecret, sessionSecret, staffSecret: 'staff-secret-of-the-hostile-test' }),
  );
  const logger = createLogger({ write: (line: string) => void logLines.push(line) });
  app = composeApp(settings, { logger, distDir: dist.distDir });
  const session = await sealSession(
    sessionSecret,
    newSession({ sub: 'u1', name: 'Ada', roles: [] }),
  );
  cookie = `${sessionCookieName}=${session}`;
  for (const answer of hostileAnswers) livePlatform.serve(answer.e164, answer.raw());
});

afterAll(async () => {
  await pair.close();
  dist.remove();
});

const lookUp = (answer: HostileAnswer) =>
  app.request(`/api/v2/oc/numbers/${encodeURIComponent(answer.e164)}`, { headers: { cookie } });

/** The body Live Platform sent, as the server reads it (fetch undoes chunks and gzip). */
function upstreamBody(answer: HostileAnswer): Buffer {
  const raw = answer.raw();
  const header = (name: string) =>
    raw.headers?.find(([key]) => key.toLowerCase() === name)?.[1]?.toLowerCase();
  let body: Buffer =
    typeof raw.body === 'string' ? Buffer.from(raw.body) : Buffer.from(raw.body ?? []);
  if (header('transfer-encoding') === 'chunked') body = dechunk(body);
  return header('content-encoding') === 'gzip' ? gunzipSync(body) : body;
}

function dechunk(chunked: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = chunked.indexOf('\r\n', at);
    const size = parseInt(chunked.subarray(at, lineEnd).toString('latin1'), 16);
    if (!(size > 0)) return Buffer.concat(parts);
    parts.push(chunked.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

// Headers only Live Platform could have put there: none may reach the browser.
const upstreamOnlyHeaders = [
  'set-cookie',
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'location',
  'link',
  'refresh',
  'clear-site-data',
  'content-disposition',
  'content-range',
  'content-encoding',
  'expires',
  'www-authenticate',
];

const secrets = () => [clientSecret, sessionSecret, ...entra.issuedTokens];

describe('the hostile answers corpus', () => {
  it('has at least 60 answers, each its own number and name', () => {
    expect(hostileAnswers.length).toBeGreaterThanOrEqual(60);
    expect(new Set(hostileAnswers.map((answer) => answer.e164)).size).toBe(hostileAnswers.length);
    expect(new Set(hostileAnswers.map((answer) => answer.name)).size).toBe(hostileAnswers.length);
  });
});

describe.each(hostileAnswers.map((answer) => [answer.name, answer] as const))(
  'Live Platform answers %s',
  (_name, answer) => {
    it(`our API answers ${answer.status}, as JSON, with nothing of Live Platform's headers`, async () => {
      const linesBefore = logLines.length;
      const res = await lookUp(answer);
      const body = Buffer.from(await res.arrayBuffer());
      const text = body.toString('utf8');

      expect(res.status).toBe(answer.status);
      // Never a 5xx of our own making: our 502 and 504 problems, or Live Platform's own 5xx passed on.
      if (res.status >= 500) expect([502, 504, answer.raw().status]).toContain(res.status);

      const contentType = res.headers.get('content-type') ?? '';
      expect(contentType).toMatch(/^application\/(problem\+)?json(;|$)/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      for (const name of upstreamOnlyHeaders) expect(res.headers.get(name), name).toBeNull();

      if (res.status === 200) {
        // The record as data: the exact bytes Live Platform sent, as JSON, never kept in a cache.
        expect(contentType).toMatch(/^application\/json(;|$)/);
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(body.equals(upstreamBody(answer))).toBe(true);
      } else {
        // Problem details, as data: the upstream's text only ever inside JSON strings.
        expect(contentType).toMatch(/^application\/problem\+json(;|$)/);
        const problem = JSON.parse(text) as { status?: unknown; title?: unknown };
        expect(problem.status).toBe(answer.status);
        expect(typeof problem.title).toBe('string');
      }
      if (answer.retryAfter !== undefined) {
        expect(res.headers.get('retry-after')).toBe(answer.retryAfter);
      }

      const log = logLines.slice(linesBefore);
      // One line for the request, one per upstream call, each of them JSON.
      expect(log.length).toBeGreaterThanOrEqual(2);
      const lines = log.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines.some((line) => line.msg === 'Live Platform call')).toBe(true);
      for (const line of lines) expect(line.level).toBeLessThan(50);

      const seen = [text, JSON.stringify([...res.headers]), ...log].join('\n');
      for (const secret of secrets()) expect(seen).not.toContain(secret);
      expect(seen.toLowerCase()).not.toContain('bearer ');
    });
  },
);
