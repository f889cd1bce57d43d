import { describe, expect, it } from 'vitest';
import { median, medianOfEach } from './median.ts';

describe('median', () => {
  it('takes the middle of an odd number of runs, the upper middle of an even number', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([])).toBeNaN();
  });

  it('takes each figure on its own', () => {
    const runs = [
      { a: 1, b: 30 },
      { a: 3, b: 10 },
      { a: 2, b: 20 },
    ];
    expect(medianOfEach(runs)).toEqual({ a: 2, b: 20 });
    expect(medianOfEach([])).toEqual({});
  });
});
