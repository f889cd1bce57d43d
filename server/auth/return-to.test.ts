import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to.ts';

describe('safeReturnTo', () => {
  it.each([
    ['/', '/'],
    ['/numbers/+442074996300', '/numbers/+442074996300'],
    ['/numbers/%2B442074996300?tab=calls#top', '/numbers/%2B442074996300?tab=calls#top'],
    ['/numbers/./+44/../+442074996300', '/numbers/+442074996300'],
    ['/numbers?q=//evil.example', '/numbers?q=//evil.example'],
    ['/javascript:alert(1)', '/javascript:alert(1)'],
    ['/numbers/＋44', '/numbers/%EF%BC%8B44'],
  ])('keeps the path of this app %j as %j', (value, expected) => {
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
    // The four of the review: each one normalises to `//evil.example`.
    '/..//evil.example',
    '/.//evil.example/x',
    '/x/..//evil.example',
    '/.//evil.example',
  ])('gives / for %j', (value) => {
    expect(safeReturnTo(value)).toBe('/');
  });
});

/*
 * Whatever comes in, what goes out must be a path of this app that every browser resolves to this
 * origin: one leading slash, nothing a browser reads as a slash after it, printable ASCII only
 * (what Hono's c.redirect and Node's headers pass on unchanged), no /auth/ page, and stable (the
 * browser's own normalisation of it changes nothing).
 */
const slashLike = ['/', '\\', '%2F', '%2f', '%5C', '%5c', '%252F', '%25252F', '\u2215', '\uFF0F'];
const dotLike = ['.', '..', '%2e', '%2E%2E', '.%2e', '%252e%252e'];
const blank = ['\t', '\n', '\r', '\r\n', '\u0000', '\u000b', '\u00a0', '\u2028', '\u3000', ' '];
const host = 'evil.example';

const hostile: string[] = [
  '//evil.example',
  '///evil.example',
  '////evil.example/numbers',
  '/\\evil.example',
  '/\\/evil.example',
  '\\/evil.example',
  '/%5Cevil.example',
  '/%5C%5Cevil.example',
  '/%2F%2Fevil.example',
  '/%2F..%2F%2Fevil.example',
  '/./%2F/evil.example',
  '/%2e%2e//evil.example',
  '/%2E/%2Fevil.example',
  '/x/%2e%2e/%2e%2e//evil.example',
  '/x/./../..//evil.example',
  '/%252F%252Fevil.example',
  '/%25252F%25252Fevil.example',
  '%2F%2Fevil.example',
  '%2F/evil.example',
  '/\u2215evil.example',
  '/\uFF0F\uFF0Fevil.example',
  '\uFF0F\uFF0Fevil.example',
  '/\u2044\u2044evil.example',
  '/\uFE68evil.example',
  '/@evil.example',
  '//user@evil.example',
  '//user:pass@evil.example/',
  '/\\@evil.example',
  '@evil.example',
  'https://app@evil.example',
  'https:evil.example',
  'http:evil.example',
  'https:/\\evil.example',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '/auth',
  '/auth/',
  '/auth/callback?code=x',
  '/%61uth/login',
  '/auth%2Flogin',
  '/numbers/%2e%2e/auth/login',
  '/numbers/..%2Fauth/login',
  `/${'a'.repeat(5000)}`,
  `/${'%2F'.repeat(1000)}`,
  `${'/.'.repeat(1500)}//evil.example`,
  `/${'\uFF0F'.repeat(300)}`,
  `/${'é'.repeat(900)}`,
  '/numbers/\u0085/evil.example',
  '/numbers/\u200b/evil.example',
  '/\u202eelpmaxe.live//',
];
for (const slash of slashLike) {
  for (const dot of dotLike) {
    hostile.push(`/${dot}${slash}${slash}${host}`);
    hostile.push(`/x/${dot}/${slash}${host}`);
    hostile.push(`${slash}${dot}${slash}${slash}${host}/x`);
  }
  hostile.push(`${slash}${slash}${host}`);
  hostile.push(`/${slash}${host}`);
  for (const space of blank) {
    hostile.push(`/${space}${slash}${host}`);
    hostile.push(`${space}/${slash}${host}`);
    hostile.push(`/.${space}/${slash}${host}`);
  }
}

const app = 'https://oc-lookup.example.com';

/** The decoded path, decoded again while it changes: what a double-decoding layer could see. */
function decodedFully(path: string): string {
  let current = path;
  for (let i = 0; i < 10; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

describe('safeReturnTo against hostile values', () => {
  it(`covers many variants (${hostile.length})`, () => {
    expect(hostile.length).toBeGreaterThan(300);
  });

  const label = (value: string) => {
    const json = JSON.stringify(value);
    return json.length > 70 ? `${json.slice(0, 60)}… (${value.length} chars)` : json;
  };
  it.each(hostile.map((value) => [label(value), value]))(
    '%s gives a path of this app',
    (_, value) => {
      const out = safeReturnTo(value);
      expect(out).toMatch(/^\/(?![/\\])/);
      expect(out).toMatch(/^[\x21-\x7e]+$/);
      expect(out.length).toBeLessThanOrEqual(2000);
      // Resolved as the browser resolves a Location header, it stays on this origin and path.
      const resolved = new URL(out, `${app}/auth/callback?code=x`);
      expect(resolved.origin).toBe(app);
      expect(`${resolved.pathname}${resolved.search}${resolved.hash}`).toBe(out);
      const decoded = decodedFully(resolved.pathname);
      expect(decoded).not.toMatch(/^\/[/\\\uFF0F\u2215\u2044\uFE68]/);
      expect(decoded).not.toMatch(/^\/auth(\/|$)/);
      expect(safeReturnTo(out)).toBe(out);
    },
  );
});
