import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLoaderData } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { clip } from '../../lib/clip.ts';
import { FreshnessBar } from '../../features/numbers/components/freshness-bar.tsx';
import { formatNumber } from '../../features/numbers/phone.ts';
import { NumberDetail } from '../../features/numbers/components/number-detail.tsx';
import { NumberDetailSkeleton } from '../../features/numbers/components/number-detail-skeleton.tsx';
import { NumberError } from '../../features/numbers/components/number-error.tsx';
import { RetryNotice } from '../../features/numbers/components/retry-notice.tsx';
import { AppSearch } from '../search/app-search.tsx';
import { usePageTenant } from '../shortcuts/shortcut-context.tsx';
import { numberQueries } from '../../features/numbers/number-queries.ts';
import type { NumberLoaderData } from './number-loader.ts';
import { rememberLookup } from '../../features/numbers/recent-lookups.ts';

/** The page of one number: its record, or what went wrong, under the search box. */
export function NumberRoute() {
  const data = useLoaderData<NumberLoaderData>();
  if (!data.valid) {
    return (
      <Stack gap="md">
        <title>Not a phone number · OC Lookup</title>
        <AppSearch key={data.input} initialValue={data.input} autoFocus />
        <ErrorPanel
          title="This link does not hold a phone number"
          color="yellow"
          whatHappened={`The address ends in “${clip(data.input, 100)}”. ${data.message}`}
          whatToDo="correct the number in the search box above, or copy the link from the ticket again: part of it may be missing."
        />
      </Stack>
    );
  }
  return <NumberLookup key={data.e164} e164={data.e164} />;
}

function NumberLookup({ e164 }: { e164: string }) {
  const query = useQuery(numberQueries.detail(e164));
  const found = query.isSuccess;
  // The record was there as the page mounted: the loader had it, and the navigation's transition
  // renders the page, record included.
  const [recordAtMount] = useState(() => query.data !== undefined);
  // "t" opens this number's tenant page (the shortcut lives in the layout, above this page).
  usePageTenant(query.data?.record.tenantId, query.data !== undefined);
  useEffect(() => {
    if (found) rememberLookup(e164);
  }, [found, e164]);

  const formatted = formatNumber(e164);
  return (
    <Stack gap="md">
      <title>{`${formatted} · OC Lookup`}</title>
      <AppSearch initialValue={formatted} compact autoFocus />
      {query.data ? (
        <>
          <FreshnessBar
            updatedAt={query.dataUpdatedAt}
            refreshing={query.isFetching}
            refreshError={query.isRefetchError ? query.error : null}
            onRefresh={() => void query.refetch()}
          />
          <NumberDetail e164={e164} lookup={query.data} inTransition={recordAtMount} />
        </>
      ) : query.isError ? (
        <NumberError
          e164={e164}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
          failedAt={query.errorUpdatedAt}
        />
      ) : (
        <>
          {query.failureCount > 0 && (
            <RetryNotice
              key={query.failureCount}
              failureCount={query.failureCount}
              failureReason={query.failureReason}
            />
          )}
          <NumberDetailSkeleton label={`Loading ${formatted}`} />
        </>
      )}
    </Stack>
  );
}
