import { act, renderHook } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { maxRecentLookups, rememberLookup, useRecentLookups } from './recent-lookups.ts';

const key = 'oc-lookup:recent-lookups';
const stored = () => JSON.parse(window.localStorage.getItem(key) ?? 'null') as unknown;

beforeEach(() => {
  window.localStorage.clear();
});

it('puts a number first, once, and keeps at most the last ten', () => {
  rememberLookup('+442074996300');
  rememberLookup('+448081570123');
  rememberLookup('+442074996300');
  expect(stored()).toEqual(['+442074996300', '+448081570123']);
  for (let index = 0; index < 12; index += 1) rememberLookup(`+4420749963${String(10 + index)}`);
  expect(stored()).toHaveLength(maxRecentLookups);
  expect((stored() as string[])[0]).toBe('+442074996321');
});

it('starts afresh from storage that holds no list, and drops what is not a number', () => {
  window.localStorage.setItem(key, '{"not":"a list"}');
  rememberLookup('+442074996300');
  expect(stored()).toEqual(['+442074996300']);
  window.localStorage.setItem(key, '["<script>", "+448081570123"]');
  rememberLookup('+442074996300');
  expect(stored()).toEqual(['+442074996300', '+448081570123']);
});

it('updates a list on screen', () => {
  const { result } = renderHook(() => useRecentLookups());
  expect(result.current.items).toEqual([]);
  act(() => {
    rememberLookup('+442074996300');
  });
  expect(result.current.items).toEqual(['+442074996300']);
});
