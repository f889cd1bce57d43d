import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  test as base,
  expect,
  type APIResponse,
  type Locator,
  type Page,
  type Request,
} from '@playwright/test';
import type {
  FakeFailure,
  FakeRequest,
  RawAnswer,
} from '../../server/testing/fake-live-platform.ts';
import type { TokenFault } from '../../server/testing/mock-entra.ts';
import {
  browserTrafficDir,
  controlUrl,
  serverLogFile,
  stackConfig,
  stackSecrets,
} from './stack-config.ts';

/*
 * Fixtures of the live-mode e2e suite: `control`, the stack's control API (e2e/live/live-stack.ts),
 * and an automatic recorder of everything the browser receives (status, headers, body of every
 * response), written to test-results/live-browser-traffic/ for the final audit and checked at the
 * end of each test: no secret of the stack and no token the identity provider issued.
 */

async function call(method: 'GET' | 'POST', route: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${controlUrl}${route}`, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  if (!res.ok) throw new Error(`control ${method} ${route}: HTTP ${res.status}`);
  return res.status === 204 ? undefined : res.json();
}

export const control = {
  info: () => call('GET', '/info') as Promise<{ livePlatformHost: string; issuer: string }>,
  /** The next `count` calls to the fake Live Platform's numbers route fail this way. */
  failNext: (mode: FakeFailure, count = 1) => call('POST', '/fail-next', { mode, count }),
  /** How many client-credentials token requests the identity provider has answered so far. */
  tokenRequests: async () => ((await call('GET', '/token-requests')) as { count: number }).count,
  issuedTokens: async () => ((await call('GET', '/issued-tokens')) as { tokens: string[] }).tokens,
  livePlatformRequests: async () =>
    ((await call('GET', '/live-platform-requests')) as { requests: FakeRequest[] }).requests,
  /** Client-credentials tokens issued from now on live this long; null: the default (1 h). */
  expireTokens: (seconds: number | null) => call('POST', '/expire-tokens', { seconds }),
  /** The roles claim of the ID tokens of sign-ins from now on. */
  nextLoginRoles: (roles: string[]) => call('POST', '/next-login-roles', { roles }),
  /** Live Platform's address refuses connections (true) or takes them again (false). */
  refuseConnections: (refuse: boolean) => call('POST', '/refuse-connections', { refuse }),
  /** Every lookup of `e164` gets this raw answer (a text body) from now on; null: the usual. */
  serve: (e164: string, answer: (Omit<RawAnswer, 'body'> & { body?: string }) | null) =>
    call('POST', '/serve', { e164, answer }),
  /** Each answer of the hostile answers corpus is served for its own number. */
  serveHostileAnswers: () => call('POST', '/serve-hostile-answers'),
  /** The next `count` requests to the identity provider's token endpoint fail this way. */
  failTokensNext: (fault: TokenFault, count = 1) =>
    call('POST', '/fail-tokens-next', { fault, count }),
  /** The identity provider refuses connections (true) or takes them again (false). */
  identityRefusesConnections: (refuse: boolean) =>
    call('POST', '/identity-refuses-connections', { refuse }),
  /** The second app instance is made anew: nothing discovered, nothing cached. */
  renewSecondApp: () => call('POST', '/renew-second-app'),
  /**
   * Default roles and token lifetime, connections taken (Live Platform's and the identity
   * provider's), no failure or token fault queued, no raw answer served.
   */
  reset: () => call('POST', '/reset'),
};

export type Control = typeof control;

/** The lookup API's path for a number. */
export const lookupPath = (e164: string) => `/api/v2/oc/numbers/${encodeURIComponent(e164)}`;

/** Looks a number up through the API with the page's session (its cookies). */
export const lookUp = (page: Page, e164: string): Promise<APIResponse> =>
  page.request.get(lookupPath(e164));

/** Signs in through the mock identity provider (which approves at once) and waits for the app. */
export async function signIn(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(
    page.getByRole('banner').getByText(stackConfig.user.name, { exact: true }),
  ).toBeVisible();
}

/** The secrets and tokens found in `text`, by name (never the value itself). */
export function leaksIn(text: string, tokens: readonly string[]): string[] {
  const found: string[] = [];
  stackSecrets.forEach((secret, index) => {
    if (text.includes(secret)) found.push(`secret #${index}`);
  });
  tokens.forEach((token, index) => {
    // The whole token, or its payload or signature alone (the header is the same for all).
    const [, payload = '', signature = ''] = token.split('.');
    if ([token, payload, signature].some((part) => part.length > 20 && text.includes(part))) {
      found.push(`token #${index}`);
    }
  });
  return found;
}

