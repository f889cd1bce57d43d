import { describe, expect, it } from 'vitest';
import { clip } from './clip.ts';
import { countOf, formatCount } from './counts.ts';

describe('clip', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcd', 3)).toBe('abc…');
    expect(clip('x'.repeat(900_000))).toHaveLength(501);
  });

  it('never splits a surrogate pair', () => {
    expect(clip('ab😀cd', 3)).toBe('ab…');
    expect(clip('ab😀cd', 4)).toBe('ab😀…');
  });
});

describe('counts', () => {
  it.each([
    [0, '0 SBCs'],
    [1, '1 SBC'],
    [5000, '5,000 SBCs'],
    [200_000, '200,000 SBCs'],
  ])('%i → %s', (count, text) => {
    expect(countOf(count, 'SBC', 'SBCs')).toBe(text);
  });

  it('formats with thousands separators', () => {
    expect(formatCount(1_234_567)).toBe('1,234,567');
  });
});
