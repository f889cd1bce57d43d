import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Session } from '../auth/session-cookie.ts';

/*
 * Who is asking, for the number-status limit. Live mode: the signed-in user (the session's
 * subject; the session cookie is sealed, so it cannot be made up). Demo mode has no users: each
 * browser gets a random id in a cookie of its own on its first check (HttpOnly, SameSite=Strict,
 * for /api only). A client that drops the cookie starts afresh; that is acceptable in demo mode,
 * where a check reaches the sandbox, never Microsoft (decision 019).
 */
export type Caller = {
  key: string;
  /** A Set-Cookie header value to send with the answer, whatever the answer is. */
  setCookie?: string;
};
export type CallerKey = (c: Context) => Caller;

export const browserCookieName = 'oc-lookup-browser';
const browserId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const signedInUser: CallerKey = (c) => {
  const session = c.get('session') as Session | undefined;
  // requireSession runs before every /api route in live mode; without it, refuse to guess.
  if (!session) throw new Error('number-status reached without a session in live mode');
  return { key: `user:${session.sub}` };
};

export function demoBrowser(https: boolean): CallerKey {
  return (c) => {
    const known = getCookie(c, browserCookieName);
    if (known !== undefined && browserId.test(known)) return { key: `browser:${known}` };
    const id = randomUUID();
    const attributes = `Max-Age=${365 * 24 * 60 * 60}; Path=/api; HttpOnly; SameSite=Strict`;
    return {
      key: `browser:${id}`,
      setCookie: `${browserCookieName}=${id}; ${attributes}${https ? '; Secure' : ''}`,
    };
  };
}
