import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import { EncryptJWT, jwtDecrypt, type JWTPayload } from 'jose';
import type { LiveSettings } from '../settings.ts';
import { recentValues } from '../recent-values.ts';

/*
 * The signed-in user and the sign-in in progress, each kept in an encrypted cookie (JWE, dir +
 * A256GCM), so no session store is needed and any instance can serve any request. Only the
 * server can read or forge them; the browser sees an opaque string and no token of the provider.
 */

export const sessionCookieName = 'oc_session';
export const loginCookieName = 'oc_auth';
/*
 * A session ends after 30 minutes without use, and 8 hours after sign-in whatever the use: each
 * request renews it (at most once a minute). A cookie copied before sign-out is then good for 30
 * idle minutes, not 8 hours, on every instance, with no store (decision record 012).
 */
export const sessionIdleSeconds = 30 * 60;
export const sessionAbsoluteSeconds = 8 * 60 * 60;
export const sessionRenewAfterSeconds = 60;
export const loginMaxAgeSeconds = 10 * 60;

export type Session = {
  sub: string;
  name: string;
  email?: string;
  /** The `roles` claim and the `groups` claim of the ID token, together. */
  roles: string[];
  /** When the user signed in, in seconds since the epoch: the session ends 8 h later at most. */
  signedInAt: number;
  /** When the session ends unless it is used (renewed) before, in seconds since the epoch. */
  exp: number;
};

/** What the callback needs to finish the sign-in that /auth/login started. */
export type LoginTransaction = {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A same-origin path to return to after sign-in. */
  returnTo: string;
};

export type CookieSettings = Pick<LiveSettings, 'publicUrl' | 'sessionSecret'>;

// Each cookie is sealed for one purpose, so a login cookie never passes for a session.
type Purpose = typeof sessionCookieName | typeof loginCookieName;

const keys = new Map<string, Uint8Array>();
function keyFor(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (!key) {
    key = new Uint8Array(createHash('sha256').update(secret, 'utf8').digest());
    keys.set(secret, key);
  }
  return key;
}

const nowInSeconds = () => Math.floor(Date.now() / 1000);

async function seal(
  secret: string,
  purpose: Purpose,
  payload: JWTPayload,
  expiresAt: number,
): Promise<string> {
  return new EncryptJWT(payload)
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setAudience(purpose)
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .encrypt(keyFor(secret));
}

