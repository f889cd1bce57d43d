import { infiniteQueryOptions } from '@tanstack/react-query';
import {
  tenantNumberKeys,
  tenantNumbersPageSchema,
  tenantNumbersPath,
} from '../../api/tenant-numbers.ts';
import { fetchRelated } from '../../api/related-read.ts';

/** Live Platform's default page size: 640 numbers are 4 requests, well within its rate limits. */
export const tenantPageSize = 200;

// Live Platform documents no bound; past this a hostile or broken answer is not followed further.
const maxPages = 10_000;

/**
 * All of a tenant's numbers as one query of pages, fetched one after another (never in parallel:
 * Live Platform allows about 10 requests in 10 s). Pages count from 1. Paging stops at the last
 * page the answer announces, and at an empty page, so an answer that claims more pages than it
 * has data for cannot keep the page loading forever.
 */
export const allTenantNumbersQuery = (msTenantId: string) =>
  infiniteQueryOptions({
    queryKey: [...tenantNumberKeys.all, msTenantId.toLowerCase(), 'all', tenantPageSize] as const,
    queryFn: ({ pageParam, signal }) =>
      fetchRelated(
        tenantNumbersPath({ msTenantId, pageNumber: pageParam, pageSize: tenantPageSize }),
        tenantNumbersPageSchema,
        signal,
      ),
    initialPageParam: 1,
    getNextPageParam: (lastPage, _pages, lastPageParam) =>
      lastPageParam < Math.min(lastPage.data.totalPages, maxPages) && lastPage.data.data.length > 0
        ? lastPageParam + 1
        : undefined,
    // A tenant's numbers are read page by page for minutes at a time: do not start over sooner.
    staleTime: 5 * 60_000,
  });
