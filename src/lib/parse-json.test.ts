import { describe, expect, it } from 'vitest';
import { parseJson } from './api-client.ts';

describe('parseJson', () => {
  it('keeps integers beyond 2^53 as the digits sent', () => {
    expect(parseJson('{"ticks": 638123456789012345, "small": 42}')).toEqual({
      ticks: '638123456789012345',
      small: 42,
    });
  });

  it('reads a body without long digit runs as plain JSON, the same values', () => {
    const body = JSON.stringify({ id: 125796, sbcList: Array.from({ length: 1000 }, () => ({})) });
    expect(parseJson(body)).toEqual(JSON.parse(body));
  });

  it('keeps a 16-digit integer that is still safe as a number', () => {
    expect(parseJson('[1234567890123456, 9007199254740993]')).toEqual([
      1234567890123456,
      '9007199254740993',
    ]);
  });
});
