import { TextInput } from '@mantine/core';
import { IconSelector } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import type { CountryCode } from 'libphonenumber-js/min';
import { countryOptionLabel, countryPickerFrame } from './country-picker-look.tsx';

// Loaded when first shown: no other page needs a Select, or the floating-ui under it (031).
const CountrySelect = lazy(() => import('./country-select.tsx'));

type CountryPickerProps = {
  country: CountryCode;
  onChange: (country: CountryCode) => void;
};

/**
 * The country picker, and until its code has loaded a read-only box of the same size showing
 * the same country, so that nothing moves when the picker takes its place.
 */
export function CountryPicker({ country, onChange }: CountryPickerProps) {
  return (
    <Suspense fallback={<CountryStandIn country={country} />}>
      <CountrySelect country={country} onChange={onChange} />
    </Suspense>
  );
}

function CountryStandIn({ country }: { country: CountryCode }) {
  return (
    <TextInput
      {...countryPickerFrame(country)}
      readOnly
      value={countryOptionLabel(country)}
      rightSection={<IconSelector size={16} aria-hidden />}
      rightSectionPointerEvents="none"
    />
  );
}
