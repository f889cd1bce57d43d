import { describe, expect, it } from 'vitest';
import type { CountryCode } from 'libphonenumber-js/min';
import { parsePhoneInput, type PhoneProblem } from './phone.ts';

// Expected: an E.164 number, or the problem reported.
type Case = [input: string, expected: `+${string}` | PhoneProblem, defaultCountry?: CountryCode];

// What support staff paste, from tickets, e-mails, CRMs and spreadsheets.
const cases: Case[] = [
  ['+442074996300', '+442074996300'],
  ['+44 20 7499 6300', '+442074996300'],
  ['+44 (0)20 7499 6300', '+442074996300'],
  ['020 7499 6300', '+442074996300'],
  ['02074996300', '+442074996300'],
  ['0044 20 7499 6300', '+442074996300'],
  ['00442074996300', '+442074996300'],
  ['tel:+44-20-7499-6300', '+442074996300'],
  ['TEL:+442074996300', '+442074996300'],
  ['+44-20-7499-6300', '+442074996300'],
  ['+44.20.7499.6300', '+442074996300'],
  ['(020) 7499 6300', '+442074996300'],
  ['+44\u00a020\u00a07499\u00a06300', '+442074996300'],
  ['+44\u202f20\u20097499\u20036300', '+442074996300'],
  ['\t +44 20 7499 6300 \n', '+442074996300'],
  ['＋４４ ２０ ７４９９ ６３００', '+442074996300'],
  ['+44\u200b2074996300', '+442074996300'],
  ['Caller: +44 20 7499 6300 (main line)', '+442074996300'],
  ['Ticket 4711 – please check +44 20 7499 6300', '+442074996300'],
  ['"+442074996300",', '+442074996300'],
  ['07911 123456', '+447911123456'],
  ['(202) 555-0143', '+12025550143', 'US'],
  ['202.555.0143', '+12025550143', 'US'],
  ['1-202-555-0143', '+12025550143', 'US'],
  ['011 44 20 7499 6300', '+442074996300', 'US'],
  ['+1 (202) 555-0143', '+12025550143'],
  ['030 901820', '+4930901820', 'DE'],
  ['+49 30 901820', '+4930901820'],
  ['01 23 45 67 89', '+33123456789', 'FR'],
  ['+33 1 23 45 67 89', '+33123456789'],
  ['0800 123 4567', '+448001234567'],
  ['+61 491 570 156', '+61491570156'],
  ['+49 30 900 0012', '+49309000012'],
  ['+33 1 23 00 45 67', '+33123004567'],
  ['01 23 00 45 67', '+33123004567', 'FR'],
  ['+41 44 668 00 12', '+41446680012'],
  ['0049 30 900 0012', '+49309000012', 'DE'],
  ['', 'empty'],
  ['   ', 'empty'],
  ['hello', 'no-digits'],
  ['+', 'no-digits'],
  ['tel:', 'empty'],
  ['+44 20', 'too-short'],
  ['020 74', 'too-short'],
  ['+44 20 7499 6300 12345 6789', 'too-long'],
  ['+999 1234 5678', 'unknown-country-code'],
  ['+0 20 7499 6300', 'unknown-country-code'],
  ['+44 20 7499 6300 ext. 12', '+442074996300'],
  ['1', 'too-short'],
  ['x'.repeat(150) + '1'.repeat(60), 'too-long'],
];

describe('parsePhoneInput', () => {
  it.each(cases)('%j → %s', (input, expected, defaultCountry = 'GB') => {
    const result = parsePhoneInput(input, defaultCountry);
    if (expected.startsWith('+')) {
      expect(result).toMatchObject({ ok: true, e164: expected });
    } else {
      expect(result).toMatchObject({ ok: false, problem: expected });
    }
  });

  it('formats and names the country of a valid number', () => {
    expect(parsePhoneInput('02074996300', 'GB')).toEqual({
      ok: true,
      e164: '+442074996300',
      country: 'GB',
      international: '+44 20 7499 6300',
      national: '020 7499 6300',
    });
  });

  it('says which country code is unknown', () => {
    const result = parsePhoneInput('+999 1234 5678', 'GB');
    expect(result.ok || result.message).toBe(
      '+999 is not a country code. Check the digits after the +.',
    );
  });

  it('names the country a short number is too short for', () => {
    const result = parsePhoneInput('020 74', 'GB');
    expect(result.ok || result.message).toMatch(/Too short for United Kingdom/);
  });
});
