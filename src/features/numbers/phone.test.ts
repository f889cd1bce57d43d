import { describe, expect, it } from 'vitest';
import { outcomeKind, phoneCorpus } from './phone-corpus.ts';
import { parsePhoneInput } from './phone.ts';

// A readable, unique-enough name for each of the corpus's inputs (some are 1,000 characters).
const cases = phoneCorpus.map((entry) => {
  const shown = JSON.stringify(entry.input);
  const name = shown.length > 70 ? `${shown.slice(0, 60)}… (${entry.input.length} chars)` : shown;
  return [`${entry.group}: ${name} in ${entry.defaultCountry}`, entry] as const;
});

describe('parsePhoneInput over the input corpus', () => {
  it.each(cases)('%s', (_, { input, defaultCountry, expected }) => {
    const result = parsePhoneInput(input, defaultCountry);
    if (outcomeKind(expected) === 'e164') {
      expect(result).toMatchObject({ ok: true, e164: expected });
    } else {
      expect(result).toMatchObject({ ok: false, problem: expected });
    }
  });
});

describe('parsePhoneInput', () => {
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

  it('says that letters are not read as digits', () => {
    const result = parsePhoneInput('1-800-FLOWERS', 'US');
    expect(result.ok || result.message).toMatch(/^Letters are not read as digits/);
  });

  it.each([
    ['Arabic-Indic', '+٤٤ ٢٠ ٧٤٩٩ ٦٣٠٠'],
    ['Eastern Arabic-Indic', '۰۲۰ ۷۴۹۹ ۶۳۰۰'],
    ['Devanagari', '०२० ७४९९ ६३००'],
  ])('reads %s digits as digits', (_, input) => {
    expect(parsePhoneInput(input, 'GB')).toMatchObject({ ok: true, e164: '+442074996300' });
  });

  // libphonenumber-js 1.13 alone answers these differently every other call.
  it.each([
    ['tel:7499-6300;phone-context=+44-20', '+442074996300', 'GB'],
    ['tel:555-0143;phone-context=+1-202', '+12025550143', 'GB'],
    ['tel:555-0143;phone-context=+1-202', '+12025550143', 'US'],
    ['tel:+442074996300;phone-context=example.com', '+442074996300', 'GB'],
  ] as const)('reads %s the same way every time', (input, e164, defaultCountry) => {
    const results = Array.from({ length: 4 }, () => parsePhoneInput(input, defaultCountry));
    for (const result of results) expect(result).toMatchObject({ ok: true, e164 });
  });

  it('reads the number as typed first, for countries whose international prefix starts 00', () => {
    expect(parsePhoneInput('0011 44 20 7499 6300', 'AU')).toMatchObject({
      ok: true,
      e164: '+442074996300',
    });
  });
});