/** The server's log so far, one parsed JSON line each. */
export function serverLog(): Record<string, unknown>[] {
  return readFileSync(serverLogFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The log lines written while serving requests with these ids (X-Request-Id of the answers). */
export const serverLogOf = (requestIds: readonly string[]) =>
  serverLog().filter((line) => requestIds.includes(line.requestId as string));

/**
 * Collects the X-Request-Id of every number lookup's answer the page gets from now on, to find
 * the server's log lines about them.
 */
export function trackLookupIds(page: Page): string[] {
  const ids: string[] = [];
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/v2/oc/numbers/')) return;
    const id = response.headers()['x-request-id'];
    if (id) ids.push(id);
  });
  return ids;
}

/**
 * The browser waits 1 s, 2 s and 4 s between retries of a failed lookup (a 429: its Retry-After).
 * skip(settled) jumps the page's clock over those waits until `settled` shows, moving it only
 * while no lookup is on its way (so no request's own timeout moves). The page's clock must be
 * installed (page.clock.install()) before the page loads; the waits still happen, in order, and
 * every retry still goes to the server.
 */
export function retryWaitSkipper(page: Page): { skip(settled: Locator): Promise<void> } {
  let inFlight = 0;
  const isLookup = (request: Request) =>
    new URL(request.url()).pathname.startsWith('/api/v2/oc/numbers/');
  page.on('request', (request) => {
    if (isLookup(request)) inFlight++;
  });
  const done = (request: Request) => {
    if (isLookup(request)) inFlight--;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  const notice = page.getByRole('status').filter({ hasText: 'Retrying' });
  return {
    async skip(settled) {
      for (let round = 0; round < 200 && !(await settled.first().isVisible()); round++) {
        if (inFlight === 0 && (await notice.isVisible())) await page.clock.fastForward(8_100);
        await page.waitForTimeout(100);
      }
    },
  };
}

type Recorded = { url: string; status: number; headers: Promise<string>; body: Promise<string> };

/**
 * Records everything `page` receives from now on (status, headers, body of every response);
 * finish() writes it to test-results/live-browser-traffic/ for the final audit and checks it holds
 * no secret of the stack and no token the identity provider issued.
 */
export function recordPageTraffic(page: Page): { finish(name: string): Promise<void> } {
  const recorded: Recorded[] = [];
  page.on('response', (response) => {
    recorded.push({
      url: response.url(),
      status: response.status(),
      headers: response
        .headersArray()
        .then((headers) => headers.map(({ name, value }) => `${name}: ${value}`).join('\n'))
        .catch(() => ''),
      // Redirects have no body; a response still arriving when the test ends is cut short. The
      // build's hashed files are the files of dist/, which the audit reads itself: not copied
      // again for every page (a megabyte each).
      body: new URL(response.url()).pathname.startsWith('/assets/')
        ? Promise.resolve('(a file of the build: audited in dist/)')
        : response.text().catch(() => ''),
    });
  });
  return {
    async finish(name) {
      const received = await Promise.all(
        recorded.map(async (r) => {
          const [headers, body] = await Promise.all([
            withTimeout(r.headers, 5_000, ''),
            withTimeout(r.body, 5_000, ''),
          ]);
          return `=== ${r.status} ${r.url}\n${headers}\n\n${body}`;
        }),
      );
      const dump = received.join('\n');
      mkdirSync(browserTrafficDir, { recursive: true });
      writeFileSync(path.join(browserTrafficDir, `${name}.txt`), dump);
      expect(leaksIn(dump, await control.issuedTokens()), 'secrets seen by the browser').toEqual(
        [],
      );
    },
  };
}

const withTimeout = <T>(promise: Promise<T>, ms: number, fallback: T) =>
  Promise.race([
    promise,
    new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms).unref()),
  ]);

export const test = base.extend<{ control: Control; recordTraffic: undefined }>({
  // eslint-disable-next-line no-empty-pattern
  control: async ({}, provide) => {
    await provide(control);
  },
  recordTraffic: [
    async ({ page }, provide, testInfo) => {
      const recording = recordPageTraffic(page);
      await provide(undefined);
      await recording.finish(testInfo.testId);
    },
    { auto: true },
  ],
});

export { expect };
