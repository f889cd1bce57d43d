import { describe, expect, it } from 'vitest';
import { recentValues } from './recent-values.ts';

describe('recentValues', () => {
  it('keeps at most max entries, dropping the oldest first', () => {
    const values = recentValues<string, number>(3);
    for (const [index, key] of ['a', 'b', 'c', 'd'].entries()) values.set(key, index);
    expect(values.size).toBe(3);
    expect(values.get('a')).toBeUndefined();
    expect([values.get('b'), values.get('c'), values.get('d')]).toEqual([1, 2, 3]);
  });
});
