import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.ts';

function setUp(limit = 5, maxKeys?: number) {
  let time = 0;
  const limiter = createRateLimiter({ limit, now: () => time, ...(maxKeys ? { maxKeys } : {}) });
  return { limiter, at: (ms: number) => (time = ms) };
}

describe('rate limiter', () => {
  it('allows `limit` uses in any 60 s, then says when the next one is allowed', () => {
    const { limiter, at } = setUp(5);
    for (const ms of [0, 1000, 2000, 3000, 4000]) {
      at(ms);
      expect(limiter.take('u')).toStrictEqual({ allowed: true });
    }
    at(10_000);
    expect(limiter.take('u')).toStrictEqual({ allowed: false, retryAfterSeconds: 50 });
    at(59_999);
    expect(limiter.take('u')).toStrictEqual({ allowed: false, retryAfterSeconds: 1 });
    at(60_000);
    expect(limiter.take('u')).toStrictEqual({ allowed: true });
    // The window slides: the use at 1 s still counts until 61 s.
    expect(limiter.take('u')).toStrictEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('refused tries do not count', () => {
    const { limiter, at } = setUp(1);
    at(0);
    limiter.take('u');
    for (let ms = 1000; ms < 60_000; ms += 1000) {
      at(ms);
      expect(limiter.take('u').allowed).toBe(false);
    }
    at(60_000);
    expect(limiter.take('u').allowed).toBe(true);
  });

  it('counts each key on its own', () => {
    const { limiter } = setUp(1);
    expect(limiter.take('user:a').allowed).toBe(true);
    expect(limiter.take('user:a').allowed).toBe(false);
    expect(limiter.take('user:b').allowed).toBe(true);
  });

  it('remembers at most maxKeys keys', () => {
    const { limiter } = setUp(1, 2);
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    // a was forgotten (the oldest): it starts afresh; c is still counted.
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('c').allowed).toBe(false);
  });
});
