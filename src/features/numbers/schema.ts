import * as z from 'zod/mini';
import { fastList } from '../../lib/fast-list.ts';

/*
 * The Live Platform number object (GET /api/v2/oc/numbers/{phone}).
 * Tolerant where the upstream is uncertain: every field but the number may be missing or null,
 * enumerations stay open (unknown values survive and are shown raw), ids may come as numbers or
 * strings, and unknown extra fields are kept (looseObject) for the raw view.
 * Strict where it matters: telephoneNumber must be a string, lists must be lists.
 * zod/mini, not classic zod: the same schemas at a fraction of the bundle (decision 003).
 * Lists may hold hundreds of thousands of items within the body cap: they are checked with
 * fastList, in a few milliseconds, with the same issues as z.array for the items that fail.
 */
const numberOrString = z.union([z.number(), z.string()]);
const optionalText = z.nullish(z.string());
const optionalId = z.nullish(numberOrString);
// Enumerations and codes: any scalar survives, shown raw when it is not a value the app knows.
const optionalCode = z.nullish(z.union([z.number(), z.string(), z.boolean()]));
// One odd item must not hide the whole record: list items may be any scalar, shown raw.
export const capabilitySchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const sbcSchema = z.looseObject({
  sbcName: optionalText,
  sbcId: optionalId,
});

// The plain type tests fastList needs; each accepts exactly what its schema accepts (tested).
const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
const isScalar = (value: unknown) =>
  typeof value === 'string' || typeof value === 'boolean' || isNumber(value);
const isNullish = (value: unknown) => value === null || value === undefined;

export const isCapabilityItem = (item: unknown): item is z.infer<typeof capabilitySchema> =>
  item === null || isScalar(item);

export const isSbcItem = (item: unknown): item is Sbc | null => {
  if (item === null) return true;
  if (typeof item !== 'object' || Array.isArray(item)) return false;
  const { sbcName, sbcId } = item as Record<string, unknown>;
  return (
    (isNullish(sbcName) || typeof sbcName === 'string') &&
    (isNullish(sbcId) || typeof sbcId === 'string' || isNumber(sbcId))
  );
};

export const ocNumberSchema = z.looseObject({
  id: optionalId,
  telephoneNumber: z.string().check(z.minLength(1)),
  isoCountryCode: optionalText,
  tenantId: optionalText,
  callingProfileId: optionalText,
  acquiredCapabilities: z.nullish(fastList(capabilitySchema, isCapabilityItem)),
  availableCapabilities: z.nullish(fastList(capabilitySchema, isCapabilityItem)),
  acquiredNumberStatus: optionalCode,
  assignmentStatus: optionalCode,
  sbcList: z.nullish(fastList(z.nullable(sbcSchema), isSbcItem)),
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
const known = new Set(knownNumberFields);

/**
 * The fields of the record as received (the plain JSON, not the parsed record, so that even a
 * "__proto__" key is listed) that the schema does not know.
 */
export function otherFields(json: unknown): [key: string, value: unknown][] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return [];
  return Object.keys(json)
    .filter((key) => !known.has(key))
    .map((key) => [key, (json as Record<string, unknown>)[key]]);
}
