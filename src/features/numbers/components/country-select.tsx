import { Select } from '@mantine/core';
import '../../../components/dropdown-styles.ts';
import { getCountries, isSupportedCountry, type CountryCode } from 'libphonenumber-js/min';
import { useMemo, useRef } from 'react';
import { useOnMount } from '../../../lib/use-on-mount.ts';
import { countryOptionLabel, countryPickerFrame } from './country-picker-look.tsx';

/**
 * The country national numbers are read in, searchable. Mantine's Select (a Combobox, so a
 * Popover, so floating-ui): loaded only when the start page's user reaches for it
 * (country-picker.tsx).
 */
export default function CountrySelect({
  country,
  onChange,
  autoFocus,
  clicked,
}: {
  country: CountryCode;
  onChange: (country: CountryCode) => void;
  /** Takes the focus its stand-in had (country-picker.tsx). */
  autoFocus: boolean;
  /** Its stand-in was clicked: the click is the picker's, so it opens as if clicked. */
  clicked: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  useOnMount(() => {
    if (clicked) input.current?.click();
  });
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
      autoFocus={autoFocus}
      ref={input}
    />
  );
}
