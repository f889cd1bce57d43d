import { describe, expect, it } from 'vitest';
import { isE164 } from './e164.ts';

describe('isE164', () => {
  it.each(['+442074996300', '+12025550143', '+11', '+123456789012345'])('accepts %s', (value) => {
    expect(isE164(value)).toBe(true);
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
  ])('rejects %j', (value) => {
    expect(isE164(value)).toBe(false);
  });
});
