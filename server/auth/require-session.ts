import type { MiddlewareHandler } from 'hono';
import { isBuildFile } from '../app-paths.ts';
import { problemTypes } from '../../src/lib/problem-types.ts';
import { problem } from '../problem.ts';
import type { LiveSettings } from '../settings.ts';
import { hasRequiredRole } from './session-claims.ts';
import {
  readSessionCookie,
  renewedSession,
  setSessionCookie,
  type Session,
} from './session-cookie.ts';

/** What requireSession puts on the context: `c.get('session')`. */
export type SessionVariables = { session: Session };
export type SessionEnv = { Variables: SessionVariables };

const isUnder = (pathname: string, prefix: string) =>
  pathname === prefix || pathname.startsWith(`${prefix}/`);

/** Paths anyone may fetch: sign-in itself, health checks and the files of the build. */
export function isPublicPath(pathname: string): boolean {
  if (isUnder(pathname, '/api')) return false;
  return (
    isUnder(pathname, '/auth') ||
    pathname === '/healthz' ||
    pathname === '/readyz' ||
    isUnder(pathname, '/assets') ||
    isUnder(pathname, '/flags') ||
    isBuildFile(pathname)
  );
}

const noStore = { 'cache-control': 'no-store' };

/**
 * Our own 401 (no session, or it ended), with a problem type of its own: the app tells it from
 * Live Platform's 401 (the app's credentials refused) and sends the user to sign in again.
 */
export const notSignedIn = (headers: Record<string, string> = {}) =>
  problem(
    401,
    'Not signed in',
    { type: problemTypes.sessionRequired, detail: 'No session, or it has ended: sign in again.' },
    headers,
  );

/**
 * Lets a request through only with a valid session that holds the required role (checked on
 * every request, so a role required after sign-in applies at once). Without one, /api/* answers
 * 401 (or 403) problem+json and app pages send the browser to sign in (or to /auth/forbidden).
 */
export function requireSession(settings: LiveSettings): MiddlewareHandler<SessionEnv> {
  return async (c, next) => {
    const pathname = c.req.path;
    if (isPublicPath(pathname)) {
      await next();
      return;
    }
    const isApi = isUnder(pathname, '/api');
    const isPageLoad = c.req.method === 'GET' || c.req.method === 'HEAD';

    const session = await readSessionCookie(c, settings);
    if (!session) {
      if (isApi) {
        return notSignedIn(noStore);
      }
      if (!isPageLoad) return c.text('Not signed in', 401, noStore);
      const url = new URL(c.req.url);
      const returnTo = encodeURIComponent(`${url.pathname}${url.search}`);
      return c.redirect(`/auth/login?returnTo=${returnTo}`, 302);
    }
    if (!hasRequiredRole(session, settings.auth.requiredRole)) {
      if (isApi) {
        return problem(
          403,
          'Forbidden',
          { detail: 'Your account lacks the required role.' },
          noStore,
        );
      }
      if (!isPageLoad) return c.text('Forbidden', 403, noStore);
      return c.redirect('/auth/forbidden', 302);
    }
    c.set('session', session);
    const renewed = renewedSession(session);
    await next();
    // Each use keeps the session going (idle limit), up to 8 hours after sign-in.
    if (renewed) await setSessionCookie(c, settings, renewed);
  };
}
