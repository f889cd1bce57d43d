import type { OcNumber } from './schema.ts';
import vendorExample from './vendor-example.json' with { type: 'json' };

/*
 * The one place that makes number objects: the demo sandbox, component tests and e2e all build
 * theirs here, so they share the real upstream shape (the vendor's own example is the base).
 * Ids derive from the number, so every server instance and every run agrees on them. Not test
 * code: the demo sandbox, which ships, builds its numbers with it.
 */
export const vendorExampleNumber: Readonly<typeof vendorExample> = vendorExample satisfies OcNumber;

export function makeNumber(overrides: Partial<OcNumber> = {}): OcNumber {
  const telephoneNumber = overrides.telephoneNumber ?? vendorExample.telephoneNumber;
  const tail = Number(telephoneNumber.replace(/\D/g, '').slice(-6)) || 0;
  return {
    ...structuredClone(vendorExample),
    id: 100_000 + tail,
    uploadTelephoneNumberEntryId: 300_000 + tail,
    ...overrides,
    telephoneNumber,
  };
}
