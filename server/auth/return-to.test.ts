import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to.ts';

describe('safeReturnTo', () => {
  it.each([
    ['/', '/'],
    ['/numbers/+442074996300', '/numbers/+442074996300'],
    ['/numbers/%2B442074996300?tab=calls#top', '/numbers/%2B442074996300?tab=calls#top'],
  ])('keeps the path of this app %s', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it.each([
    undefined,
    null,
    '',
    '//evil.example',
    '//evil.example/numbers',
    'https://evil.example/',
    'http:/evil.example',
    'javascript:alert(1)',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    ' /numbers',
    'numbers/+44',
    '/auth/login',
    '/auth/logout',
    '/numbers/../auth/login',
    `/${'x'.repeat(2001)}`,
  ])('gives / for %j', (value) => {
    expect(safeReturnTo(value)).toBe('/');
  });
});
