import { describe, expect, it } from 'vitest';
import { leadSchema } from '../../../api/leads.ts';
import { civicAddressId, leadsAnswer, locationId } from '../../../api/testing/related-answers.ts';
import { makeNumber } from '../number-factory.ts';
import { resolveEmergencyAddress } from './emergency-address.ts';

const leads = leadsAnswer.map((lead) => leadSchema.parse(lead));

describe('resolveEmergencyAddress', () => {
  it('says none is set when the number has neither id', () => {
    expect(resolveEmergencyAddress(makeNumber(), leads)).toEqual({ kind: 'none' });
  });

  it('resolves the address and its default location, ids compared in any case', () => {
    const result = resolveEmergencyAddress(
      makeNumber({ civicAddressId: civicAddressId.toUpperCase(), locationId }),
      leads,
    );
    expect(result).toMatchObject({
      kind: 'found',
      address: { cityOrTown: 'London' },
      location: { elin: 'ELIN-0202', description: 'Floor 2, reception' },
      missingLocationId: null,
      isDefaultLocation: true,
    });
  });

  it('finds the address through the location when only the location is set', () => {
    expect(resolveEmergencyAddress(makeNumber({ locationId }), leads)).toMatchObject({
      kind: 'found',
      address: { id: civicAddressId },
    });
  });

  it('says which location the address does not hold', () => {
    expect(
      resolveEmergencyAddress(makeNumber({ civicAddressId, locationId: 'gone' }), leads),
    ).toMatchObject({
      kind: 'found',
      location: null,
      missingLocationId: 'gone',
      isDefaultLocation: false,
    });
  });

  it('tells a non-default location', () => {
    const other = leadSchema.parse({
      civicAddresses: [
        { id: 'a', defaultLocationId: 'l1', locations: [{ id: 'l2', isDefault: false }] },
      ],
    });
    expect(
      resolveEmergencyAddress(makeNumber({ civicAddressId: 'a', locationId: 'l2' }), [other]),
    ).toMatchObject({
      isDefaultLocation: false,
    });
  });

  it('says the address is not in the lead, also when the lead has no addresses', () => {
    expect(
      resolveEmergencyAddress(makeNumber({ civicAddressId: 'x' }), [
        leadSchema.parse({ civicAddresses: null }),
      ]),
    ).toEqual({
      kind: 'address-not-found',
      civicAddressId: 'x',
    });
  });
});
