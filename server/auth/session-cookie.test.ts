import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import {
  loginCookieName,
  newSession,
  renewedSession,
  sealLoginTransaction,
  sealSession,
  sessionCookieName,
  setLoginCookie,
  setSessionCookie,
  unsealLoginTransaction,
  unsealSession,
  type Session,
} from './session-cookie.ts';

const secret = 'a-session-secret-of-at-least-32-characters';
const now = () => Math.floor(Date.now() / 1000);
const session: Session = {
  sub: 'u-1',
  name: 'Jane Staff',
  email: 'jane@example.com',
  roles: ['OcLookup.Read'],
  signedInAt: now() - 60,
  exp: now() + 1800,
};
const transaction = {
  state: 'state-1',
  nonce: 'nonce-1',
  codeVerifier: 'verifier-1',
  returnTo: '/numbers/+442074996300',
};

describe('session cookie value', () => {
  it('seals and unseals a session, encrypted', async () => {
    const sealed = await sealSession(secret, session);
    expect(sealed.split('.')).toHaveLength(5);
    expect(sealed).not.toContain('Jane');
    expect(sealed).not.toContain(Buffer.from('Jane Staff').toString('base64url'));
    expect(await unsealSession(secret, sealed)).toStrictEqual(session);
  });

  it('keeps a session without an email without one', async () => {
    const withoutEmail: Session = { ...session };
    delete withoutEmail.email;
    const sealed = await sealSession(secret, withoutEmail);
    expect(await unsealSession(secret, sealed)).toStrictEqual(withoutEmail);
  });

  it('gives a new session 30 minutes, and notes when the user signed in', () => {
    const session = newSession({ sub: 's', name: 'n', roles: [] }, 1000);
    expect(session).toStrictEqual({ sub: 's', name: 'n', roles: [], signedInAt: 1000, exp: 2800 });
  });

  it('renews a session on use by 30 minutes, at most once a minute, never past 8 hours', () => {
    const session = newSession({ sub: 's', name: 'n', roles: [] }, 1000);
    expect(renewedSession(session, 1059)).toBeUndefined();
    expect(renewedSession(session, 1060)).toStrictEqual({ ...session, exp: 2860 });
    expect(renewedSession(session, 1000 + 8 * 3600 - 600)?.exp).toBe(1000 + 8 * 3600);
    expect(renewedSession({ ...session, exp: 1000 + 8 * 3600 }, 1000 + 8 * 3600 - 30)).toBe(
      undefined,
    );
  });

  it('gives no session 8 hours after sign-in, whatever its own end says', async () => {
    const sealed = await sealSession(secret, {
      ...session,
      signedInAt: now() - 8 * 3600,
      exp: now() + 600,
    });
    expect(await unsealSession(secret, sealed)).toBeUndefined();
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['garbage', 'not-a-jwe'],
    ['five garbage parts', 'a.b.c.d.e'],
  ])('gives no session for a %s value, without throwing', async (_, value) => {
    expect(await unsealSession(secret, value)).toBeUndefined();
  });

  it('gives no session for a tampered value', async () => {
    const sealed = await sealSession(secret, session);
    const parts = sealed.split('.');
    const ciphertext = parts[3]!;
    const flipped = (ciphertext[0] === 'A' ? 'B' : 'A') + ciphertext.slice(1);
    parts[3] = flipped;
    expect(await unsealSession(secret, parts.join('.'))).toBeUndefined();
  });

  it('gives no session for a value sealed with another secret', async () => {
    const sealed = await sealSession('another-secret-of-at-least-32-characters', session);
    expect(await unsealSession(secret, sealed)).toBeUndefined();
  });

  it('gives no session once it has expired', async () => {
    const sealed = await sealSession(secret, { ...session, exp: now() - 1 });
    expect(await unsealSession(secret, sealed)).toBeUndefined();
  });

  it('never takes a login transaction for a session, nor the other way round', async () => {
    const login = await sealLoginTransaction(secret, transaction);
    expect(await unsealSession(secret, login)).toBeUndefined();
    const sealed = await sealSession(secret, session);
    expect(await unsealLoginTransaction(secret, sealed)).toBeUndefined();
    expect(await unsealLoginTransaction(secret, login)).toStrictEqual(transaction);
  });

  // Opened session cookies are kept in memory (decrypting was a fifth of a lookup's CPU): a kept
  // one must still end on time, and must not open for another secret.
  it('ends a session opened before at its expiry, and at 8 hours, even when kept', async () => {
    vi.useFakeTimers({ now: Date.now() });
    try {
      const start = now();
      const sealed = await sealSession(secret, { ...session, signedInAt: start, exp: start + 60 });
      expect(await unsealSession(secret, sealed)).toMatchObject({ sub: 'u-1' });
      expect(await unsealSession(secret, sealed)).toMatchObject({ sub: 'u-1' });
      vi.setSystemTime((start + 61) * 1000);
      expect(await unsealSession(secret, sealed)).toBeUndefined();

      const long = await sealSession(secret, {
        ...session,
        signedInAt: now() - 8 * 3600 + 5,
        exp: now() + 1800,
      });
      expect(await unsealSession(secret, long)).toMatchObject({ sub: 'u-1' });
      vi.setSystemTime(Date.now() + 6000);
      expect(await unsealSession(secret, long)).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not open a kept session for another secret', async () => {
    const sealed = await sealSession(secret, session);
    expect(await unsealSession(secret, sealed)).toMatchObject({ sub: 'u-1' });
    expect(await unsealSession('another-secret-of-at-least-32-characters', sealed)).toBeUndefined();
  });

  it('lets a login transaction expire after ten minutes', async () => {
    const login = await sealLoginTransaction(secret, transaction, now() - 601);
    expect(await unsealLoginTransaction(secret, login)).toBeUndefined();
  });
});

describe('cookie attributes', () => {
  const setCookies = async (publicUrl: string) => {
    const app = new Hono();
    app.get('/', async (c) => {
      await setSessionCookie(c, { publicUrl, sessionSecret: secret }, session);
      await setLoginCookie(c, { publicUrl, sessionSecret: secret }, transaction);
      return c.body(null, 204);
    });
    const res = await app.request('/');
    return res.headers.getSetCookie();
  };

  it('marks both cookies Secure when the public URL is https', async () => {
    const [sessionCookie, loginCookie] = await setCookies('https://oc-lookup.example.com');
    expect(sessionCookie).toMatch(new RegExp(`^${sessionCookieName}=`));
    expect(loginCookie).toMatch(new RegExp(`^${loginCookieName}=`));
    for (const cookie of [sessionCookie!, loginCookie!]) {
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Lax/);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).toMatch(/; Secure/);
    }
    expect(sessionCookie).toMatch(/; Max-Age=(1799|1800)(;|$)/);
    expect(loginCookie).toMatch(/; Max-Age=600(;|$)/);
  });

  it('leaves Secure off for an http public URL', async () => {
    const cookies = await setCookies('http://127.0.0.1:8080');
    expect(cookies).toHaveLength(2);
    for (const cookie of cookies) {
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).not.toMatch(/Secure/);
    }
  });
});
