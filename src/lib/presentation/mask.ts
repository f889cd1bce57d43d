/*
 * Presentation mode's masks (issue 8): on a shared screen, identifiers that belong to the
 * provider or to other customers are shown by their last four characters only, so staff can
 * still match them against a ticket while the audience learns nothing from them.
 * Pure functions: the React side (presentation-mode.tsx) decides when they apply.
 */

/** How many trailing characters stay readable. */
export const keptCharacters = 4;
const hidden = '••••';

/** "3f2b9c4e-…-a1c9" → "••••a1c9"; short values are hidden whole (the last 4 would be all of it). */
export function maskTail(value: string): string {
  const text = value.trim();
  if (text.length <= keptCharacters) return hidden;
  return `${hidden}${text.slice(-keptCharacters)}`;
}

// What free text (copied blocks, exports, raw JSON) may carry: GUIDs, IPv4 and IPv6 addresses.
const guid = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const ipv4 = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g;
// Eight groups, or groups around one "::" (so neither a time such as 09:15:00 nor the colon
// of a JSON member is taken for an address).
const ipv6 =
  /(?<![0-9a-f:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?::[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6}|[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6}::)(?![0-9a-f:])/gi;

/**
 * Whether a field (of a record, of an answer, of a diagnosis's evidence) holds an id that
 * presentation mode masks: `id`, `…Id`, `…ID`, `…Guid`. SBC ids are not: like the SBCs' FQDNs
 * they name the operator's own equipment, and staff match the SBC list to the profile by them.
 */
export function isMaskedIdField(field: string): boolean {
  const name = field.slice(field.lastIndexOf('.') + 1).replace(/\W+$/, '');
  return /^(?:id|\w*(?:Id|ID|Guid))$/.test(name) && !/^sbcId$/i.test(name);
}

// A JSON member whose key names an id, with a string or number value (a record id such as
// 125796 or a job id is a number: no GUID pattern finds it). Keys and values are bounded or
// linear, so a hostile 1 MB body costs one pass.
const idMember = /"(\w{0,80})"(\s*:\s*)("(?:[^"\\\n]|\\.)*"|-?\d[\d.eE+-]{0,40})/g;

function maskIdMembers(json: string): string {
  return json.replace(idMember, (member: string, key: string, colon: string, value: string) => {
    if (!isMaskedIdField(key)) return member;
    const raw = value.startsWith('"') ? value.slice(1, -1) : value;
    // Still JSON: a number becomes a string, and an escape is never cut in half.
    return raw === '' ? member : `"${key}"${colon}"${maskTail(raw).replace(/\\+$/, '')}"`;
  });
}

/**
 * Every GUID and IP address in a text, and the value of every id member when the text is JSON,
 * masked where it stands; the rest of the text unchanged.
 */
export function maskIdentifiersInText(text: string): string {
  return maskIdMembers(text)
    .replace(guid, maskTail)
    .replace(ipv4, maskTail)
    .replace(ipv6, maskTail);
}

/** A value that is exactly one IPv4 or IPv6 address (an SBC's address, say). */
export function isIpAddress(value: string): boolean {
  const text = value.trim();
  return (
    new RegExp(`^(?:${ipv4.source})$`).test(text) ||
    new RegExp(`^(?:${ipv6.source})$`, 'i').test(text)
  );
}
