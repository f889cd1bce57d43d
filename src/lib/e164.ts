import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

// The shape alone (a plus, a country code not starting with 0, at most 15 digits) lets +12 and
// +99999999999999 through; the metadata knows which country codes and lengths exist.
const e164Shape = /^\+[1-9]\d{1,14}$/;

/**
 * True only for a canonical E.164 number that libphonenumber's metadata (min, as in the app)
 * calls valid: the one rule for the search box, deep links and the server's API route.
 */
export function isValidE164(value: string): boolean {
  if (!e164Shape.test(value)) return false;
  const phone = parsePhoneNumberFromString(value);
  return phone !== undefined && phone.isValid() && phone.number === value;
}
