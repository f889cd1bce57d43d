import fc from 'fast-check';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { isValidE164 } from '../../lib/e164.ts';
import {
  anyCountry as country,
  anyInput as inputs,
  phoneLike,
} from '../../testing/phone-arbitraries.ts';
import { outcomeKind, phoneCorpus } from './phone-corpus.ts';
import { parsePhoneInput } from './phone.ts';

// Property-based tests (fast-check): what must hold for every input, not only the corpus's.
const numRuns = 1000;

// Valid numbers, from the corpus, written the ways libphonenumber writes them.
const validNumbers = [
  ...new Set(
    phoneCorpus.flatMap(({ expected }) => (outcomeKind(expected) === 'e164' ? [expected] : [])),
  ),
];
const digitSets = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹', '०१२३४५६७८९', '０１２３４５６７８９'];

describe('parsePhoneInput, for any input', () => {
  it('never throws, and accepts only numbers that are valid E.164 by the shared rule', () => {
    fc.assert(
      fc.property(inputs, country, (input, defaultCountry) => {
        const result = parsePhoneInput(input, defaultCountry);
        if (result.ok) expect(isValidE164(result.e164)).toBe(true);
        else expect(result.message).not.toBe('');
      }),
      { numRuns: numRuns * 2 },
    );
  });

  it('is idempotent: the number it answers reads back as itself, whatever the country', () => {
    fc.assert(
      fc.property(phoneLike, country, country, (input, defaultCountry, otherCountry) => {
        const result = parsePhoneInput(input, defaultCountry);
        if (!result.ok) return;
        expect(parsePhoneInput(result.e164, defaultCountry)).toEqual(result);
        expect(parsePhoneInput(result.e164, otherCountry)).toMatchObject({
          ok: true,
          e164: result.e164,
        });
      }),
      { numRuns },
    );
  });

  it('answers the same input the same way every time', () => {
    fc.assert(
      fc.property(phoneLike, country, (input, defaultCountry) => {
        expect(parsePhoneInput(input, defaultCountry)).toEqual(
          parsePhoneInput(input, defaultCountry),
        );
      }),
      { numRuns: numRuns / 2 },
    );
  });
});

describe('parsePhoneInput, for a valid number however it is written', () => {
  const written = fc
    .record({
      e164: fc.constantFrom(...validNumbers),
      form: fc.constantFrom('INTERNATIONAL', 'NATIONAL', 'RFC3966', 'E.164'),
      digits: fc.constantFrom(...digitSets),
      space: fc.constantFrom(' ', '\u00a0', '\u202f', '\u3000', '-', '.', ''),
      before: fc.constantFrom('', '  ', 'Call ', 'tel: ', '\u200f'),
    })
    .map(({ e164, form, digits, space, before }) => {
      const phone = parsePhoneNumberFromString(e164);
      const country: CountryCode = phone?.country ?? 'GB';
      // A national number needs its own country; a number of no country is written internationally.
      const format = form === 'NATIONAL' && !phone?.country ? 'INTERNATIONAL' : form;
      const text = (phone?.format(format) ?? e164)
        .replace(/ /g, space)
        .replace(/\d/g, (digit) => digits[Number(digit)] ?? digit);
      return { e164, text: `${before}${text}`, country };
    });

  it('reads it back to the same E.164 number', () => {
    fc.assert(
      fc.property(written, ({ e164, text, country }) => {
        expect(parsePhoneInput(text, country)).toMatchObject({ ok: true, e164 });
      }),
      { numRuns },
    );
  });
});
