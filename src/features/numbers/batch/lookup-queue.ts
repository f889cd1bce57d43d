import { clampRetryAfter } from '../../../lib/retry-after.ts';

/** How a lookup ended, for the queue: done (found or not), or asked to wait (429). */
export type Attempt<Result> =
  { kind: 'done'; result: Result } | { kind: 'rate-limited'; retryAfterMs: number | undefined };

export type QueueOptions<Result> = {
  /** Most lookups in flight at once. */
  concurrency: number;
  lookup: (key: string, signal: AbortSignal) => Promise<Attempt<Result>>;
  onResult: (key: string, result: Result) => void;
  /** A number still refused after this many 429s is given up. */
  maxRateLimited: number;
  /** No result for `key`: refused too often (reason 'rate-limited'), or the lookup threw. */
  onUnanswered: (key: string, reason: unknown) => void;
  /** When Retry-After is missing or unreadable. */
  defaultWaitMs?: number;
};

export type LookupQueue = {
  /** Resolves when every key is settled or the queue is cancelled. */
  done: Promise<void>;
  cancel: () => void;
  /** Lookups allowed in flight now (lowered after a 429, raised again as answers come). */
  readonly limit: number;
};

/**
 * Runs lookups with at most `concurrency` in flight. A 429 pauses every new start until its
 * Retry-After (within the app's bounds) has passed, halves the limit, and puts the number back
 * at the front; each run of `limit` answers without a 429 raises the limit by one again, up to
 * `concurrency` (additive increase, multiplicative decrease, as TCP does).
 */
export function startLookupQueue<Result>(
  keys: readonly string[],
  options: QueueOptions<Result>,
): LookupQueue {
  const { concurrency, lookup, onResult, maxRateLimited, onUnanswered } = options;
  const pending = [...keys];
  const refusals = new Map<string, number>();
  const controller = new AbortController();
  let limit = concurrency;
  let active = 0;
  let streak = 0;
  let pausedUntil = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finish: (value: undefined) => void = () => undefined;
  const done = new Promise<undefined>((resolve) => {
    finish = resolve;
  });

  const settleIfDone = () => {
    if (controller.signal.aborted || (active === 0 && pending.length === 0)) {
      clearTimeout(timer);
      finish(undefined);
    }
  };

  const slowDown = (key: string, retryAfterMs: number | undefined) => {
    const count = (refusals.get(key) ?? 0) + 1;
    refusals.set(key, count);
    if (count > maxRateLimited) onUnanswered(key, 'rate-limited');
    else pending.unshift(key);
    limit = Math.max(1, Math.floor(limit / 2));
    streak = 0;
    pausedUntil = Math.max(
      pausedUntil,
      Date.now() + clampRetryAfter(retryAfterMs ?? options.defaultWaitMs ?? 2000),
    );
  };

  // Answers to lookups sent before the 429 say nothing about the new pace: only later ones count.
  const speedUp = () => {
    if (Date.now() < pausedUntil) return;
    streak += 1;
    if (limit < concurrency && streak >= limit) {
      limit += 1;
      streak = 0;
    }
  };

  async function run(key: string) {
    active += 1;
    try {
      const attempt = await lookup(key, controller.signal);
      if (controller.signal.aborted) return;
      if (attempt.kind === 'rate-limited') slowDown(key, attempt.retryAfterMs);
      else {
        speedUp();
        onResult(key, attempt.result);
      }
    } catch (error) {
      if (!controller.signal.aborted) onUnanswered(key, error);
    } finally {
      active -= 1;
      pump();
    }
  }

  function pump() {
    if (controller.signal.aborted) {
      settleIfDone();
      return;
    }
    const wait = pausedUntil - Date.now();
    if (wait > 0) {
      clearTimeout(timer);
      timer = setTimeout(pump, wait);
      return;
    }
    while (active < limit && pending.length > 0) {
      const key = pending.shift();
      if (key !== undefined) void run(key);
    }
    settleIfDone();
  }

  pump();
  return {
    done,
    cancel: () => {
      controller.abort();
      settleIfDone();
    },
    get limit() {
      return limit;
    },
  };
}
