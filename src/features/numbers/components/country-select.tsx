import { Select } from '@mantine/core';
import { getCountries, isSupportedCountry, type CountryCode } from 'libphonenumber-js/min';
import { useMemo } from 'react';
import { countryOptionLabel, countryPickerFrame } from './country-picker-look.tsx';

/**
 * The country national numbers are read in, searchable. Mantine's Select (a Combobox, so a
 * Popover, so floating-ui): loaded only by the start page that shows it (country-picker.tsx).
 */
export default function CountrySelect({
  country,
  onChange,
}: {
  country: CountryCode;
  onChange: (country: CountryCode) => void;
}) {
  const options = useMemo(
    () =>
      getCountries()
        .map((code) => ({ value: code, label: countryOptionLabel(code) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [],
  );
  return (
    <Select
      {...countryPickerFrame(country)}
      searchable
      allowDeselect={false}
      data={options}
      value={country}
      onChange={(next) => {
        if (next && isSupportedCountry(next)) onChange(next);
      }}
      nothingFoundMessage="No such country"
    />
  );
}
