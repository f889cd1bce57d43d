import type { Sbc } from './schema.ts';

export type SbcRow = {
  fqdn: string | null;
  ip: string | null;
  id: string | null;
  raw: string | null;
};

// Longer than any FQDN (253) with an address: beyond this the name is shown as received, unsplit.
const maxNameLength = 400;
const ipLike = /^(\d{1,3}(\.\d{1,3}){3}|[\da-f]*:[\da-f:.]*)$/i;

/** The SBC's id as text, or null when it has none. */
export const sbcIdOf = (sbc: Sbc | null) =>
  sbc?.sbcId === null || sbc?.sbcId === undefined ? null : String(sbc.sbcId);

/** The SBC's name as received, trimmed, or null when it has none. */
export const sbcNameOf = (sbc: Sbc | null) => sbc?.sbcName?.trim() || null;

/**
 * Live Platform names an SBC "<fqdn> [<ip>]". Tolerates a missing IP, missing or unbalanced
 * brackets, an IPv6 address, an address after a plain space, and extra spaces. Plain string
 * operations, no backtracking regex: a hostile name cannot stall the page.
 */
export function parseSbc(sbc: Sbc | null): SbcRow {
  const raw = sbcNameOf(sbc);
  const id = sbcIdOf(sbc);
  if (!raw || raw.length > maxNameLength) return { fqdn: raw, ip: null, id, raw };

  const open = raw.indexOf('[');
  if (open >= 0) {
    const close = raw.indexOf(']', open);
    const ip = raw.slice(open + 1, close >= 0 ? close : undefined).trim();
    return { fqdn: raw.slice(0, open).trim() || null, ip: ip || null, id, raw };
  }
  const lastSpace = raw.lastIndexOf(' ');
  const tail = raw.slice(lastSpace + 1);
  if (lastSpace > 0 && ipLike.test(tail)) {
    return { fqdn: raw.slice(0, lastSpace).trim(), ip: tail, id, raw };
  }
  return { fqdn: raw, ip: null, id, raw };
}
