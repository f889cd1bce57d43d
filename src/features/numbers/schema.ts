import * as z from 'zod/mini';

/*
 * The Live Platform number object (GET /api/v2/oc/numbers/{phone}).
 * Tolerant where the upstream is uncertain: every field but the number may be missing or null,
 * enumerations stay open (unknown values survive and are shown raw), ids may come as numbers or
 * strings, and unknown extra fields are kept (looseObject) for the raw view.
 * Strict where it matters: telephoneNumber must be a string, lists must be lists.
 * zod/mini, not classic zod: the same schemas at a fraction of the bundle (decision 003).
 */
const numberOrString = z.union([z.number(), z.string()]);
const optionalText = z.nullish(z.string());
const optionalId = z.nullish(numberOrString);

export const sbcSchema = z.looseObject({
  sbcName: optionalText,
  sbcId: optionalId,
});

export const ocNumberSchema = z.looseObject({
  id: optionalId,
  telephoneNumber: z.string().check(z.minLength(1)),
  isoCountryCode: optionalText,
  tenantId: optionalText,
  callingProfileId: optionalText,
  acquiredCapabilities: z.nullish(z.array(z.string())),
  availableCapabilities: z.nullish(z.array(z.string())),
  acquiredNumberStatus: optionalId,
  assignmentStatus: optionalId,
  sbcList: z.nullish(z.array(sbcSchema)),
  source: optionalText,
  whenCreated: optionalText,
  acquiredOn: optionalText,
  uploadTelephoneNumberEntryId: optionalId,
  uploadToAccountJobId: optionalId,
  tnUploadJobId: optionalText,
  locationId: optionalId,
  civicAddressId: optionalId,
  aslcht: optionalText,
  aslsct: optionalText,
  aslvCode: optionalId,
  asticks: optionalId,
});

export type OcNumber = z.infer<typeof ocNumberSchema>;
export type Sbc = z.infer<typeof sbcSchema>;

/** The fields this app knows; anything else in a payload is listed under "Other fields". */
export const knownNumberFields: readonly string[] = Object.keys(ocNumberSchema.shape);

export function otherFields(value: OcNumber): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => !knownNumberFields.includes(key)),
  );
}
