import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { listOf, optionalCode, optionalFlag, optionalId, optionalText } from './fields.ts';
import { fetchRelated, relatedStaleTimeMs } from './related-read.ts';

/*
 * GET /api/v2/oc/lead?msTenantID=: a tenant's leads (normally one) with its emergency civic
 * addresses and their locations. Contact details are personal data: only the company name is
 * read; the rest of contactDetails is dropped by the schema (a plain object).
 */
export const locationSchema = z.looseObject({
  id: optionalId,
  civicAddressId: optionalId,
  description: optionalText,
  additionalInfo: optionalText,
  isDefault: optionalFlag,
  elin: optionalText,
});

export const civicAddressSchema = z.looseObject({
  id: optionalId,
  country: optionalText,
  houseNumber: optionalText,
  houseNumberSuffix: optionalText,
  preDirectional: optionalText,
  streetName: optionalText,
  streetSuffix: optionalText,
  postDirectional: optionalText,
  stateOrProvince: optionalText,
  countyOrDistrict: optionalText,
  cityOrTown: optionalText,
  cityOrTownAlias: optionalText,
  postalOrZipCode: optionalText,
  description: optionalText,
  companyName: optionalText,
  companyId: optionalText,
  defaultLocationId: optionalId,
  validationStatus: optionalCode,
  locations: listOf(z.nullable(locationSchema)),
});

export const leadSchema = z.object({
  id: optionalId,
  tenantId: optionalText,
  status: optionalCode,
  contactDetails: z.nullish(z.object({ companyName: optionalText })),
  civicAddresses: listOf(z.nullable(civicAddressSchema)),
});

export type Lead = z.infer<typeof leadSchema>;
export type CivicAddress = z.infer<typeof civicAddressSchema>;
export type EmergencyLocation = z.infer<typeof locationSchema>;

const leadListSchema = z.array(leadSchema);

export const leadKeys = {
  all: ['leads'] as const,
  tenant: (msTenantId: string) => [...leadKeys.all, msTenantId.toLowerCase()] as const,
};

export const leadQueries = {
  /** A tenant's leads, shared by every number of that tenant. */
  tenant: (msTenantId: string) =>
    queryOptions({
      queryKey: leadKeys.tenant(msTenantId),
      queryFn: ({ signal }) =>
        fetchRelated(
          `/api/v2/oc/lead?${new URLSearchParams({ msTenantID: msTenantId }).toString()}`,
          leadListSchema,
          signal,
        ),
      staleTime: relatedStaleTimeMs,
    }),
};
