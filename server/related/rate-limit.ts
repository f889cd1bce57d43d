import { recentValues } from '../recent-values.ts';

/*
 * At most `limit` uses per key in any `windowMs` (a sliding window: the times of the last `limit`
 * uses are kept per key). Keys are users or browsers; at most `maxKeys` of them are remembered,
 * the oldest forgotten first, so no traffic can grow memory. In this process only: with several
 * instances behind a load balancer, a user may get up to `limit` per instance (decision 019).
 */
export type RateLimiter = ReturnType<typeof createRateLimiter>;

export function createRateLimiter(options: {
  limit: number;
  windowMs?: number;
  maxKeys?: number;
  now?: () => number;
}) {
  const { limit, windowMs = 60_000, maxKeys = 10_000, now = () => Date.now() } = options;
  const uses = recentValues<string, number[]>(maxKeys);
  return {
    limit,
    /** Counts a use for `key`, or says in how many whole seconds the next one is allowed. */
    take(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
      const at = now();
      const recent = (uses.get(key) ?? []).filter((time) => at - time < windowMs);
      if (recent.length >= limit) {
        uses.set(key, recent);
        const oldest = recent[0] ?? at;
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - at) / 1000)),
        };
      }
      recent.push(at);
      uses.set(key, recent);
      return { allowed: true };
    },
  };
}
