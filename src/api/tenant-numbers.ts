import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { listOf, optionalCode, optionalId, optionalText } from './fields.ts';
import { fetchRelated } from './related-read.ts';

/*
 * GET /api/v3/oc/numbers?msTenantId=&acquiredNumberStatus=&pageNumber=&pageSize=: one page of a
 * tenant's numbers. Items are number objects plus the v3 additions; they are kept loose (every
 * field survives) with the fields a tenant table reads typed here.
 */
export const tenantNumberSchema = z.looseObject({
  telephoneNumber: z.string().check(z.minLength(1)),
  isoCountryCode: optionalText,
  tenantId: optionalText,
  callingProfileId: optionalText,
  acquiredCapabilities: z.nullish(z.array(z.unknown())),
  availableCapabilities: z.nullish(z.array(z.unknown())),
  acquiredNumberStatus: optionalCode,
  assignmentStatus: optionalCode,
  umpCustomerGuid: optionalText,
  umpCustomerFullName: optionalText,
  msCompanyName: optionalText,
  ocSipConnectionName: optionalText,
  tenantCallingProfileId: optionalText,
  id: optionalId,
});

export const tenantNumbersPageSchema = z.looseObject({
  currentPage: z.number(),
  pageSize: z.number(),
  totalPages: z.number(),
  totalRecords: z.number(),
  data: listOf(tenantNumberSchema),
});

export type TenantNumber = z.infer<typeof tenantNumberSchema>;
export type TenantNumbersPage = z.infer<typeof tenantNumbersPageSchema>;

/** The filter values Live Platform takes, as words. */
export type LifecycleFilter =
  'Active' | 'Release Requested' | 'Marked For Removal' | 'Ready For Removal';

export type TenantNumbersRequest = {
  msTenantId: string;
  pageNumber: number;
  pageSize: number;
  acquiredNumberStatus?: LifecycleFilter | undefined;
};

export function tenantNumbersPath({
  msTenantId,
  pageNumber,
  pageSize,
  acquiredNumberStatus,
}: TenantNumbersRequest): string {
  const query = new URLSearchParams({
    msTenantId,
    pageNumber: String(pageNumber),
    pageSize: String(pageSize),
  });
  if (acquiredNumberStatus) query.set('acquiredNumberStatus', acquiredNumberStatus);
  return `/api/v3/oc/numbers?${query.toString()}`;
}

export const tenantNumberKeys = {
  all: ['tenant-numbers'] as const,
  page: (request: TenantNumbersRequest) =>
    [
      ...tenantNumberKeys.all,
      request.msTenantId.toLowerCase(),
      request.acquiredNumberStatus ?? 'all',
      request.pageSize,
      request.pageNumber,
    ] as const,
};

export const tenantNumberQueries = {
  page: (request: TenantNumbersRequest) =>
    queryOptions({
      queryKey: tenantNumberKeys.page(request),
      queryFn: ({ signal }) =>
        fetchRelated(tenantNumbersPath(request), tenantNumbersPageSchema, signal),
    }),
};
