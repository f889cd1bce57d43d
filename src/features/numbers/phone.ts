import {
  findPhoneNumbersInText,
  parsePhoneNumberFromString,
  parsePhoneNumberWithError,
  ParseError,
  validatePhoneNumberLength,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/min';
import { toAsciiDigits } from '../../lib/ascii-digits.ts';
import { countryName } from '../../lib/countries.ts';
import { isValidE164 } from '../../lib/e164.ts';

export type PhoneProblem =
  | 'empty'
  | 'no-digits'
  | 'too-short'
  | 'too-long'
  | 'invalid-length'
  | 'unknown-country-code'
  | 'not-a-number'
  | 'invalid';

export type ParsedPhone =
  | {
      ok: true;
      e164: string;
      country: CountryCode | undefined;
      international: string;
      national: string;
    }
  | { ok: false; problem: PhoneProblem; message: string };

// Far more than any number with its label; keeps a pasted page from being scanned.
const maxInputLength = 200;

/**
 * Normalises what people paste (spaces of every kind, digits of every script, tel: links, 00 or
 * 011 prefixes, percent-encoding, surrounding text) to the E.164 number the server accepts, or
 * says what is wrong in words a user can act on.
 */
export function parsePhoneInput(input: string, defaultCountry: CountryCode): ParsedPhone {
  const text = normalise(input);
  if (!text) return fail('empty', 'Enter a phone number.');
  if (!/\d/.test(text)) {
    return fail('no-digits', 'That has no digits. Enter a phone number, like +44 20 7499 6300.');
  }
  if (text.length > maxInputLength) {
    return fail('too-long', 'That is too long to be a phone number. Paste only the number.');
  }

  // 00 is the international prefix in most of the world: 0044 20… means +44 20…, whatever the
  // country picked. Only at the start: inside a number "00" is just digits (+33 1 23 00 45 67).
  // The text as typed is read first, for countries whose own prefix starts 00 (Australia's 0011).
  const international = text.replace(/^00(?=\s*[1-9])/u, '+');
  const direct = [text, international]
    .map((reading) => tryParse(reading, defaultCountry))
    .find((phone) => phone !== undefined && isAccepted(phone));
  if (direct) return success(direct);
  // The number may sit inside other text ("Ticket 4711: caller +44 20 …").
  const found = findPhoneNumbersInText(international, { defaultCountry }).find((match) =>
    isAccepted(match.number),
  );
  if (found) return success(found.number);
  return explain(international, defaultCountry, tryParse(international, defaultCountry));
}

function normalise(input: string): string {
  const text = toAsciiDigits(
    // Full-width digits and plus, superscript plus and every kind of space become plain forms.
    decodePercent(input).normalize('NFKC'),
  )
    // Signs that look like a plus and NFKC leaves alone.
    .replace(/[\u2795\u02D6]/gu, '+')
    // Invisible formatting (zero-width spaces, direction marks) and combining marks (the keycap
    // of 4️⃣) are dropped; control characters count as spaces.
    .replace(/[\p{Cf}\p{M}]+/gu, '')
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .replace(/\btel:\s*/giu, '');
  return readPhoneContext(text)
    .trim()
    .replace(/^\+{2,}/u, '+');
}

// A tel: URI may carry the country and area code apart: tel:7499-6300;phone-context=+44-20. It is
// read here, not by libphonenumber-js, whose phone-context check (1.13) keeps state between calls
// in a global RegExp, so the same input parses every other time (its pull request #498).
const phoneContext = /;phone-context=([^;]*)/iu;

function readPhoneContext(text: string): string {
  const match = phoneContext.exec(text);
  if (!match) return text;
  const local = text.slice(0, match.index) + text.slice(match.index + match[0].length);
  const context = match[1] ?? '';
  return context.startsWith('+') ? `${context} ${local}` : local;
}

// Valid where it was typed, and a valid E.164 number on its own: the number the server accepts.
const isAccepted = (phone: PhoneNumber) => phone.isValid() && isValidE164(phone.number);

// A number copied from a URL (%2B44%2020…); text that is not valid percent-encoding stays as it is.
function decodePercent(text: string): string {
  if (!/%[0-9a-f]{2}/iu.test(text)) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function tryParse(text: string, defaultCountry: CountryCode): PhoneNumber | undefined {
  try {
    return parsePhoneNumberWithError(text, { defaultCountry });
  } catch (error) {
    if (error instanceof ParseError) return undefined;
    throw error;
  }
}

function success(typed: PhoneNumber): ParsedPhone {
  // Shown as the number that is looked up: without an extension typed after it (ext. 12).
  const phone = parsePhoneNumberFromString(typed.number) ?? typed;
  return {
    ok: true,
    e164: phone.number,
    country: phone.country,
    international: phone.formatInternational(),
    national: phone.formatNational(),
  };
}

function explain(text: string, defaultCountry: CountryCode, parsed: PhoneNumber | undefined) {
  const place = describeCountry(
    parsed?.country ?? (text.startsWith('+') ? undefined : defaultCountry),
  );
  const lengthProblem = validatePhoneNumberLength(text, { defaultCountry });
  switch (lengthProblem) {
    case 'INVALID_COUNTRY': {
      const code = /^\+\s*(\d{1,3})/.exec(text)?.[1];
      return fail(
        'unknown-country-code',
        code
          ? `+${code} is not a country code. Check the digits after the +.`
          : 'Start with + and the country code, or pick the country the number belongs to.',
      );
    }
    case 'TOO_SHORT':
      return fail('too-short', `Too short for ${place}: a digit or more is missing.`);
    case 'TOO_LONG':
      return fail('too-long', `Too long for ${place}: check for an extra digit.`);
    case 'INVALID_LENGTH':
      return fail('invalid-length', `No number in ${place} has that many digits.`);
    case 'NOT_A_NUMBER':
      // Phone words are not converted: a guessed letter (O for 0) would look up someone else.
      return fail(
        'not-a-number',
        /\p{L}/u.test(text)
          ? 'Letters are not read as digits (1-800-FLOWERS, O for 0): type the number in digits.'
          : 'That is not a phone number. Enter digits, like +44 20 7499 6300.',
      );
    default:
      return fail('invalid', `Not a valid number in ${place}. Check the digits and the country.`);
  }
}

function describeCountry(country: CountryCode | undefined): string {
  return country ? countryName(country) : 'that country code';
}

const fail = (problem: PhoneProblem, message: string): ParsedPhone => ({
  ok: false,
  problem,
  message,
});

/** International format when the number parses, as received otherwise. */
export function formatNumber(telephoneNumber: string): string {
  return parsePhoneNumberFromString(telephoneNumber)?.formatInternational() ?? telephoneNumber;
}
