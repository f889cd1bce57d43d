import {
  findPhoneNumbersInText,
  parsePhoneNumberFromString,
  parsePhoneNumberWithError,
  ParseError,
  validatePhoneNumberLength,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/min';
import { countryName } from '../../lib/countries.ts';

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
 * Normalises what people paste (spaces of every kind, full-width digits, tel: links, 00 or 011
 * prefixes, surrounding text) to E.164, or says what is wrong in words a user can act on.
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

  const direct = tryParse(text, defaultCountry);
  if (direct?.isValid()) return success(direct);
  // The number may sit inside other text ("Ticket 4711: caller +44 20 …").
  const found = findPhoneNumbersInText(text, { defaultCountry }).find((match) =>
    match.number.isValid(),
  );
  if (found) return success(found.number);
  return explain(text, defaultCountry, direct);
}

function normalise(input: string): string {
  return (
    input
      // Full-width digits and plus, and every kind of space, become their plain forms.
      .normalize('NFKC')
      .replace(/[\s\u200B-\u200D\u2060\uFEFF]+/gu, ' ')
      .replace(/\btel:\s*/giu, '')
      .trim()
      // 00 is the international prefix in most of the world: 0044 20… means +44 20…. Only at the
      // start: inside a number "00" is just digits (+33 1 23 00 45 67).
      .replace(/^00(?=\s*[1-9])/u, '+')
  );
}

function tryParse(text: string, defaultCountry: CountryCode): PhoneNumber | undefined {
  try {
    return parsePhoneNumberWithError(text, { defaultCountry });
  } catch (error) {
    if (error instanceof ParseError) return undefined;
    throw error;
  }
}

function success(phone: PhoneNumber): ParsedPhone {
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
      return fail(
        'not-a-number',
        'That is not a phone number. Enter digits, like +44 20 7499 6300.',
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
