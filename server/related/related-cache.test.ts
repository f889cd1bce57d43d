import { describe, expect, it, vi } from 'vitest';
import { problem } from '../problem.ts';
import { createRelatedCache, staleHeader, type CacheOptions } from './related-cache.ts';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

function setUp(options: Partial<CacheOptions> = {}) {
  let time = 1_000_000;
  const clock = {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
  const cache = createRelatedCache({
    ttlMs: 300_000,
    maxEntries: 10,
    maxBytes: 1024 * 1024,
    now: clock.now,
    ...options,
  });
  return { cache, clock };
}

const never = new AbortController().signal;

describe('related cache', () => {
  it('asks once within the cache time, and says how old the copy is (Age)', async () => {
    const { cache, clock } = setUp();
    const load = vi.fn(() => Promise.resolve(json(['a'])));
    const first = await cache.get('k', load, never);
    expect(first.headers.get('age')).toBe('0');
    expect(await first.json()).toStrictEqual(['a']);
    clock.advance(42_500);
    const second = await cache.get('k', load, never);
    expect(second.headers.get('age')).toBe('42');
    expect(second.headers.get(staleHeader)).toBeNull();
    expect(await second.json()).toStrictEqual(['a']);
    expect(load).toHaveBeenCalledOnce();
  });

  it('asks again once the cache time has passed', async () => {
    const { cache, clock } = setUp();
    const load = vi.fn(() => Promise.resolve(json([load.mock.calls.length])));
    await cache.get('k', load, never);
    clock.advance(300_000);
    const later = await cache.get('k', load, never);
    expect(load).toHaveBeenCalledTimes(2);
    expect(await later.json()).toStrictEqual([2]);
    expect(later.headers.get('age')).toBe('0');
  });

  it('shares one request among concurrent callers (single flight)', async () => {
    const { cache } = setUp();
    let release: (answer: Response) => void = () => undefined;
    const load = vi.fn(() => new Promise<Response>((resolve) => (release = resolve)));
    const waiting = Array.from({ length: 20 }, () => cache.get('k', load, never));
    await Promise.resolve();
    release(json({ shared: true }));
    const answers = await Promise.all(waiting);
    expect(load).toHaveBeenCalledOnce();
    for (const answer of answers) expect(await answer.json()).toStrictEqual({ shared: true });
  });

  it('keeps keys apart', async () => {
    const { cache } = setUp();
    const load = vi.fn((key: string) => Promise.resolve(json(key)));
    expect(await (await cache.get('a', () => load('a'), never)).json()).toBe('a');
    expect(await (await cache.get('b', () => load('b'), never)).json()).toBe('b');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('serves the last good copy, marked stale, when Live Platform fails', async () => {
    const { cache, clock } = setUp();
    await cache.get('k', () => Promise.resolve(json(['good'])), never);
    clock.advance(600_000);
    const stale = await cache.get(
      'k',
      () => Promise.resolve(problem(504, 'Live Platform did not answer in time')),
      never,
    );
    expect(stale.status).toBe(200);
    expect(await stale.json()).toStrictEqual(['good']);
    expect(stale.headers.get(staleHeader)).toBe('504 Live Platform did not answer in time');
    expect(stale.headers.get('age')).toBe('600');
  });

  it.each([429, 500, 502, 503])('a %i counts as a failure', async (status) => {
    const { cache, clock } = setUp();
    await cache.get('k', () => Promise.resolve(json(['good'])), never);
    clock.advance(301_000);
    const answer = await cache.get('k', () => Promise.resolve(problem(status, 'x’y')), never);
    expect(answer.status).toBe(200);
    expect(answer.headers.get(staleHeader)).toBe(`${status} x'y`);
  });

  it('serves a stale copy when the load throws (no answer at all)', async () => {
    const { cache, clock } = setUp();
    await cache.get('k', () => Promise.resolve(json(['good'])), never);
    clock.advance(301_000);
    const answer = await cache.get('k', () => Promise.reject(new Error('reset')), never);
    expect(answer.headers.get(staleHeader)).toBe('Live Platform could not be reached');
  });

  it('passes a 4xx on as it is (an answer about the question, not a failure)', async () => {
    const { cache, clock } = setUp();
    await cache.get('k', () => Promise.resolve(json(['good'])), never);
    clock.advance(301_000);
    const answer = await cache.get('k', () => Promise.resolve(problem(403, 'Forbidden')), never);
    expect(answer.status).toBe(403);
    expect(answer.headers.get(staleHeader)).toBeNull();
    expect(answer.headers.get('age')).toBeNull();
  });

  it('passes a failure on when there is no good copy, and does not keep it', async () => {
    const { cache } = setUp();
    const failing = await cache.get('k', () => Promise.resolve(problem(500, 'Boom')), never);
    expect(failing.status).toBe(500);
    expect(cache.size).toBe(0);
    await expect(cache.get('k', () => Promise.reject(new Error('reset')), never)).rejects.toThrow(
      'reset',
    );
  });

  it('does not serve a copy older than a day', async () => {
    const { cache, clock } = setUp();
    await cache.get('k', () => Promise.resolve(json(['good'])), never);
    clock.advance(24 * 60 * 60 * 1000 + 1);
    const answer = await cache.get('k', () => Promise.resolve(problem(503, 'Down')), never);
    expect(answer.status).toBe(503);
  });

  it('with no cache time, asks every time but still stands in with the last copy', async () => {
    const { cache } = setUp({ ttlMs: 0 });
    const load = vi.fn(() => Promise.resolve(json(['good'])));
    await cache.get('k', load, never);
    await cache.get('k', load, never);
    expect(load).toHaveBeenCalledTimes(2);
    const answer = await cache.get('k', () => Promise.resolve(problem(503, 'Down')), never);
    expect(answer.headers.get(staleHeader)).toBe('503 Down');
  });

  it('cancels the shared request only when every caller has gone', async () => {
    const { cache } = setUp();
    let upstreamSignal: AbortSignal | undefined;
    const load = (signal: AbortSignal) => {
      upstreamSignal = signal;
      return new Promise<Response>((_, reject) =>
        signal.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    };
    const one = new AbortController();
    const two = new AbortController();
    const first = cache.get('k', load, one.signal);
    const second = cache.get('k', load, two.signal);
    await Promise.resolve();
    await Promise.resolve();
    one.abort();
    await expect(first).rejects.toThrow();
    expect(upstreamSignal?.aborted).toBe(false);
    two.abort();
    await expect(second).rejects.toThrow();
    expect(upstreamSignal?.aborted).toBe(true);
    // The next caller starts a request of its own.
    const answer = await cache.get('k', () => Promise.resolve(json(['new'])), never);
    expect(await answer.json()).toStrictEqual(['new']);
  });

  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const { cache } = setUp({ maxEntries: 2 });
    const load = vi.fn((key: string) => Promise.resolve(json(key)));
    await cache.get('a', () => load('a'), never);
    await cache.get('b', () => load('b'), never);
    await cache.get('a', () => load('a'), never); // a is now the most recent
    await cache.get('c', () => load('c'), never); // b goes
    expect(cache.size).toBe(2);
    await cache.get('a', () => load('a'), never);
    expect(load).toHaveBeenCalledTimes(3);
    await cache.get('b', () => load('b'), never);
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('keeps at most maxBytes of bodies', async () => {
    const { cache } = setUp({ maxBytes: 1000 });
    for (const key of ['a', 'b', 'c', 'd']) {
      await cache.get(key, () => Promise.resolve(json('x'.repeat(400))), never);
    }
    expect(cache.bytes).toBeLessThanOrEqual(1000);
    expect(cache.size).toBe(2);
  });
});
