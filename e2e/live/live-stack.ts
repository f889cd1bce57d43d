import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { pino } from 'pino';
import { composeApp } from '../../server/compose-app.ts';
import { createLogger } from '../../server/request-log.ts';
import type { FakeFailure, RawAnswer } from '../../server/testing/fake-live-platform.ts';
import { hostileAnswers } from '../../server/testing/hostile-answers.ts';
import { tokenFaults, type TokenFault } from '../../server/testing/mock-entra.ts';
import { startRefusableGateway } from '../../server/testing/refusable-gateway.ts';
import { serverLogFile, stackConfig } from './stack-config.ts';
import { stackSettings, startStackUpstreams } from './stack-upstreams.ts';

/*
 * The live-mode e2e stack, one Node process (Playwright's webServer runs
 * `node e2e/live/live-stack.ts`), everything on loopback:
 *  - a mock Entra ID (oauth2-mock-server) for the app's client-credentials token and staff sign-in;
 *  - the fake Live Platform (server/testing/fake-live-platform.ts), behind a TCP gateway that can
 *    refuse connections;
 *  - the app in live mode, composed as `npm start` does, serving the production build (dist/);
 *  - a second instance of the app, made anew on demand (its sign-in has discovered nothing yet),
 *    for journeys that start with a fresh server;
 *  - a control API for the tests (fail the next upstream calls, serve raw or hostile answers for
 *    numbers, make the token endpoint fail, take the identity provider off the network, count
 *    token requests, shorten token lifetimes, set the roles of the next sign-ins, add latency to
 *    every Live Platform answer), on a port of its own.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const distDir = path.join(root, 'dist');
const logFile = path.join(root, serverLogFile);
const { host } = stackConfig;

if (!existsSync(path.join(distDir, 'index.html'))) {
  console.error('live-stack: no production build in dist/. Run `npx vite build` first.');
  process.exit(1);
}

const { identity, livePlatform } = await startStackUpstreams();
const livePlatformUrl = new URL(livePlatform.url);
const gateway = await startRefusableGateway({
  host,
  port: Number(livePlatformUrl.port),
});
const gatewayUrl = `http://${host}:${gateway.port}${livePlatformUrl.pathname}`;

mkdirSync(path.dirname(logFile), { recursive: true });
// The server's own logger (request ids on every line), writing where the tests read it.
const logger = createLogger(pino.destination({ dest: logFile, sync: true, mkdir: true }));

const settingsFor = (port: number) =>
  stackSettings(identity, { port, livePlatformUrl: gatewayUrl });
const app = composeApp(settingsFor(stackConfig.appPort), { distDir, logger });
const freshApp = () => composeApp(settingsFor(stackConfig.freshAppPort), { distDir, logger });
let secondApp = freshApp();

const failures: readonly FakeFailure[] = [
  'status-500',
  'status-429',
  'hang',
  'unauthorized',
  'close-connection',
];
const isFailure = (value: unknown): value is FakeFailure => failures.includes(value as FakeFailure);
const isTokenFault = (value: unknown): value is TokenFault =>
  tokenFaults.includes(value as TokenFault);

/** A raw answer as JSON: the body as text, or as base64 for bytes that are not UTF-8. */
type RawAnswerJson = Omit<RawAnswer, 'body'> & { body?: string; bodyBase64?: string };
const fromJson = ({ bodyBase64, ...answer }: RawAnswerJson): RawAnswer =>
  bodyBase64 === undefined ? answer : { ...answer, body: Buffer.from(bodyBase64, 'base64') };

/**
 * Empties the fake's queue of failures: asks it directly (no token) until it answers the plain
 * 401 it gives without one. A hang is cut short; a dropped connection just counts as one.
 */
async function drainFailures() {
  const url = `${livePlatform.url}/api/v2/oc/numbers/%2B442074996300`;
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(300) });
      await res.body?.cancel();
      if (res.status === 401 && res.headers.get('www-authenticate') === 'Bearer') return;
    } catch {
      // a hang or a dropped connection: one failure used up
    }
  }
  throw new Error('the fake Live Platform kept failing');
}

