/*
 * One process of the batch benchmark's live stack (scripts/bench-batch.ts), each apart as they
 * are in use: the app on its own (as `npm start` runs it), and what stands in for Microsoft and
 * AudioCodes (mock Entra ID + the fake Live Platform) in another, so neither shares an event
 * loop with the other or with the benchmark's browser driver.
 *  - `upstreams`: mock Entra ID (with the stack's staff sign-in) and the fake Live Platform,
 *    answering after BENCH_LATENCY_MS;
 *  - `app`: the real app in live mode against them (BENCH_UPSTREAMS, JSON), serving the
 *    production build in dist/, its request log on and written to /dev/null.
 * Talks to its parent over IPC only.
 */
import { openSync, writeSync } from 'node:fs';
import { startStackApp, type StackUpstreams } from '../e2e/live/own-stack.ts';
import { startStackUpstreams } from '../e2e/live/stack-upstreams.ts';
import { createLogger } from '../server/request-log.ts';

/** What a stack process tells its parent. */
export type StackMessage =
  | { type: 'upstreams'; upstreams: StackUpstreams }
  | { type: 'app'; appUrl: string }
  | { type: 'lookups'; count: number };

/** What the parent asks: how many number lookups reached the fake so far (upstreams), or to stop. */
export type StackRequest = { type: 'lookups' } | { type: 'stop' };

const send = (message: StackMessage) => process.send?.(message);
const numberPath = '/tenantui/api/v2/oc/numbers/';

async function startUpstreams() {
  const { identity, livePlatform } = await startStackUpstreams();
  livePlatform.setLatency(Number(process.env.BENCH_LATENCY_MS ?? 50));
  process.on('message', (message: StackRequest) => {
    if (message.type !== 'lookups') return;
    const count = livePlatform.requests.filter((request) => request.path.startsWith(numberPath));
    send({ type: 'lookups', count: count.length });
  });
  send({
    type: 'upstreams',
    upstreams: {
      issuer: identity.issuer,
      authority: identity.authority,
      livePlatformUrl: livePlatform.url,
    },
  });
}

async function startApp() {
  const upstreams = JSON.parse(process.env.BENCH_UPSTREAMS ?? '') as StackUpstreams;
  // Every log line costs what it costs in production (serialising, a write), then goes nowhere.
  const devNull = openSync('/dev/null', 'w');
  const logger = createLogger({ write: (line: string) => void writeSync(devNull, line) });
  const { appUrl } = await startStackApp(upstreams, { logger });
  send({ type: 'app', appUrl });
}

// Stopped, or the parent went away (killed, crashed): do not linger. A clean exit, so that
// node --cpu-prof writes its profile.
process.on('message', (message: StackRequest) => {
  if (message.type === 'stop') process.exit(0);
});
process.on('disconnect', () => process.exit(0));
const role = process.argv[2];
if (role === 'upstreams') await startUpstreams();
else if (role === 'app') await startApp();
else throw new Error(`unknown role ${String(role)}`);
