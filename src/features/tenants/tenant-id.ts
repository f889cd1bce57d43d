export const exampleTenantId = 'f94238e5-4f2c-4e1b-8125-2d27122ca75f';

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ParsedTenantId =
  { ok: true; tenantId: string } | { ok: false; input: string; message: string };

/** Why text is not a GUID, in terms a reader can check against the ticket. */
function whatIsWrong(text: string): string {
  if (text === '') return 'The address has no tenant id.';
  if (!/^[0-9a-f-]+$/i.test(text)) {
    return 'It holds characters a tenant id never has: only 0–9, a–f and dashes.';
  }
  const digits = text.replace(/-/g, '').length;
  const groups = text.split('-').length;
  return `A tenant id has 32 hexadecimal digits in five groups (8-4-4-4-12); this has ${String(digits)} in ${String(groups)}.`;
}

/**
 * A Microsoft (Entra) tenant id from a link, as people paste it: in any case, with spaces around
 * it or in braces (as PowerShell prints GUIDs). It is given back in lower case, the one spelling
 * our server sends upstream. Anything else is refused here, so it never becomes a request.
 */
export function parseTenantId(input: string): ParsedTenantId {
  const trimmed = input
    .trim()
    .replace(/^\{(.*)\}$/, '$1')
    .trim();
  if (guid.test(trimmed)) return { ok: true, tenantId: trimmed.toLowerCase() };
  return { ok: false, input, message: whatIsWrong(trimmed) };
}
