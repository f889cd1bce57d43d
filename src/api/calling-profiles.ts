import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { listOf, optionalCode, optionalFlag, optionalId, optionalText, sameId } from './fields.ts';
import { fetchRelated, relatedStaleTimeMs } from './related-read.ts';

/*
 * GET /api/v2/oc/callingprofile: Operator Connect calling profiles with their trunks and the SBCs
 * that match each trunk. `enviroment` is the API's own spelling. Loose objects: unknown fields
 * survive; every field but the list shapes is optional.
 */
export const matchingSbcSchema = z.looseObject({
  sbcId: optionalId,
  fqdn: optionalText,
  ipAddress: optionalText,
  name: optionalText,
});

export const trunkSchema = z.looseObject({
  trunkFqdn: optionalText,
  trunkId: optionalId,
  matchingSbcList: listOf(z.nullable(matchingSbcSchema)),
});

export const offerTypeSchema = z.looseObject({
  offerTypeName: optionalCode,
  testNumbers: listOf(z.unknown()),
});

export const callingProfileSchema = z.looseObject({
  callingProfileId: optionalText,
  name: optionalText,
  enviroment: optionalCode,
  region: optionalCode,
  carrier: optionalCode,
  offerTypes: listOf(z.nullable(offerTypeSchema)),
  emergencyDialStrings: listOf(z.unknown()),
  isEmergencyProfile: optionalFlag,
  emergencyProfileId: optionalText,
  additionalSbcList: listOf(z.unknown()),
  trunksEnrolled: listOf(z.nullable(trunkSchema)),
  validation: z.nullish(z.record(z.string(), z.unknown())),
});

export type CallingProfile = z.infer<typeof callingProfileSchema>;
export type Trunk = z.infer<typeof trunkSchema>;
export type MatchingSbc = z.infer<typeof matchingSbcSchema>;

const callingProfileListSchema = z.array(callingProfileSchema);

export const callingProfileKeys = { all: ['calling-profiles'] as const };

export const callingProfileQueries = {
  /** Every calling profile (a short list), fetched once and shared by all lookups. */
  all: () =>
    queryOptions({
      queryKey: callingProfileKeys.all,
      queryFn: ({ signal }) =>
        fetchRelated('/api/v2/oc/callingprofile', callingProfileListSchema, signal),
      staleTime: relatedStaleTimeMs,
    }),
};

export const findCallingProfile = (profiles: readonly CallingProfile[], id: string) =>
  profiles.find((profile) => sameId(profile.callingProfileId, id));
