import { Hono } from 'hono';
import type { Logger } from 'pino';
import { failureCause } from './failure-cause.ts';
import type { NumberSource } from './number-source.ts';

/*
 * For load balancers and orchestrators: /healthz = the process answers; /readyz = lookups can
 * work. Both are public (nobody signs in to probe), so /readyz says only "ready" or "not ready":
 * why not (the identity provider's error, the token endpoint, Live Platform's host) goes to the
 * log. Its check reaches upstream (a token, a HEAD to Live Platform), so it runs at most once per
 * `readyCacheMs` whatever the call rate: callers in between get the last outcome, and callers
 * during a check wait for that same check.
 */

const readyCheckTimeoutMs = 5000;
export const readyCacheMs = 5000;

type Readiness = { status: 'ready' | 'not ready' };

export function healthRoutes(source: NumberSource, logger?: Logger) {
  const health = new Hono();
  const isReady = atMostEvery(readyCacheMs, () => checkReady(source, logger));
  health.get('/healthz', (c) => c.json({ status: 'ok' }));
  health.get('/readyz', async (c) => {
    c.header('cache-control', 'no-store');
    return (await isReady())
      ? c.json({ status: 'ready' } satisfies Readiness)
      : c.json({ status: 'not ready' } satisfies Readiness, 503);
  });
  return health;
}

/** Whether the source can answer now; why not goes to the log, with its cause. */
async function checkReady(source: NumberSource, logger: Logger | undefined): Promise<boolean> {
  if (!source.checkReady) return true;
  const signal = AbortSignal.timeout(readyCheckTimeoutMs);
  try {
    await source.checkReady(signal);
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown';
    const line = { reason, cause: failureCause(error, signal) };
    if (logger) logger.warn(line, 'Not ready');
    else console.warn('Not ready:', line);
    return false;
  }
}

/** `run`, at most once per `intervalMs`: calls in between share the last (or running) outcome. */
function atMostEvery<T>(intervalMs: number, run: () => Promise<T>): () => Promise<T> {
  let last: { startedAt: number; outcome: Promise<T> } | undefined;
  return () => {
    const now = performance.now();
    if (!last || now - last.startedAt >= intervalMs) last = { startedAt: now, outcome: run() };
    return last.outcome;
  };
}
