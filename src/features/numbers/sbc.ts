import type { Sbc } from './schema.ts';

export type SbcRow = {
  fqdn: string | null;
  ip: string | null;
  id: string | null;
  raw: string | null;
};

/**
 * Live Platform names an SBC "<fqdn> [<ip>]". Tolerates a missing IP, missing or unbalanced
 * brackets, an IPv6 address and extra spaces; whatever cannot be split stays in fqdn as given.
 */
export function parseSbc(sbc: Sbc): SbcRow {
  const raw = sbc.sbcName?.trim() || null;
  const id = sbc.sbcId === null || sbc.sbcId === undefined ? null : String(sbc.sbcId);
  if (!raw) return { fqdn: null, ip: null, id, raw };
  const match = /^(.*?)\s*\[\s*([^\]]*?)\s*\]?\s*$/.exec(raw);
  if (!match) return { fqdn: raw, ip: null, id, raw };
  return { fqdn: match[1] || null, ip: match[2] || null, id, raw };
}