const control = new Hono();
control.get('/info', (c) =>
  c.json({
    livePlatformHost: `${host}:${gateway.port}`,
    issuer: identity.issuer,
  }),
);
control.post('/fail-next', async (c) => {
  const { mode, count = 1 } = await c.req.json<{ mode: unknown; count?: number }>();
  if (!isFailure(mode)) return c.json({ error: `mode must be one of ${failures.join(', ')}` }, 400);
  livePlatform.failNext(mode, count);
  return c.body(null, 204);
});
control.post('/serve', async (c) => {
  const { e164, answer } = await c.req.json<{ e164: string; answer: RawAnswerJson | null }>();
  livePlatform.serve(e164, answer ? fromJson(answer) : undefined);
  return c.body(null, 204);
});
control.post('/serve-hostile-answers', (c) => {
  // Each corpus answer for its own number; bodies are built once, on first use.
  for (const answer of hostileAnswers) livePlatform.serve(answer.e164, answer.raw());
  return c.body(null, 204);
});
control.post('/fail-tokens-next', async (c) => {
  const { fault, count = 1 } = await c.req.json<{ fault: unknown; count?: number }>();
  if (!isTokenFault(fault)) {
    return c.json({ error: `fault must be one of ${tokenFaults.join(', ')}` }, 400);
  }
  identity.failTokensNext(fault, count);
  return c.body(null, 204);
});
control.post('/identity-refuses-connections', async (c) => {
  const { refuse } = await c.req.json<{ refuse: boolean }>();
  await identity.refuseConnections(refuse);
  return c.body(null, 204);
});
control.post('/renew-second-app', (c) => {
  secondApp = freshApp();
  return c.body(null, 204);
});
control.get('/token-requests', (c) => c.json({ count: identity.tokenRequests.length }));
control.get('/issued-tokens', (c) => c.json({ tokens: identity.issuedTokens }));
control.get('/live-platform-requests', (c) => c.json({ requests: livePlatform.requests }));
control.post('/expire-tokens', async (c) => {
  const { seconds } = await c.req.json<{ seconds: number | null }>();
  identity.setExpiresIn(seconds ?? undefined);
  return c.body(null, 204);
});
control.post('/next-login-roles', async (c) => {
  const { roles } = await c.req.json<{ roles: string[] }>();
  identity.setSignInRoles(roles);
  return c.body(null, 204);
});
control.post('/refuse-connections', async (c) => {
  const { refuse } = await c.req.json<{ refuse: boolean }>();
  await (refuse ? gateway.refuse() : gateway.accept());
  return c.body(null, 204);
});
control.post('/latency', async (c) => {
  const { ms } = await c.req.json<{ ms: unknown }>();
  if (typeof ms !== 'number' || !Number.isInteger(ms) || ms < 0 || ms > 10_000) {
    return c.json({ error: 'ms must be a whole number of milliseconds from 0 to 10000' }, 400);
  }
  livePlatform.setLatency(ms);
  return c.body(null, 204);
});
control.post('/reset', async (c) => {
  identity.reset();
  livePlatform.setLatency(0);
  await identity.refuseConnections(false);
  livePlatform.clearServed();
  await gateway.accept();
  await drainFailures();
  return c.body(null, 204);
});

const listen = (fetch: (request: Request) => Response | Promise<Response>, port: number) =>
  new Promise<ServerType>((resolve) => {
    const server = serve({ fetch, port, hostname: host }, () => {
      resolve(server);
    });
  });

const controlServer = await listen(control.fetch, stackConfig.controlPort);
const appServer = await listen(app.fetch, stackConfig.appPort);
const secondAppServer = await listen(
  (request) => secondApp.fetch(request),
  stackConfig.freshAppPort,
);
console.log(
  `live stack: app http://${host}:${stackConfig.appPort}, Live Platform ${gatewayUrl}, ` +
    `identity ${identity.issuer}, control http://${host}:${stackConfig.controlPort}`,
);

const close = (server: ServerType) =>
  new Promise<void>((resolve) => {
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close(() => resolve());
  });

let stopping = false;
async function shutDown() {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([
    close(appServer),
    close(secondAppServer),
    close(controlServer),
    gateway.close(),
    livePlatform.close(),
    identity.stop(),
  ]);
  logger.flush();
  process.exit(0);
}
process.on('SIGINT', () => void shutDown());
process.on('SIGTERM', () => void shutDown());
