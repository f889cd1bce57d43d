import { Stack, Text } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { replace, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { paths } from '../../config/paths.ts';
import { formatNumber } from '../../features/numbers/components/number-header.tsx';
import { NumberDetail } from '../../features/numbers/components/number-detail.tsx';
import { NumberDetailSkeleton } from '../../features/numbers/components/number-detail-skeleton.tsx';
import { NumberError } from '../../features/numbers/components/number-error.tsx';
import { RetryNotice } from '../../features/numbers/components/retry-notice.tsx';
import { SearchForm } from '../../features/numbers/components/search-form.tsx';
import { readDefaultCountry } from '../../features/numbers/default-country.ts';
import { numberQueries } from '../../features/numbers/number-queries.ts';
import { parsePhoneInput } from '../../features/numbers/phone.ts';
import { useRecentLookups } from '../../features/numbers/recent-lookups.ts';

/**
 * Validates and canonicalises the number in the URL, and starts the fetch before the page renders
 * (no waterfall). Non-canonical forms (%2B, spaces, national format) are replaced by the E.164 URL.
 */
// How long a navigation waits for the record before showing the skeleton: a fast answer then
// renders once, with no skeleton flashing by; a slow one shows the skeleton almost at once.
const skeletonAfterMs = 150;

export const numberLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const input = params.phone ?? '';
    const parsed = parsePhoneInput(input, readDefaultCountry());
    if (!parsed.ok) return { valid: false, input, message: parsed.message } as const;
    const canonical = paths.number(parsed.e164);
    if (new URL(request.url).pathname !== canonical) throw replace(canonical);
    // Errors are the page's to show (through useQuery), not the loader's.
    const record = queryClient.query(numberQueries.detail(parsed.e164)).catch(() => undefined);
    await Promise.race([record, new Promise((resolve) => setTimeout(resolve, skeletonAfterMs))]);
    return { valid: true, e164: parsed.e164 } as const;
  };

export function NumberRoute() {
  const data = useLoaderData<Awaited<ReturnType<ReturnType<typeof numberLoader>>>>();
  if (!data.valid) {
    return (
      <Stack gap="md">
        <title>Not a phone number · OC Lookup</title>
        <SearchForm initialValue={data.input} autoFocus />
        <ErrorPanel title="This link does not hold a phone number" color="yellow">
          <Text size="sm">
            “{data.input}” cannot be looked up. {data.message} Correct it in the search box above.
          </Text>
        </ErrorPanel>
      </Stack>
    );
  }
  return <NumberLookup key={data.e164} e164={data.e164} />;
}

function NumberLookup({ e164 }: { e164: string }) {
  const query = useQuery(numberQueries.detail(e164));
  const { remember } = useRecentLookups();
  const found = query.isSuccess;
  useEffect(() => {
    if (found) remember(e164);
  }, [found, e164, remember]);

  const formatted = formatNumber(e164);
  return (
    <Stack gap="md">
      <title>{`${formatted} · OC Lookup`}</title>
      <SearchForm initialValue={formatted} compact />
      {query.data ? (
        <NumberDetail number={query.data} />
      ) : query.isError ? (
        <NumberError
          e164={e164}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
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
