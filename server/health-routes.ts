import { Hono } from 'hono';
import type { NumberSource } from './number-source.ts';

const readyCheckTimeoutMs = 5000;

/** For load balancers and orchestrators: /healthz = the process answers; /readyz = lookups work. */
export function healthRoutes(source: NumberSource) {
  const health = new Hono();
  health.get('/healthz', (c) => c.json({ status: 'ok' }));
  health.get('/readyz', async (c) => {
    c.header('cache-control', 'no-store');
    try {
      await source.checkReady?.(AbortSignal.timeout(readyCheckTimeoutMs));
      return c.json({ status: 'ready', mode: source.mode });
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'not ready';
      return c.json({ status: 'not ready', mode: source.mode, reason }, 503);
    }
  });
  return health;
}
