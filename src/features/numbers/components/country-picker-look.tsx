import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/min';
import { CountryFlag } from '../../../components/country-flag.tsx';
import { countryName } from '../../../lib/countries.ts';

/*
 * What the country picker under the start page's box and its stand-in share, so the stand-in
 * shown while the picker loads (country-picker.tsx) has the picker's size, label and value.
 */
export const countryPickerLabel = 'Country for national numbers';

/** "United Kingdom (+44)": a country as the picker lists and shows it. */
export const countryOptionLabel = (code: CountryCode) =>
  `${countryName(code)} (+${getCountryCallingCode(code)})`;

/** The props both boxes take: the number box's text size above them, the flag at the left. */
export const countryPickerFrame = (country: CountryCode) => ({
  label: countryPickerLabel,
  size: 'md' as const,
  maw: 360,
  leftSection: <CountryFlag code={country} height={14} />,
});
