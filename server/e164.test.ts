import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePhoneInput } from '../src/features/numbers/phone.ts';
import { anyCountry, anyInput } from '../src/testing/phone-arbitraries.ts';
import { isE164 } from './e164.ts';

describe('isE164', () => {
  it.each(['+442074996300', '+12025550143', '+448081570123', '+61491570156', '+80012345678'])(
    'accepts %s',
    (value) => {
      expect(isE164(value)).toBe(true);
    },
  );

  // Defect 10: the right shape, but no such number; they reached Live Platform.
  it.each([
    '+11',
    '+12',
    '+111111111111111',
    '+99999999999999',
    '+123456789012345',
    '+15550100999',
  ])('rejects %s, which has the shape of E.164 but is no valid number', (value) => {
    expect(isE164(value)).toBe(false);
  });

  it.each([
    '',
    '+',
    '+1',
    '+0123',
    '442074996300',
    '+1234567890123456',
    '+44 20 7499 6300',
    '+44-20-7499-6300',
    '++442074996300',
    '+442074996300\n',
    '\n+442074996300',
    '+44/../admin',
    '+４４２０７４９９６３００',
    '+٤٤٢٠٧٤٩٩٦٣٠٠',
    '+4402074996300',
  ])('rejects %j', (value) => {
    expect(isE164(value)).toBe(false);
  });

  // The one rule: the server takes exactly what the search box sends, and nothing else.
  it('accepts exactly the canonical numbers the app answers', () => {
    fc.assert(
      fc.property(anyInput, anyCountry, (input, defaultCountry) => {
        const parsed = parsePhoneInput(input, defaultCountry);
        if (parsed.ok) expect(isE164(parsed.e164)).toBe(true);
        expect(isE164(input)).toBe(parsed.ok && parsed.e164 === input);
      }),
      { numRuns: 2000 },
    );
  });
});
