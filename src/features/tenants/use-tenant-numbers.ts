import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { TenantNumber } from '../../api/tenant-numbers.ts';
import { allTenantNumbersQuery } from './tenant-numbers-query.ts';

export type LoadState =
  /** Fetching a page (`page`), or waiting to retry it. */
  | { kind: 'loading'; page: number }
  /** Stopped by the user before `page`; Resume goes on from there. */
  | { kind: 'stopped'; page: number }
  /** `page` failed (after the retries); what was loaded before it is kept. */
  | { kind: 'failed'; page: number; error: unknown }
  | { kind: 'done' };

/**
 * Every number of a tenant, loading page after page until the last, with what the page shows
 * about it: how many are loaded of how many, and Stop, Resume and Retry. Stopping cancels the
 * request in flight; the pages already loaded stay.
 */
export function useTenantNumbers(tenantId: string) {
  const options = allTenantNumbersQuery(tenantId);
  const query = useInfiniteQuery(options);
  const queryClient = useQueryClient();
  const [stopped, setStopped] = useState(false);
  const { hasNextPage, isFetching, isError, fetchNextPage } = query;

  const pages = query.data?.pages;
  const numbers = useMemo(() => uniqueNumbers(pages?.map((page) => page.data.data) ?? []), [pages]);
  const loadedPages = pages?.length ?? 0;

  // The next page is asked for once the last one is in, until there is none or the user stops.
  // The count of pages is a dependency too: a call made while a fetch was still settling joins
  // that fetch, and the page it brings must start the next one.
  useEffect(() => {
    if (!stopped && hasNextPage && !isFetching && !isError) {
      void fetchNextPage({ cancelRefetch: false });
    }
  }, [stopped, hasNextPage, isFetching, isError, fetchNextPage, loadedPages]);

  const lastPage = pages?.at(-1)?.data;
  const nextPage = loadedPages + 1;

  const state = loadState({
    fetching: isFetching,
    error: isError ? query.error : undefined,
    stopped: stopped && (hasNextPage || loadedPages === 0),
    done: query.isSuccess && !hasNextPage,
    page: nextPage,
  });

  return {
    numbers,
    state,
    /** What Live Platform said the tenant has, from the latest page; null before the first. */
    total: lastPage ? lastPage.totalRecords : null,
    totalPages: lastPage ? lastPage.totalPages : null,
    retryWaits: query.failureCount,
    stop: () => {
      setStopped(true);
      void queryClient.cancelQueries({ queryKey: options.queryKey });
    },
    resume: () => {
      setStopped(false);
      if (loadedPages === 0) void query.refetch();
    },
    retry: () => {
      setStopped(false);
      void (loadedPages === 0 ? query.refetch() : fetchNextPage());
    },
  };
}

/**
 * The pages' numbers in order, each once: a number that moved from one page to the next while
 * the pages were read (an upload in between) is listed once, where it was first seen.
 */
function uniqueNumbers(pages: readonly (readonly TenantNumber[])[]): TenantNumber[] {
  const seen = new Set<string>();
  const numbers: TenantNumber[] = [];
  for (const page of pages) {
    for (const number of page) {
      if (seen.has(number.telephoneNumber)) continue;
      seen.add(number.telephoneNumber);
      numbers.push(number);
    }
  }
  return numbers;
}

function loadState(facts: {
  fetching: boolean;
  error: unknown;
  stopped: boolean;
  done: boolean;
  page: number;
}): LoadState {
  const { page } = facts;
  // A Retry in flight shows as loading again, not as the failure it is retrying.
  if (facts.fetching) return { kind: 'loading', page };
  if (facts.error !== undefined) return { kind: 'failed', page, error: facts.error };
  if (facts.stopped) return { kind: 'stopped', page };
  return facts.done ? { kind: 'done' } : { kind: 'loading', page };
}
