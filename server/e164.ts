import { isValidE164 } from '../src/lib/e164.ts';

/**
 * The server's check of the number in an API path: the app's own rule (canonical E.164 that
 * libphonenumber's metadata calls valid), so nothing the search box would refuse reaches a source
 * or Live Platform.
 */
export function isE164(value: string): boolean {
  return isValidE164(value);
}
