import { describe, expect, it } from 'vitest';
import { clampRetryAfter } from './retry-after.ts';

const now = Date.parse('2026-11-28T12:00:00Z');

describe('clampRetryAfter', () => {
  it.each([
    ['2', '2'],
    [' 7 ', '7'],
    ['120', '120'],
    ['0', '1'],
    ['121', '120'],
    ['99999999', '120'],
    ['000000000000', '1'],
  ])('passes delay-seconds %j on as %j, between 1 and 120', (value, expected) => {
    expect(clampRetryAfter(value, now)).toBe(expected);
  });

  it.each([
    ['Sat, 28 Nov 2026 12:00:30 GMT', '30'],
    ['Sat, 28 Nov 2026 12:00:00 GMT', '1'],
    ['Fri, 27 Nov 2026 12:00:00 GMT', '1'],
    ['Sun, 29 Nov 2026 12:00:00 GMT', '120'],
  ])('turns the HTTP-date %j into %j seconds from now', (value, expected) => {
    expect(clampRetryAfter(value, now)).toBe(expected);
  });

  it.each([
    ['negative', '-5'],
    ['a fraction', '1.5'],
    ['a plus sign', '+5'],
    ['an exponent', '1e3'],
    ['too many digits', '1234567890123'],
    ['words', 'soon'],
    ['empty', ''],
    ['a date in another format', '2026-11-28T12:00:30Z'],
    ['an impossible date', 'Sat, 99 Nov 2026 12:00:30 GMT'],
    ['a header injection', '5\r\nSet-Cookie: x=1'],
    ['null', null],
  ])('drops %s (%j)', (_, value) => {
    expect(clampRetryAfter(value, now)).toBeUndefined();
  });
});
