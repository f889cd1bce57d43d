import { vendorExampleNumber as vendorExample } from '../features/numbers/number-factory.ts';

export { makeNumber, vendorExampleNumber } from '../features/numbers/number-factory.ts';

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
