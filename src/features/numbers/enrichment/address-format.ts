import type { CivicAddress } from '../../../api/leads.ts';
import { countryName } from '../../../lib/countries.ts';

/*
 * A civic address as people write it in its country (decision 020): a small table of layouts for
 * the countries Operator Connect serves most, and a generic layout for the rest. Each layout says
 * where the house number goes and how the locality line is built.
 */
type Part = string | null | undefined;
type Locality = (city: Part, state: Part, postcode: Part) => Part[];

type Layout = { numberFirst: boolean; locality: Locality };

const join = (parts: readonly Part[], separator = ' ') =>
  parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(separator);

/** "City, ST 12345" (US); "City ST 2000" (AU, CA). */
const cityStatePostcode =
  (comma: boolean): Locality =>
  (city, state, postcode) => [
    comma && state ? join([city, join([state, postcode])], ', ') : join([city, state, postcode]),
  ];
/** "75001 Paris", then the region on its own line when given. */
const postcodeCity: Locality = (city, state, postcode) => [join([postcode, city]), state];
/** "00184 Roma RM" (IT, ES keep the province beside the city). */
const postcodeCityState: Locality = (city, state, postcode) => [join([postcode, city, state])];
/** "London" then "SW1A 2AA" (GB, IE). */
const cityThenPostcode: Locality = (city, state, postcode) => [city, state, postcode];

const numberFirst = (locality: Locality): Layout => ({ numberFirst: true, locality });
const numberLast = (locality: Locality): Layout => ({ numberFirst: false, locality });

const layouts: Record<string, Layout> = {
  US: numberFirst(cityStatePostcode(true)),
  CA: numberFirst(cityStatePostcode(false)),
  AU: numberFirst(cityStatePostcode(false)),
  NZ: numberFirst(cityThenPostcode),
  GB: numberFirst(cityThenPostcode),
  IE: numberFirst(cityThenPostcode),
  FR: numberFirst(postcodeCity),
  DE: numberLast(postcodeCity),
  AT: numberLast(postcodeCity),
  CH: numberLast(postcodeCity),
  NL: numberLast(postcodeCity),
  BE: numberLast(postcodeCity),
  DK: numberLast(postcodeCity),
  NO: numberLast(postcodeCity),
  SE: numberLast(postcodeCity),
  FI: numberLast(postcodeCity),
  PL: numberLast(postcodeCity),
  CZ: numberLast(postcodeCity),
  PT: numberLast(postcodeCity),
  IT: numberLast(postcodeCityState),
  ES: numberLast(postcodeCityState),
};

const genericLayout = numberFirst(cityStatePostcode(true));

export type FormattedAddress = {
  lines: string[];
  /** False when the country has no layout of its own and the generic one was used. */
  countryLayout: boolean;
};

export function formatCivicAddress(address: CivicAddress): FormattedAddress {
  const country = address.country?.trim().toUpperCase() ?? '';
  const layout = Object.hasOwn(layouts, country) ? layouts[country] : undefined;
  const { numberFirst: first, locality } = layout ?? genericLayout;
  const house = join([address.houseNumber, address.houseNumberSuffix], '');
  const street = join([
    address.preDirectional,
    address.streetName,
    address.streetSuffix,
    address.postDirectional,
  ]);
  const city = address.cityOrTown ?? address.cityOrTownAlias;
  const lines = [
    first ? join([house, street]) : join([street, house]),
    ...locality(city, address.stateOrProvince, address.postalOrZipCode),
    country ? countryName(country) : null,
  ];
  return {
    lines: lines.map((line) => line?.trim() ?? '').filter((line) => line !== ''),
    countryLayout: layout !== undefined,
  };
}
