import type { OcNumber } from '../features/numbers/schema.ts';
import vendorExample from './vendor-example.json' with { type: 'json' };

/*
 * The one place that makes number objects: the demo sandbox, component tests and e2e all build
 * theirs here, so they share the real upstream shape (the vendor's own example is the base).
 * Ids derive from the number, so every server instance and every run agrees on them.
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

/** What the detail view must show of the vendor example: its identifiers and its SBC, as text. */
export const vendorExampleShownValues: readonly string[] = [
  vendorExample.tenantId,
  vendorExample.callingProfileId,
  String(vendorExample.id),
  String(vendorExample.uploadTelephoneNumberEntryId),
  String(vendorExample.uploadToAccountJobId),
  vendorExample.tnUploadJobId,
  vendorExample.source,
  'oc1.sandbox2.audiocodes.be',
  '20.102.51.206',
];
