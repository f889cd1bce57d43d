import fc from 'fast-check';
import { getCountries } from 'libphonenumber-js/min';

/* fast-check arbitraries for property-based tests of phone input, in the app and on the server. */

export const anyCountry = fc.constantFrom(...getCountries());

// Any UTF-16 string (lone surrogates included), any code points, any graphemes.
const anyUtf16 = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
  maxLength: 300,
});
const anyCodePoints = fc.string({ unit: 'binary', maxLength: 300 });
const anyGraphemes = fc.string({ unit: 'grapheme', maxLength: 100 });

// Strings made of what phone numbers are written with, so that many of them are numbers.
const phoneUnit = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') },
  { weight: 2, arbitrary: fc.constantFrom('٤', '۴', '४', '４', '𝟒', '٠', '۰', '०', '０', '𝟎') },
  { weight: 3, arbitrary: fc.constantFrom(' ', '-', '.', '(', ')', '/', '\u00a0', '\t', '\n') },
  { weight: 1, arbitrary: fc.constantFrom('\u200b', '\u200e', '\u200f', '\ufeff', '\u0000') },
  { weight: 2, arbitrary: fc.constantFrom('+', '＋', '⁺', '➕', '00', '011', '0011') },
  { weight: 1, arbitrary: fc.constantFrom('tel:', ';ext=', ';phone-context=+44', 'x', ' ext. ') },
  { weight: 1, arbitrary: fc.constantFrom('%2B', '%20', '%', 'O', 'l', 'a', '#', '*', ',') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
export const phoneLike = fc.string({ unit: phoneUnit, maxLength: 30 });

// The shape of E.164 (a plus and digits), most of them no valid number: +12, +99999999999999.
export const e164Shaped = fc.stringMatching(/^\+[0-9]{1,16}$/);

export const anyInput = fc.oneof(anyUtf16, anyCodePoints, anyGraphemes, phoneLike, e164Shaped);
