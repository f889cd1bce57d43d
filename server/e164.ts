import { isValidE164 } from '../src/lib/e164.ts';
import { recentValues } from './recent-values.ts';

// libphonenumber's check was a tenth of a lookup's CPU (bench:load --profile), and staff look up
// the same numbers again and again: answers for recent values are kept, at most this many, the
// oldest dropped first. Only values of E.164 length are kept, so no input can make an entry large.
const checked = recentValues<string, boolean>(10_000);

/**
 * The server's check of the number in an API path: the app's own rule (canonical E.164 that
 * libphonenumber's metadata calls valid), so nothing the search box would refuse reaches a source
 * or Live Platform.
 */
export function isE164(value: string): boolean {
  const known = checked.get(value);
  if (known !== undefined) return known;
  const valid = isValidE164(value);
  if (value.length <= 16) checked.set(value, valid);
  return valid;
}
