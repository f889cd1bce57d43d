import { createHash } from 'node:crypto';

/**
 * A GUID derived from a name (the shape of a version-5 UUID), so sandbox ids that nobody types are
 * stable across runs and instances without being written out by hand.
 */
export function seededGuid(name: string): string {
  const hex = createHash('sha1').update(`oc-lookup-sandbox:${name}`).digest('hex');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}
