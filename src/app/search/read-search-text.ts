import { parseTenantId } from '../../features/tenants/tenant-id.ts';

/** What the home page's box holds: the phone parser, the tenant page or the customer list reads it. */
export type SearchText =
  | { kind: 'empty' }
  | { kind: 'number' }
  | { kind: 'tenant-id'; tenantId: string }
  | { kind: 'broken-tenant-id'; message: string }
  | { kind: 'name'; name: string };

// The first group of a GUID and its dash: someone pasting a tenant id, perhaps cut short. No
// phone number is written this way (a phone word such as 1-800-FACE does not start so).
const startOfGuid = /^\{?\s*[0-9a-f]{8}-[0-9a-f-]*\s*\}?$/i;

/**
 * Tenant ids first (parseTenantId, the rule the tenant page uses); then anything with a digit, or
 * with no letter at all, is a number for the phone parser to read or explain (1-800-FLOWERS,
 * "tel:+44…", "+"); only text with letters and no digit at all is a customer's name.
 */
export function readSearchText(text: string): SearchText {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const tenant = parseTenantId(trimmed);
  if (tenant.ok) return { kind: 'tenant-id', tenantId: tenant.tenantId };
  if (startOfGuid.test(trimmed) && /[a-f]/i.test(trimmed)) {
    return { kind: 'broken-tenant-id', message: tenant.message };
  }
  // Digits of any script and full-width forms count, as the phone parser reads them; so does the
  // start of a tel: link ("tel:" alone is an empty number, not a name).
  const normalised = trimmed.normalize('NFKC');
  const letters = normalised.replace(/^tel:/iu, '');
  if (/\p{Nd}/u.test(normalised) || !/\p{L}/u.test(letters)) return { kind: 'number' };
  return { kind: 'name', name: trimmed.replace(/\s+/gu, ' ') };
}
