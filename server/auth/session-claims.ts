import type { IdTokenClaims } from './oidc.ts';
import { newSession, type Session } from './session-cookie.ts';

// Keeps the sealed cookie well under the 4 kB browsers allow: a user in hundreds of groups keeps
// the `roles` claim and, of the groups, only the required one.
const maxRolesLength = 1800;

const strings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is string => typeof item === 'string');
};

const firstString = (...values: unknown[]) =>
  values.find((value): value is string => typeof value === 'string' && value.trim() !== '');

/**
 * The session for the ID token's claims: the display name is `name`, else `preferred_username`,
 * else `email`, else `sub`; the roles are the `roles` claim and the `groups` claim together.
 */
export function sessionFromClaims(
  claims: IdTokenClaims,
  requiredRole: string | undefined,
  now?: number,
): Session {
  const email = firstString(claims.email);
  const appRoles = strings(claims.roles);
  const groups = strings(claims.groups);
  let roles = [...new Set([...appRoles, ...groups])];
  if (JSON.stringify(roles).length > maxRolesLength) {
    const kept = requiredRole && groups.includes(requiredRole) ? [requiredRole] : [];
    roles = [...new Set([...appRoles, ...kept])];
  }
  const name =
    firstString(claims.name, claims.preferred_username, claims.email, claims.sub) ?? claims.sub;
  return newSession(
    email === undefined
      ? { sub: claims.sub, name, roles }
      : { sub: claims.sub, name, email, roles },
    now,
  );
}

/** True when no role is required, or the session holds it. */
export function hasRequiredRole(session: Session, requiredRole: string | undefined): boolean {
  return requiredRole === undefined || session.roles.includes(requiredRole);
}
