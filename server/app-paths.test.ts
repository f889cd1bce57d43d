import { describe, expect, it } from 'vitest';
import { isAppRoute, isBuildFile } from './app-paths.ts';
import { isPublicPath } from './auth/require-session.ts';

// The static files and the session guard share these rules; they once drifted apart, and a page
// with dots in its number counted as a public file for one and a page for the other.
describe('app paths', () => {
  it.each([
    '/',
    '/index.html',
    '/numbers/+442074996300',
    '/numbers/020.7499.6300',
    '/numbers/x/',
    '/tenants/f94238e5-4f2c-4e1b-8125-2d27122ca75f',
    '/tenants/not.a.guid',
    '/batch',
  ])('%s is a page of the app, and needs a session in live mode', (pathname) => {
    expect(isAppRoute(pathname)).toBe(true);
    expect(isBuildFile(pathname)).toBe(false);
    expect(isPublicPath(pathname)).toBe(false);
  });

  it.each([
    '/assets/index-abc.js',
    '/favicon.svg',
    '/flags/GB.svg',
    '/robots.txt',
    '/manifest.webmanifest',
    '/opensearch.xml',
    '/icons/icon-192.png',
    '/apple-touch-icon.png',
  ])('%s is a file of the build, public', (pathname) => {
    expect(isBuildFile(pathname)).toBe(true);
    expect(isPublicPath(pathname)).toBe(true);
  });

  it.each(['/api/v2/oc/numbers/a.json', '/api/app-config'])('%s is never public', (pathname) => {
    expect(isPublicPath(pathname)).toBe(false);
  });
});
