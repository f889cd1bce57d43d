import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { optionalText, sameId } from './fields.ts';
import { fetchRelated, relatedStaleTimeMs } from './related-read.ts';

/*
 * GET /api/v3/customer, PascalCase as Live Platform sends it. A plain (stripping) object, not a
 * loose one: the server allow-lists these fields, and anything else in a customer answer is
 * untrusted (the upstream holds client secrets): it is dropped, never kept for a raw view.
 */
export const customerSchema = z.object({
  UmpCustomerGuid: optionalText,
  CustomerShortName: optionalText,
  CustomerFullName: optionalText,
  LicenseType: z.nullish(z.union([z.string(), z.number()])),
  MsTenantId: optionalText,
  Status: z.nullish(z.union([z.string(), z.number(), z.boolean()])),
});

export type Customer = z.infer<typeof customerSchema>;

const customerListSchema = z.array(customerSchema);

export const customerKeys = { all: ['customers'] as const };

export const customerQueries = {
  /** Every customer, fetched once and shared by all tenants' lookups. */
  all: () =>
    queryOptions({
      queryKey: customerKeys.all,
      queryFn: ({ signal }) => fetchRelated('/api/v3/customer', customerListSchema, signal),
      staleTime: relatedStaleTimeMs,
    }),
};

/** The customer whose Microsoft tenant this is (GUIDs compared in any case), if any. */
export const customerOfTenant = (customers: readonly Customer[], tenantId: string) =>
  customers.find((customer) => sameId(customer.MsTenantId, tenantId));
