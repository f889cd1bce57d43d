import { describe, expect, it } from 'vitest';
import { toAsciiDigits } from './ascii-digits.ts';

describe('toAsciiDigits', () => {
  it.each([
    ['Arabic-Indic', '٠١٢٣٤٥٦٧٨٩'],
    ['Eastern Arabic-Indic (Persian, Urdu)', '۰۱۲۳۴۵۶۷۸۹'],
    ['Devanagari', '०१२३४५६७८९'],
    ['Bengali', '০১২৩৪৫৬৭৮৯'],
    ['Thai', '๐๑๒๓๔๕๖๗๘๙'],
    ['Myanmar', '၀၁၂၃၄၅၆၇၈၉'],
    ['full-width', '０１２３４５６７８９'],
    ['mathematical monospace (the last of five touching runs)', '𝟶𝟷𝟸𝟹𝟺𝟻𝟼𝟽𝟾𝟿'],
    ['ASCII', '0123456789'],
  ])('reads %s digits', (_, digits) => {
    expect(toAsciiDigits(digits)).toBe('0123456789');
  });

  it('keeps everything that is not a decimal digit', () => {
    expect(toAsciiDigits('+٤٤ (٠) ٢٠ – tel: ½ ① x')).toBe('+44 (0) 20 – tel: ½ ① x');
  });

  // Intl knows the digits of each numbering system it supports: an independent reference.
  it('agrees with every numbering system Intl supports', () => {
    let checked = 0;
    for (const numberingSystem of Intl.supportedValuesOf('numberingSystem')) {
      const format = new Intl.NumberFormat('en', { numberingSystem, useGrouping: false });
      for (let digit = 0; digit <= 9; digit += 1) {
        const written = format.format(digit);
        if (!/^\p{Nd}$/u.test(written)) continue;
        expect(toAsciiDigits(written), `${numberingSystem} ${digit}`).toBe(String(digit));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('maps every decimal digit in Unicode to an ASCII digit', () => {
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += 1) {
      const character = String.fromCodePoint(codePoint);
      if (/\p{Nd}/u.test(character)) expect(toAsciiDigits(character)).toMatch(/^[0-9]$/);
    }
  });
});
