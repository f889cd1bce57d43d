import { describe, expect, it } from 'vitest';
import type { IdTokenClaims } from './oidc.ts';
import { hasRequiredRole, sessionFromClaims } from './session-claims.ts';
import { sealSession, sessionCookieName, type Session } from './session-cookie.ts';

const base: IdTokenClaims = {
  iss: 'https://idp.example',
  sub: 'user-1',
  aud: 'client',
  iat: 0,
  exp: 0,
};

describe('sessionFromClaims', () => {
  it.each([
    [{ name: 'Jane Staff', preferred_username: 'jane', email: 'jane@example.com' }, 'Jane Staff'],
    [{ preferred_username: 'jane', email: 'jane@example.com' }, 'jane'],
    [{ email: 'jane@example.com' }, 'jane@example.com'],
    [{ name: '  ' }, 'user-1'],
    [{ name: '\u0001\u0002', preferred_username: 'jane' }, 'jane'],
    [{}, 'user-1'],
  ])('names the user from %j', (claims, name) => {
    expect(sessionFromClaims({ ...base, ...claims }, undefined).name).toBe(name);
  });

  it('keeps the email, the roles and the groups, and ends in 30 minutes', () => {
    const session = sessionFromClaims(
      { ...base, email: 'jane@example.com', roles: ['A', 'B'], groups: ['B', 'G'] },
      undefined,
      1000,
    );
    expect(session).toStrictEqual({
      sub: 'user-1',
      name: 'jane@example.com',
      email: 'jane@example.com',
      roles: ['A', 'B', 'G'],
      signedInAt: 1000,
      exp: 1000 + 1800,
    });
  });

  it('takes a single-string roles claim and ignores values that are not strings', () => {
    const session = sessionFromClaims({ ...base, roles: 'A', groups: [1, 'G', null] }, undefined);
    expect(session.roles).toStrictEqual(['A', 'G']);
    expect(session.email).toBeUndefined();
    expect('email' in session).toBe(false);
  });

  it('keeps only the required group when the user is in too many to fit in a cookie', () => {
    const groups = Array.from({ length: 200 }, (_, i) => `group-${String(i).padStart(30, '0')}`);
    const required = groups[150]!;
    const session = sessionFromClaims({ ...base, roles: ['Reader'], groups }, required);
    expect(session.roles).toStrictEqual(['Reader', required]);
    expect(sessionFromClaims({ ...base, roles: ['Reader'], groups }, 'x').roles).toStrictEqual([
      'Reader',
    ]);
  });
});

describe('the size of a session', () => {
  const secret = 'a-session-secret-of-at-least-32-characters';
  const cookieBytes = async (session: Session) =>
    Buffer.byteLength(`${sessionCookieName}=${await sealSession(secret, session)}`);

  it('caps the display name at 200 characters and drops an email too long to be one', () => {
    const session = sessionFromClaims(
      { ...base, name: 'N'.repeat(3000), email: `${'e'.repeat(250)}@example.com` },
      undefined,
    );
    expect(session.name).toHaveLength(200);
    expect(session.name).toBe(`${'N'.repeat(199)}…`);
    expect(session.email).toBeUndefined();
    const fits = sessionFromClaims({ ...base, email: `${'e'.repeat(242)}@example.com` }, undefined);
    expect(fits.email).toHaveLength(254);
  });

  it('never cuts a character in two, and drops control characters', () => {
    const name = sessionFromClaims(
      { ...base, name: `A\u0000B${'😀'.repeat(300)}` },
      undefined,
    ).name;
    expect(name.startsWith('AB😀')).toBe(true);
    expect(name.endsWith('😀…')).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(name))).toBeLessThanOrEqual(400);
    expect(name).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u);
    const family = sessionFromClaims({ ...base, name: '👨‍👩‍👧'.repeat(300) }, undefined).name;
    expect(family.replace(/(👨‍👩‍👧)+…$/u, '')).toBe('');
  });

  it('gives a cookie under 4 kB for a 3,000-character name', async () => {
    const session = sessionFromClaims({ ...base, name: 'x'.repeat(3000) }, undefined);
    expect(await cookieBytes(session)).toBeLessThan(4096);
  });

  // Roles of plain ASCII just under their 1,500-byte cap, so nothing of them is dropped.
  const roles = Array.from({ length: 43 }, (_, i) => `${'r'.repeat(30)}${i}`);

  it.each([
    ['4-byte characters', '😀'],
    ['quotes (escaped in JSON)', '"'],
    ['control characters', '\u0001'],
    ['backslashes', '\\'],
    ['letters', 'x'],
  ])('stays under 4,000 bytes with everything at its limit: a name of %s', async (_, unit) => {
    const session = sessionFromClaims(
      {
        ...base,
        sub: '"'.repeat(255),
        name: unit.repeat(3000),
        email: `${'\\'.repeat(242)}@example.com`,
        roles,
      },
      undefined,
    );
    expect(session.roles).toStrictEqual(roles);
    expect(await cookieBytes(session)).toBeLessThan(4000);
  });

  it('refuses a subject longer than OpenID Connect allows (255 ASCII characters)', () => {
    expect(() => sessionFromClaims({ ...base, sub: 's'.repeat(256) }, undefined)).toThrow(/sub/);
    expect(() => sessionFromClaims({ ...base, sub: 'é' }, undefined)).toThrow(/sub/);
  });
});

describe('hasRequiredRole', () => {
  const session = { sub: 's', name: 'n', roles: ['A'], signedInAt: 0, exp: 0 };
  it('passes without a required role, or with it', () => {
    expect(hasRequiredRole(session, undefined)).toBe(true);
    expect(hasRequiredRole(session, 'A')).toBe(true);
    expect(hasRequiredRole(session, 'B')).toBe(false);
    expect(hasRequiredRole(session, 'a')).toBe(false);
  });
});
