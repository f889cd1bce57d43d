import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { retryDelay } from './query-client.ts';
import { parseRetryAfter } from './retry-after.ts';

const now = Date.parse('2026-11-27T12:00:00Z');

describe('parseRetryAfter with hostile values', () => {
  it.each([
    // Date.parse reads these as years (-5 → 6 BC, 1 → 2001): a past date, "retry at once".
    ['-5', undefined],
    ['1', 1000],
    ['-1', undefined],
    ['1e3', undefined],
    ['0x10', undefined],
    ['5.5', undefined],
    ['1234567890123', undefined],
    ['Sat, 99 Nov 2026 12:00:30 GMT', undefined],
    ['2026-11-27T12:00:30Z', undefined],
    ['Fri, 27 Nov 2026 12:00:30 GMT', 30_000],
    ['', undefined],
  ])('%j → %j ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('the wait before retrying a 429', () => {
  const limited = (retryAfter: string) =>
    new ApiError('rate-limited', 'busy', { retryAfterMs: parseRetryAfter(retryAfter, now) });

  it.each([
    ['-5', 2000],
    ['0', 1000],
    ['Fri, 27 Nov 2026 11:00:00 GMT', 1000],
    ['3', 3000],
    ['9999999', 60_000],
  ])('Retry-After %j waits %i ms', (value, expected) => {
    expect(retryDelay(0, limited(value))).toBe(expected);
  });
});
