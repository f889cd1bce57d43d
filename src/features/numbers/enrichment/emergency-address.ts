import { sameId } from '../../../api/fields.ts';
import type { CivicAddress, EmergencyLocation, Lead } from '../../../api/leads.ts';
import type { OcNumber } from '../schema.ts';

/** What the number's civicAddressId and locationId resolve to through its tenant's lead. */
export type EmergencyAddress =
  | { kind: 'none' }
  | { kind: 'address-not-found'; civicAddressId: string }
  | {
      kind: 'found';
      address: CivicAddress;
      /** Null when the number sets no location, or sets one the address does not hold. */
      location: EmergencyLocation | null;
      /** The number's locationId when the address holds no such location. */
      missingLocationId: string | null;
      isDefaultLocation: boolean;
    };

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined || String(value).trim() === '' ? null : String(value);

const allAddresses = (leads: readonly Lead[]) =>
  leads.flatMap((lead) => lead.civicAddresses).filter((address) => address !== null);

/**
 * Finds the number's civic address in the tenant's leads, and its location there. A number that
 * sets only a location finds its address through the location's civicAddressId.
 */
export function resolveEmergencyAddress(
  number: OcNumber,
  leads: readonly Lead[],
): EmergencyAddress {
  const civicAddressId = text(number.civicAddressId);
  const locationId = text(number.locationId);
  if (!civicAddressId && !locationId) return { kind: 'none' };
  const addresses = allAddresses(leads);
  const holdsLocation = (address: CivicAddress) =>
    address.locations.some((location) => sameId(location?.id, locationId));
  const address = civicAddressId
    ? addresses.find((candidate) => sameId(candidate.id, civicAddressId))
    : addresses.find(holdsLocation);
  if (!address) {
    return {
      kind: 'address-not-found',
      civicAddressId: civicAddressId ?? `(location ${locationId ?? ''})`,
    };
  }
  const location = locationId
    ? (address.locations.find((candidate) => sameId(candidate?.id, locationId)) ?? null)
    : null;
  return {
    kind: 'found',
    address,
    location,
    missingLocationId: locationId && !location ? locationId : null,
    isDefaultLocation:
      location !== null &&
      (location.isDefault === true || sameId(address.defaultLocationId, location.id)),
  };
}
