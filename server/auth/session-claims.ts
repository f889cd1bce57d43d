import type { IdTokenClaims } from './oidc.ts';
import { newSession, type Session } from './session-cookie.ts';

/*
 * The sealed session must stay under the 4 kB a browser keeps for a cookie: Chromium drops a
 * bigger one, and the user loops between the app and sign-in. So every claim that goes in is
 * bounded: the display name at 200 characters (and 400 bytes of JSON), the email at 254 (the
 * longest an address can be), the subject at 255 ASCII characters (OpenID Connect's own limit),
 * the roles at 1,500 bytes of JSON. All at their worst at once, the cookie stays under 4,000 bytes
 * (session-claims.test.ts).
 */
const maxNameCharacters = 200;
const maxNameBytes = 400;
const maxEmailLength = 254;
const maxEmailBytes = 300;
const maxSubjectLength = 255;
const maxRolesBytes = 1500;

const strings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is string => typeof item === 'string');
};

const firstString = (...values: unknown[]) =>
  values.find((value): value is string => typeof value === 'string' && value.trim() !== '');

const withoutControls = (value: unknown) =>
  typeof value === 'string' ? value.replace(/\p{Cc}/gu, '') : value;

const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Cut by whole characters as a reader sees them (never half of an emoji or an accent), with "…",
 * to 200 characters and to 400 bytes as JSON (quotes and backslashes double when escaped).
 */
function displayName(value: string): string {
  const characters = Array.from(graphemes.segment(value), ({ segment }) => segment);
  if (characters.length <= maxNameCharacters && jsonBytes(value) <= maxNameBytes) return value;
  let kept = characters.slice(0, maxNameCharacters - 1);
  while (jsonBytes(`${kept.join('')}…`) > maxNameBytes) kept = kept.slice(0, -1);
  return `${kept.join('')}…`;
}

/** An email that cannot be one (too long, control characters, quotes galore) is left out. */
const usableEmail = (value: string | undefined) =>
  value !== undefined &&
  value.length <= maxEmailLength &&
  jsonBytes(value) <= maxEmailBytes &&
  !/\p{Cc}/u.test(value)
    ? value
    : undefined;

/**
 * The roles claim and the groups claim together. A user in hundreds of groups keeps the roles
 * and, of the groups, only the required one; if even that is too big, only the required role.
 */
function rolesOf(claims: IdTokenClaims, requiredRole: string | undefined): string[] {
  const appRoles = strings(claims.roles);
  const groups = strings(claims.groups);
  const all = [...new Set([...appRoles, ...groups])];
  if (jsonBytes(all) <= maxRolesBytes) return all;
  const kept = requiredRole && groups.includes(requiredRole) ? [requiredRole] : [];
  const fewer = [...new Set([...appRoles, ...kept])];
  if (jsonBytes(fewer) <= maxRolesBytes) return fewer;
  return requiredRole && all.includes(requiredRole) ? [requiredRole] : [];
}

/**
 * The session for the ID token's claims: the display name is `name`, else `preferred_username`,
 * else `email`, else `sub`; the roles are the `roles` claim and the `groups` claim together.
 * Throws for a subject OpenID Connect does not allow (the sign-in then fails, and says so).
 */
export function sessionFromClaims(
  claims: IdTokenClaims,
  requiredRole: string | undefined,
  now?: number,
): Session {
  const { sub } = claims;
  if (sub.length > maxSubjectLength || !/^[\x20-\x7e]+$/.test(sub)) {
    throw new Error(`The ID token's sub claim is not 1 to ${maxSubjectLength} ASCII characters`);
  }
  const email = usableEmail(firstString(claims.email));
  const roles = rolesOf(claims, requiredRole);
  const name = displayName(
    firstString(...[claims.name, claims.preferred_username, claims.email].map(withoutControls)) ??
      sub,
  );
  return newSession(email === undefined ? { sub, name, roles } : { sub, name, email, roles }, now);
}

/** True when no role is required, or the session holds it. */
export function hasRequiredRole(session: Session, requiredRole: string | undefined): boolean {
  return requiredRole === undefined || session.roles.includes(requiredRole);
}