/** The payload, or undefined for a missing, expired, tampered or foreign value: never throws. */
async function unseal(
  secret: string,
  purpose: Purpose,
  value: string | undefined,
): Promise<JWTPayload | undefined> {
  if (!value) return undefined;
  try {
    const { payload } = await jwtDecrypt(value, keyFor(secret), {
      audience: purpose,
      keyManagementAlgorithms: ['dir'],
      contentEncryptionAlgorithms: ['A256GCM'],
      requiredClaims: ['exp'],
      clockTolerance: 0,
    });
    return payload;
  } catch {
    return undefined;
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';

function toSession(payload: JWTPayload | undefined): Session | undefined {
  if (!payload) return undefined;
  const { sub, exp } = payload;
  const { name, email, roles, signedInAt } = payload as Record<string, unknown>;
  if (!isString(sub) || !isString(name) || typeof exp !== 'number') return undefined;
  if (!Array.isArray(roles) || !roles.every(isString)) return undefined;
  if (email !== undefined && !isString(email)) return undefined;
  // A cookie of the former 8-hour kind has no sign-in time: not taken (one sign-in more).
  if (typeof signedInAt !== 'number') return undefined;
  const now = nowInSeconds();
  if (exp <= now || signedInAt + sessionAbsoluteSeconds <= now) return undefined;
  const user = email === undefined ? { sub, name, roles } : { sub, name, email, roles };
  return { ...user, signedInAt, exp };
}

function toLoginTransaction(payload: JWTPayload | undefined): LoginTransaction | undefined {
  if (!payload) return undefined;
  const { state, nonce, codeVerifier, returnTo } = payload as Record<string, unknown>;
  if (!isString(state) || !isString(nonce) || !isString(codeVerifier) || !isString(returnTo)) {
    return undefined;
  }
  return { state, nonce, codeVerifier, returnTo };
}

/** When a session used at `now` ends: 30 minutes on, but never past 8 hours after sign-in. */
const endOf = (signedInAt: number, now: number) =>
  Math.min(now + sessionIdleSeconds, signedInAt + sessionAbsoluteSeconds);

/** A new session for the given user, signed in now. */
export function newSession(
  user: Omit<Session, 'exp' | 'signedInAt'>,
  now = nowInSeconds(),
): Session {
  return { ...user, signedInAt: now, exp: endOf(now, now) };
}

/**
 * The session renewed for a use at `now`, or undefined when renewing would gain less than a
 * minute (so a burst of requests re-seals the cookie once, not on every request).
 */
export function renewedSession(session: Session, now = nowInSeconds()): Session | undefined {
  const exp = endOf(session.signedInAt, now);
  return exp - session.exp >= sessionRenewAfterSeconds ? { ...session, exp } : undefined;
}

export async function sealSession(secret: string, session: Session): Promise<string> {
  const { exp, ...rest } = session;
  return seal(secret, sessionCookieName, rest, exp);
}

// Decrypting the cookie was a fifth of a live lookup's CPU (bench:load --profile), and a browser
// sends the same cookie on every request: the payloads of recently opened session cookies are kept
// (only ones that decrypted; at most this many, the oldest dropped first). toSession checks the
// expiry and the 8-hour bound again on every use, so a kept payload never outlives its cookie.
const openedSessions = recentValues<string, { secret: string; payload: JWTPayload }>(1000);

export async function unsealSession(
  secret: string,
  value: string | undefined,
): Promise<Session | undefined> {
  if (!value) return undefined;
  const opened = openedSessions.get(value);
  if (opened?.secret === secret) return toSession(opened.payload);
  const payload = await unseal(secret, sessionCookieName, value);
  if (payload) openedSessions.set(value, { secret, payload });
  return toSession(payload);
}

export async function sealLoginTransaction(
  secret: string,
  transaction: LoginTransaction,
  now = nowInSeconds(),
): Promise<string> {
  return seal(secret, loginCookieName, { ...transaction }, now + loginMaxAgeSeconds);
}

export async function unsealLoginTransaction(
  secret: string,
  value: string | undefined,
): Promise<LoginTransaction | undefined> {
  return toLoginTransaction(await unseal(secret, loginCookieName, value));
}

/** HttpOnly, SameSite=Lax, Path=/, and Secure when the app's public URL is https. */
export function cookieOptions(settings: Pick<LiveSettings, 'publicUrl'>, maxAge: number) {
  return {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: new URL(settings.publicUrl).protocol === 'https:',
    maxAge,
  } satisfies CookieOptions;
}

export async function setSessionCookie(
  c: Context,
  settings: CookieSettings,
  session: Session,
): Promise<void> {
  const value = await sealSession(settings.sessionSecret, session);
  const maxAge = Math.max(0, session.exp - nowInSeconds());
  setCookie(c, sessionCookieName, value, cookieOptions(settings, maxAge));
}

export async function readSessionCookie(
  c: Context,
  settings: CookieSettings,
): Promise<Session | undefined> {
  return unsealSession(settings.sessionSecret, getCookie(c, sessionCookieName));
}

export function clearSessionCookie(c: Context, settings: CookieSettings): void {
  deleteCookie(c, sessionCookieName, cookieOptions(settings, 0));
}

export async function setLoginCookie(
  c: Context,
  settings: CookieSettings,
  transaction: LoginTransaction,
): Promise<void> {
  const value = await sealLoginTransaction(settings.sessionSecret, transaction);
  setCookie(c, loginCookieName, value, cookieOptions(settings, loginMaxAgeSeconds));
}

export async function readLoginCookie(
  c: Context,
  settings: CookieSettings,
): Promise<LoginTransaction | undefined> {
  return unsealLoginTransaction(settings.sessionSecret, getCookie(c, loginCookieName));
}

export function clearLoginCookie(c: Context, settings: CookieSettings): void {
  deleteCookie(c, loginCookieName, cookieOptions(settings, 0));
}
