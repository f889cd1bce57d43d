/*
 * One server of the load benchmark (scripts/bench-load.ts), in its own process so that the load
 * generator does not share its event loop and its memory and CPU time can be read alone:
 *  - `upstream`: mock Entra ID + the fake Live Platform (the floor, and live mode's upstream);
 *  - `demo`: the real app in demo mode;
 *  - `live`: the real app in live mode against the `upstream` process (BENCH_UPSTREAM, JSON).
 * The apps are composed as `npm start` composes them (composeApp, a production build folder, the
 * request log on), except that log lines go to /dev/null. Talks to its parent over IPC only: no
 * extra HTTP route is added to what is measured.
 */
import { openSync, writeSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import {
  newSession,
  renewedSession,
  sealSession,
  sessionAbsoluteSeconds,
  sessionCookieName,
} from '../server/auth/session-cookie.ts';
import { composeApp } from '../server/compose-app.ts';
import { createLogger } from '../server/request-log.ts';
import { defaultScope, parseSettings } from '../server/settings.ts';
import { makeFakeDist } from '../server/testing/fake-dist.ts';
import { startFakeLivePlatform } from '../server/testing/fake-live-platform.ts';
import { audienceOf, startMockEntra } from '../server/testing/mock-entra.ts';

export type UpstreamInfo = { issuer: string; authority: string; livePlatformUrl: string };

/** What a server process tells its parent. */
export type ServerMessage =
  | {
      type: 'ready';
      /** The URL of the lookup to load, and the headers a signed-in browser (or the app) sends. */
      url: string;
      headers: Record<string, string>;
      upstream?: UpstreamInfo;
    }
  | {
      type: 'stats';
      memory: NodeJS.MemoryUsage;
      cpu: NodeJS.CpuUsage;
      /** Whether a full GC ran just before memory was read (needs --expose-gc). */
      gc: boolean;
      logLines: number;
    };

/** What the parent asks: figures (after a full GC when `gc`), or to stop. */
export type ParentMessage = { type: 'stats'; gc: boolean } | { type: 'stop' };

export const phonePath = '/api/v2/oc/numbers/%2B442074996300';
export const tenantId = '00000000-0000-0000-0000-00000000b0b0';
const sessionSecret = 'bench-session-secret-0123456789abcdef';
const browserHeaders = { accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' };

// Every log line costs what it costs in production (serialising, a write system call), then
// goes nowhere; the count shows that logging was on.
let logLines = 0;
const devNull = openSync('/dev/null', 'w');
const logger = createLogger({
  write(line: string) {
    logLines += 1;
    writeSync(devNull, line);
  },
});

const send = (message: ServerMessage) => process.send?.(message);
const closers: (() => Promise<void>)[] = [];

function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<number> {
  return new Promise((resolve) => {
    const server: ServerType = serve(
      { fetch, port: 0, hostname: '127.0.0.1' },
      (info: AddressInfo) => resolve(info.port),
    );
    closers.push(
      () =>
        new Promise((done) => {
          if ('closeAllConnections' in server) server.closeAllConnections();
          server.close(() => done());
        }),
    );
  });
}

async function startUpstream(): Promise<void> {
  const entra = await startMockEntra({ tenantId });
  const livePlatform = await startFakeLivePlatform({
    issuer: entra.issuer,
    audience: audienceOf(defaultScope),
  });
  closers.push(
    () => livePlatform.close(),
    () => entra.stop(),
  );
  // The fake keeps a record of every request for tests; under load that is a leak of the fake's,
  // not of the app's, so it is emptied as it fills.
  setInterval(() => {
    livePlatform.requests.length = 0;
  }, 1000).unref();
  // A client-credentials token straight from the token endpoint, as the app would get one.
  const tokenAnswer = await fetch(`${entra.authority}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'bench',
      client_secret: 'bench-secret',
      scope: defaultScope,
    }),
  });
  const { access_token: token } = (await tokenAnswer.json()) as { access_token: string };
  send({
    type: 'ready',
    url: `${livePlatform.url}${phonePath}`,
    headers: { ...browserHeaders, authorization: `Bearer ${token}` },
    upstream: {
      issuer: entra.issuer,
      authority: entra.authority,
      livePlatformUrl: livePlatform.url,
    },
  });
}

async function startApp(mode: 'demo' | 'live'): Promise<void> {
  const dist = makeFakeDist();
  closers.push(() => {
    dist.remove();
    return Promise.resolve();
  });
  const upstream =
    mode === 'live' ? (JSON.parse(process.env.BENCH_UPSTREAM ?? '') as UpstreamInfo) : undefined;
  const settings = parseSettings(
    upstream
      ? {
          LIVE_PLATFORM_URL: upstream.livePlatformUrl,
          LIVE_PLATFORM_TENANT_ID: tenantId,
          LIVE_PLATFORM_CLIENT_ID: 'bench',
          LIVE_PLATFORM_CLIENT_SECRET: 'bench-secret',
          LIVE_PLATFORM_AUTHORITY: upstream.authority,
          AUTH_ISSUER: upstream.issuer,
          AUTH_CLIENT_ID: 'staff',
          AUTH_CLIENT_SECRET: 'staff-secret',
          PUBLIC_URL: 'http://127.0.0.1:1',
          SESSION_SECRET: sessionSecret,
        }
      : {},
  );
  const app = composeApp(settings, { distDir: dist.distDir, logger });
  const port = await listen(app.fetch);
  const headers: Record<string, string> = { ...browserHeaders };
  if (upstream) {
    // A session in its last 25 minutes (signed in 7 h 35 min ago), which cannot be renewed: each
    // request then costs what a browser's requests cost between renewals (one a minute at most),
    // one unseal and no seal. A fresh cookie would be renewed, and autocannon never stores the
    // renewed one, so after a minute every request would also seal a new cookie.
    const now = Math.floor(Date.now() / 1000);
    const user = { sub: 'bench', name: 'Bench', roles: [] };
    const signedIn = newSession(user, now - sessionAbsoluteSeconds + 25 * 60);
    const session = renewedSession(signedIn, now) ?? signedIn;
    headers.cookie = `${sessionCookieName}=${await sealSession(sessionSecret, session)}`;
  }
  send({ type: 'ready', url: `http://127.0.0.1:${port}${phonePath}`, headers });
}

process.on('message', (message: ParentMessage) => {
  if (message.type === 'stop') {
    void Promise.allSettled(closers.map((close) => close())).then(() => process.exit(0));
    return;
  }
  const gc = message.gc && typeof globalThis.gc === 'function';
  if (gc) globalThis.gc?.();
  send({ type: 'stats', memory: process.memoryUsage(), cpu: process.cpuUsage(), gc, logLines });
});
// The parent went away (killed, crashed): do not linger.
process.on('disconnect', () => process.exit(0));

const role = process.argv[2];
if (role === 'upstream') await startUpstream();
else if (role === 'demo' || role === 'live') await startApp(role);
else throw new Error(`unknown role ${String(role)}`);
