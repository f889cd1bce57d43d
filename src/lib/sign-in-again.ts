/*
 * When the staff session has ended, the app sends the browser to sign in again (a full page load:
 * the server runs the sign-in) and back to the page the user was on.
 */

/** Long enough to read "signing you in again…", short enough not to wait for. */
export const signInAgainDelayMs = 1000;

// If the session is gone again this soon after a sign-in the app started, something else is
// wrong (cookies refused, clocks apart): stop, and leave it to the user, rather than loop.
const loopGuardMs = 60_000;
const storageKey = 'oc-lookup:signed-in-again-at';

/** The sign-in address that comes back to `pathname` + `search` (the server checks the path). */
export const signInAgainUrl = (pathname: string, search: string) =>
  `/auth/login?returnTo=${encodeURIComponent(`${pathname}${search}`)}`;

/** The browser's own navigation, behind an object that tests can watch (jsdom cannot navigate). */
export const fullPageNavigation = {
  assign(url: string) {
    window.location.assign(url);
  },
};

function readLastAttempt(): number {
  try {
    return Number(window.sessionStorage.getItem(storageKey)) || 0;
  } catch {
    return 0;
  }
}

/** False when the app already sent this tab to sign in again less than a minute ago. */
export const maySignInAgainAutomatically = (now = Date.now()) =>
  now - readLastAttempt() >= loopGuardMs;

/** Remembers the attempt (for this tab only), then leaves for the sign-in. */
export function signInAgain(url: string, now = Date.now()): void {
  try {
    window.sessionStorage.setItem(storageKey, String(now));
  } catch {
    // Storage refused (private mode, quota): the guard is lost, the sign-in still works.
  }
  fullPageNavigation.assign(url);
}
