import { describe, expect, it } from 'vitest';
import type { IdTokenClaims } from './oidc.ts';
import { hasRequiredRole, sessionFromClaims } from './session-claims.ts';

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

describe('hasRequiredRole', () => {
  const session = { sub: 's', name: 'n', roles: ['A'], signedInAt: 0, exp: 0 };
  it('passes without a required role, or with it', () => {
    expect(hasRequiredRole(session, undefined)).toBe(true);
    expect(hasRequiredRole(session, 'A')).toBe(true);
    expect(hasRequiredRole(session, 'B')).toBe(false);
    expect(hasRequiredRole(session, 'a')).toBe(false);
  });
});
