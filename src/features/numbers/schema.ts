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
// Enumerations and codes: any scalar survives, shown raw when it is not a value the app knows.
const optionalCode = z.nullish(z.union([z.number(), z.string(), z.boolean()]));
// One odd item must not hide the whole record: list items may be any scalar, shown raw.
const capabilityList = z.nullish(z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])));

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
  acquiredCapabilities: capabilityList,
  availableCapabilities: capabilityList,
  acquiredNumberStatus: optionalCode,
  assignmentStatus: optionalCode,
  sbcList: z.nullish(z.array(z.nullable(sbcSchema))),
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
  aslvCode: optionalCode,
  asticks: optionalCode,
});

export type OcNumber = z.infer<typeof ocNumberSchema>;
export type Sbc = z.infer<typeof sbcSchema>;

/** The fields this app knows; anything else in a payload is listed under "Other fields". */
export const knownNumberFields: readonly string[] = Object.keys(ocNumberSchema.shape);

/**
 * The fields of the record as received (the plain JSON, not the parsed record, so that even a
 * "__proto__" key is listed) that the schema does not know.
 */
export function otherFields(json: unknown): [key: string, value: unknown][] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return [];
  return Object.keys(json)
    .filter((key) => !knownNumberFields.includes(key))
    .map((key) => [key, (json as Record<string, unknown>)[key]]);
}
