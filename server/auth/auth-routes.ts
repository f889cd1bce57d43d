import { Hono, type MiddlewareHandler } from 'hono';
import * as client from 'openid-client';
import type { Logger } from 'pino';
import { problem } from '../problem.ts';
import type { LiveSettings } from '../settings.ts';
import {
  forbiddenPage,
  signedOutPage,
  signInFailedPage,
  signInUnavailablePage,
  signOutPage,
  signOutRefusedPage,
} from './auth-pages.ts';
import type { OidcClient } from './oidc.ts';
import { notSignedIn } from './require-session.ts';
import { safeReturnTo } from './return-to.ts';
import { describeSignInFailure, type AuthStage } from './sign-in-failure.ts';
import { isSameOriginRequest } from './same-origin.ts';
import { hasRequiredRole, sessionFromClaims } from './session-claims.ts';
import {
  clearLoginCookie,
  clearSessionCookie,
  readLoginCookie,
  readSessionCookie,
  setLoginCookie,
  setSessionCookie,
} from './session-cookie.ts';

export type AuthRoutesOptions = {
  /**
   * The request logger: each failed sign-in is one JSON line `{stage, reason, cause}` with the
   * request's id. The error never reaches the browser.
   */
  logger?: Logger | undefined;
  /** Told of each failed sign-in instead (tests). */
  onError?: ((stage: AuthStage, error: unknown) => void) | undefined;
};

const failedSignIn = 'Staff sign-in failed';

function logTo(logger: Logger | undefined) {
  return (stage: AuthStage, error: unknown) => {
    const failure = describeSignInFailure(stage, error);
    if (logger) logger.warn(failure, failedSignIn);
    else console.warn(JSON.stringify({ msg: failedSignIn, ...failure }));
  };
}

const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('cache-control', 'no-store');
};

function reasonFor(error: unknown): string {
  if (error instanceof client.AuthorizationResponseError) {
    return `The sign-in service did not sign you in (${error.error}).`;
  }
  return 'The answer of the sign-in service could not be checked.';
}

/**
 * Staff sign-in, mounted at the root: /auth/login, /auth/callback, /auth/forbidden, /auth/logout,
 * /auth/signed-out and /api/me. The session is an encrypted cookie; tokens of the provider never leave the server.
 */
export function authRoutes(
  settings: LiveSettings,
  oidc: OidcClient,
  { logger, onError = logTo(logger) }: AuthRoutesOptions = {},
) {
  const auth = new Hono();
  const requiredRole = () => settings.auth.requiredRole;
  auth.use('/auth/*', noStore);
  auth.use('/api/me', noStore);

  auth.get('/auth/login', async (c) => {
    const returnTo = safeReturnTo(c.req.query('returnTo'));
    const current = await readSessionCookie(c, settings);
    if (current && hasRequiredRole(current, requiredRole())) return c.redirect(returnTo, 302);

    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    let url: URL;
    try {
      url = await oidc.authorizationUrl({
        state,
        nonce,
        codeChallenge: await client.calculatePKCECodeChallenge(codeVerifier),
        redirectUri: oidc.redirectUri,
      });
    } catch (error) {
      onError('login', error);
      return c.html(signInUnavailablePage(), 503);
    }
    await setLoginCookie(c, settings, { state, nonce, codeVerifier, returnTo });
    return c.redirect(url.href, 302);
  });

  auth.get('/auth/callback', async (c) => {
    const transaction = await readLoginCookie(c, settings);
    clearLoginCookie(c, settings);
    if (!transaction) {
      return c.html(
        signInFailedPage(
          'The sign-in took too long, or was started in another window. Please sign in again.',
        ),
        400,
      );
    }
    // The URL the provider sent the browser to (behind a proxy the request's own URL differs).
    const currentUrl = new URL(`${oidc.redirectUri}${new URL(c.req.url).search}`);
    let session;
    try {
      const claims = await oidc.handleCallback(currentUrl, transaction);
      session = sessionFromClaims(claims, requiredRole());
    } catch (error) {
      onError('callback', error);
      return c.html(signInFailedPage(reasonFor(error)), 400);
    }
    if (!hasRequiredRole(session, requiredRole())) {
      clearSessionCookie(c, settings);
      return c.redirect('/auth/forbidden', 302);
    }
    await setSessionCookie(c, settings, session);
    // Checked again: a login cookie sealed by an older version may hold a target judged unsafe now.
    return c.redirect(safeReturnTo(transaction.returnTo), 302);
  });

  auth.get('/auth/forbidden', (c) => c.html(forbiddenPage(requiredRole()), 403));

  // Sign-out ends the session only for a POST from this app's own pages: a cross-site form (or a
  // GET, which anyone can make a browser send) must not sign staff out.
  auth.get('/auth/logout', (c) => c.html(signOutPage()));
  auth.post('/auth/logout', (c) => {
    if (!isSameOriginRequest(c, settings.publicUrl)) return c.html(signOutRefusedPage(), 403);
    clearSessionCookie(c, settings);
    clearLoginCookie(c, settings);
    return c.redirect('/auth/signed-out', 303);
  });
  auth.get('/auth/signed-out', async (c) => {
    // Reached without signing out (a link from elsewhere): nothing to end, back to the app.
    if (await readSessionCookie(c, settings)) return c.redirect('/', 302);
    const endSession = await oidc.endSessionUrl(`${settings.publicUrl}/`);
    return c.html(signedOutPage(endSession?.href));
  });

  auth.get('/api/me', async (c) => {
    const session = await readSessionCookie(c, settings);
    if (!session) return notSignedIn();
    if (!hasRequiredRole(session, requiredRole())) {
      return problem(403, 'Forbidden', { detail: 'Your account lacks the required role.' });
    }
    return c.json({ name: session.name, email: session.email ?? null, roles: session.roles });
  });

  return auth;
}
