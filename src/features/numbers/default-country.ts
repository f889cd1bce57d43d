import { useLocalStorage } from '@mantine/hooks';
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/min';

// The country a national number ("020 7499 6300") belongs to; remembered in this browser.
const storageKey = 'oc-lookup:default-country';
const fallbackCountry: CountryCode = 'GB';

const toCountry = (value: string | null | undefined): CountryCode =>
  value && isSupportedCountry(value) ? value : fallbackCountry;

/** For code outside React (the route loader). */
export function readDefaultCountry(): CountryCode {
  try {
    return toCountry(
      JSON.parse(window.localStorage.getItem(storageKey) ?? 'null') as string | null,
    );
  } catch {
    return fallbackCountry;
  }
}

export function useDefaultCountry() {
  const [stored, setStored] = useLocalStorage({
    key: storageKey,
    defaultValue: fallbackCountry,
    getInitialValueInEffect: false,
  });
  return [toCountry(stored), (country: CountryCode) => setStored(country)] as const;
}
