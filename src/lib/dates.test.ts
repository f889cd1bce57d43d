import { describe, expect, it } from 'vitest';
import { parseApiDate } from './dates.ts';

const now = new Date('2026-11-27T12:00:00Z');

describe('parseApiDate', () => {
  it('reads 7 fraction digits and the offset, keeping the exact fraction for UTC', () => {
    const parsed = parseApiDate('2024-04-16T12:13:42.8160255+00:00', now);
    expect(parsed?.date.toISOString()).toBe('2024-04-16T12:13:42.816Z');
    expect(parsed?.utc).toBe('2024-04-16 12:13:42.8160255 UTC');
    expect(parsed?.relative).toBe('3 years ago');
  });

  it('converts a non-UTC offset', () => {
    const parsed = parseApiDate('2025-01-01T10:00:00.1234567+02:00', now);
    expect(parsed?.date.toISOString()).toBe('2025-01-01T08:00:00.123Z');
    expect(parsed?.utc).toBe('2025-01-01 08:00:00.1234567 UTC');
  });

  it.each(['2025-06-01T08:30:00Z', '2025-06-01T08:30:00', '2025-06-01T08:30:00.5Z'])(
    'reads %s',
    (value) => {
      expect(parseApiDate(value, now)?.date.getUTCHours()).toBe(8);
    },
  );

  it('says when no time zone was given', () => {
    expect(parseApiDate('2025-06-01T08:30:00', now)?.utc).toBe(
      '2025-06-01 08:30:00 UTC (no time zone given: read as UTC)',
    );
  });

  it.each([
    '',
    'yesterday',
    '2025-13-45T99:00:00Z',
    '16/04/2024 12:13',
    '2024-02-30T12:00:00Z',
    '2023-02-29T12:00:00Z',
  ])('rejects %j', (value) => {
    expect(parseApiDate(value, now)).toBeNull();
  });
});
