import { sandboxSource } from './sandbox/sandbox-source.ts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { outcomeKind, phoneCorpus } from '../src/features/numbers/phone-corpus.ts';
import { isValidE164 } from '../src/lib/e164.ts';
import { createApp } from './app.ts';
import type { NumberSource } from './number-source.ts';
import { sandboxAppConfig } from './sandbox/sandbox-config.ts';

/*
 * Every input of the phone corpus (src/features/numbers/phone-corpus.ts) sent to the lookup route:
 * only a canonical E.164 number of a valid number reaches the source, exactly as sent; anything
 * else is a 400 problem, never a 5xx.
 */
const getNumber = vi.fn<NumberSource['getNumber']>((e164) =>
  Promise.resolve(Response.json({ telephoneNumber: e164 })),
);
const app = createApp({
  source: { mode: 'demo', read: sandboxSource.read, getNumber },
  appConfig: sandboxAppConfig,
});
const route = '/api/v2/oc/numbers/';
const PROBLEM_JSON = /^application\/problem\+json/;

beforeEach(() => {
  getNumber.mockClear();
});

// A lone surrogate cannot be percent-encoded; a browser sends U+FFFD in its place.
const encode = (input: string) => encodeURIComponent(input.replace(/\p{Cs}/gu, '\ufffd'));

const name = (input: string) => {
  const shown = JSON.stringify(input);
  return shown.length > 70 ? `${shown.slice(0, 60)}… (${input.length} chars)` : shown;
};

const cases = phoneCorpus.map((entry) => ({
  name: `${entry.group}: ${name(entry.input)}`,
  input: entry.input,
  canonical: entry.expected === entry.input,
}));
const canonicalCount = cases.filter((entry) => entry.canonical).length;
const expectedNumbers = new Set(
  phoneCorpus.flatMap(({ expected }) => (outcomeKind(expected) === 'e164' ? [expected] : [])),
);

// An empty segment, "." or ".." leaves no number in the path at all: no such route.
const noSegment = (segment: string) => ['', '.', '..'].includes(segment);

async function expectRefused(res: Response, status = 400) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(PROBLEM_JSON);
  expect(await res.json()).toMatchObject({ status });
  expect(getNumber).not.toHaveBeenCalled();
}

async function expectLookedUp(res: Response, e164: string) {
  expect(res.status).toBe(200);
  expect(await res.json()).toStrictEqual({ telephoneNumber: e164 });
  expect(getNumber).toHaveBeenCalledOnce();
  expect(getNumber).toHaveBeenCalledWith(e164, expect.any(AbortSignal));
}

describe('GET /api/v2/oc/numbers/{input}, URL-encoded, for each corpus input', () => {
  it('has canonical numbers and refusals to check', () => {
    expect(canonicalCount).toBeGreaterThanOrEqual(10);
    expect(expectedNumbers.size).toBeGreaterThan(100);
    expect(cases.length - canonicalCount).toBeGreaterThan(300);
  });

  it.each(cases)('$name', async ({ input, canonical }) => {
    const segment = encode(input);
    const res = await app.request(route + segment);
    if (canonical) await expectLookedUp(res, input);
    else await expectRefused(res, noSegment(segment) ? 404 : 400);
  });

  // Every number the corpus expects is what the app sends: each must be looked up as it is.
  it.each([...expectedNumbers])('looks up %s, as the app sends it', async (e164) => {
    await expectLookedUp(await app.request(route + encode(e164)), e164);
  });
});

// As typed into an address bar: only inputs that stay one path segment, unchanged by the URL
// parser, reach the route as they are.
const rawCases = cases.filter(({ input }) => {
  if (!/^[\x21-\x7e]+$/.test(input) || /[/?#%\\]/.test(input)) return false;
  return URL.parse(route + input, 'http://localhost')?.pathname === route + input;
});

describe('GET /api/v2/oc/numbers/{input}, not encoded', () => {
  it('covers raw inputs', () => {
    expect(rawCases.length).toBeGreaterThan(40);
  });

  it.each(rawCases)('$name', async ({ input, canonical }) => {
    const res = await app.request(route + input);
    if (canonical) await expectLookedUp(res, input);
    else await expectRefused(res);
  });

  // Paths the URL parser rewrites (dot segments, slashes, spaces) may land on other routes.
  it.each(cases.filter((entry) => !rawCases.includes(entry)))(
    '$name never fails and never reaches the source with anything but a valid number',
    async ({ input }) => {
      const url = URL.parse(route + input, 'http://localhost');
      if (!url) return;
      const res = await app.request(url.pathname + url.search);
      expect(res.status).toBeLessThan(500);
      for (const [e164] of getNumber.mock.calls) expect(isValidE164(e164)).toBe(true);
    },
  );
});
