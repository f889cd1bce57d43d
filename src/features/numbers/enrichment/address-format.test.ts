import { describe, expect, it } from 'vitest';
import { civicAddressSchema } from '../../../api/leads.ts';
import { formatCivicAddress } from './address-format.ts';

const address = (fields: Record<string, string | null>) => civicAddressSchema.parse(fields);

describe('formatCivicAddress', () => {
  it.each([
    [
      'GB: number first, town and postcode on their own lines',
      {
        country: 'GB',
        houseNumber: '10',
        streetName: 'Downing',
        streetSuffix: 'Street',
        cityOrTown: 'London',
        postalOrZipCode: 'SW1A 2AA',
      },
      ['10 Downing Street', 'London', 'SW1A 2AA', 'United Kingdom'],
    ],
    [
      'US: directionals, suffix, "City, ST ZIP"',
      {
        country: 'us',
        houseNumber: '1600',
        houseNumberSuffix: 'A',
        preDirectional: 'NW',
        streetName: 'Pennsylvania',
        streetSuffix: 'Ave',
        cityOrTown: 'Washington',
        stateOrProvince: 'DC',
        postalOrZipCode: '20500',
      },
      ['1600A NW Pennsylvania Ave', 'Washington, DC 20500', 'United States'],
    ],
    [
      'DE: number after the street, postcode before the city',
      {
        country: 'DE',
        houseNumber: '1',
        streetName: 'Platz der Republik',
        cityOrTown: 'Berlin',
        postalOrZipCode: '11011',
      },
      ['Platz der Republik 1', '11011 Berlin', 'Germany'],
    ],
    [
      'FR: number first, postcode before the city',
      {
        country: 'FR',
        houseNumber: '55',
        streetName: 'rue du Faubourg Saint-Honoré',
        cityOrTown: 'Paris',
        postalOrZipCode: '75008',
      },
      ['55 rue du Faubourg Saint-Honoré', '75008 Paris', 'France'],
    ],
    [
      'IT: the province beside the city',
      {
        country: 'IT',
        houseNumber: '1',
        streetName: 'Via del Corso',
        cityOrTown: 'Roma',
        stateOrProvince: 'RM',
        postalOrZipCode: '00186',
      },
      ['Via del Corso 1', '00186 Roma RM', 'Italy'],
    ],
    [
      'AU: "Suburb STATE postcode" without a comma',
      {
        country: 'AU',
        houseNumber: '1',
        streetName: 'Martin',
        streetSuffix: 'Place',
        cityOrTown: 'Sydney',
        stateOrProvince: 'NSW',
        postalOrZipCode: '2000',
      },
      ['1 Martin Place', 'Sydney NSW 2000', 'Australia'],
    ],
    [
      'missing parts leave no gaps; the alias stands in for a missing town',
      {
        country: 'NL',
        houseNumber: null,
        streetName: 'Coolsingel',
        cityOrTown: null,
        cityOrTownAlias: 'Rotterdam',
        postalOrZipCode: null,
      },
      ['Coolsingel', 'Rotterdam', 'Netherlands'],
    ],
  ])('%s', (_name, fields, lines) => {
    expect(formatCivicAddress(address(fields))).toEqual({ lines, countryLayout: true });
  });

  it('uses the generic layout for a country without one, and says so', () => {
    expect(
      formatCivicAddress(
        address({
          country: 'JP',
          houseNumber: '1',
          streetName: 'Chiyoda',
          cityOrTown: 'Tokyo',
          postalOrZipCode: '100-0001',
        }),
      ),
    ).toEqual({ lines: ['1 Chiyoda', 'Tokyo 100-0001', 'Japan'], countryLayout: false });
  });

  it('formats an address without a country or any part', () => {
    expect(formatCivicAddress(address({}))).toEqual({ lines: [], countryLayout: false });
  });
});
