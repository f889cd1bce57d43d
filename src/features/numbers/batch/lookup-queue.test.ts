import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLookupQueue, type Attempt } from './lookup-queue.ts';

type Call = { key: string; resolve: (attempt: Attempt<string>) => void };

function harness(keys: string[], concurrency = 5) {
  const calls: Call[] = [];
  const results: string[] = [];
  const unanswered: string[] = [];
  let inFlight = 0;
  let most = 0;
  const queue = startLookupQueue(keys, {
    concurrency,
    maxRateLimited: 2,
    lookup: (key) =>
      new Promise<Attempt<string>>((resolve) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        calls.push({
          key,
          resolve: (attempt) => {
            inFlight -= 1;
            resolve(attempt);
          },
        });
      }),
    onResult: (key, result) => results.push(`${key}:${result}`),
    onUnanswered: (key) => unanswered.push(key),
  });
  const answer = async (index: number, attempt: Attempt<string>) => {
    calls[index]?.resolve(attempt);
    await vi.advanceTimersByTimeAsync(0);
  };
  return { queue, calls, results, unanswered, answer, most: () => most, inFlight: () => inFlight };
}

const done = (result: string): Attempt<string> => ({ kind: 'done', result });
const keys = (count: number) => Array.from({ length: count }, (_, i) => `k${String(i)}`);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startLookupQueue', () => {
  it('keeps at most the concurrency in flight and settles every key', async () => {
    const run = harness(keys(12));
    expect(run.calls).toHaveLength(5);
    for (let i = 0; i < 12; i++) await run.answer(i, done('ok'));
    await run.queue.done;
    expect(run.most()).toBe(5);
    expect(run.results).toHaveLength(12);
  });

  it('on a 429 waits for Retry-After, halves the limit and retries the number', async () => {
    const run = harness(keys(10));
    await run.answer(0, { kind: 'rate-limited', retryAfterMs: 3000 });
    // Nothing new starts while paused, although a slot is free.
    expect(run.calls).toHaveLength(5);
    await vi.advanceTimersByTimeAsync(2999);
    expect(run.calls).toHaveLength(5);
    for (let i = 1; i < 5; i++) await run.answer(i, done('ok'));
    expect(run.calls).toHaveLength(5);
    await vi.advanceTimersByTimeAsync(1);
    // Limit 2 now; k0 comes first again.
    expect(run.calls.slice(5).map((call) => call.key)).toEqual(['k0', 'k5']);
    expect(run.queue.limit).toBe(2);
  });

  it('raises the limit again after answers without a 429', async () => {
    const run = harness(keys(30));
    await run.answer(0, { kind: 'rate-limited', retryAfterMs: 1000 });
    for (let i = 1; i < 5; i++) await run.answer(i, done('ok'));
    await vi.advanceTimersByTimeAsync(1000);
    let next = 5;
    while (run.queue.limit < 5 && next < run.calls.length) await run.answer(next++, done('ok'));
    expect(run.queue.limit).toBe(5);
    expect(run.inFlight()).toBe(5);
  });

  it('waits at least a second when Retry-After is 0 or missing, at most a minute', async () => {
    const run = harness(keys(6), 1);
    await run.answer(0, { kind: 'rate-limited', retryAfterMs: 0 });
    await vi.advanceTimersByTimeAsync(999);
    expect(run.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run.calls).toHaveLength(2);
    await run.answer(1, { kind: 'rate-limited', retryAfterMs: 3_600_000 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run.calls).toHaveLength(3);
  });

  it('gives a number up after too many 429s', async () => {
    const run = harness(['a'], 1);
    for (let i = 0; i < 3; i++) {
      await run.answer(i, { kind: 'rate-limited', retryAfterMs: 1000 });
      await vi.advanceTimersByTimeAsync(1000);
    }
    await run.queue.done;
    expect(run.unanswered).toEqual(['a']);
    expect(run.calls).toHaveLength(3);
  });

  it('cancel stops starting lookups and ignores answers still coming', async () => {
    const run = harness(keys(10));
    run.queue.cancel();
    await run.queue.done;
    await run.answer(0, done('late'));
    expect(run.results).toEqual([]);
    expect(run.calls).toHaveLength(5);
  });
});
