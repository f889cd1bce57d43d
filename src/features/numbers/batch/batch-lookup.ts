import type { QueryClient } from '@tanstack/react-query';
import { isApiError, type ApiErrorKind } from '../../../lib/api-error.ts';
import { shouldRetry } from '../../../lib/query-client.ts';
import { numberQueries, type NumberLookup } from '../number-queries.ts';
import type { OcNumber } from '../schema.ts';
import type { Attempt } from './lookup-queue.ts';

/** What the batch knows of one number. */
export type BatchOutcome =
  | { status: 'found'; record: OcNumber }
  | { status: 'not-found' }
  | { status: 'failed'; message: string };

// One short line in a table cell; the number's own page says more.
const failureText: Record<ApiErrorKind, string> = {
  'not-found': 'Not found',
  'session-expired': 'Signed out: sign in again, then Retry',
  unauthorized: 'Live Platform refused this app’s credentials',
  forbidden: 'Live Platform refused access',
  'rate-limited': 'Live Platform is busy (429)',
  upstream: 'Live Platform failed',
  network: 'The server could not be reached',
  timeout: 'No answer in time',
  'invalid-response': 'Live Platform’s answer could not be read',
  'bad-request': 'Refused as a bad request',
};

export const failedOutcome = (error: unknown): BatchOutcome => ({
  status: 'failed',
  message: isApiError(error) ? failureText[error.kind] : 'The lookup failed',
});

const found = (lookup: NumberLookup): BatchOutcome => ({ status: 'found', record: lookup.record });

/** A number already in the query cache (the number's page, an earlier batch): not fetched again. */
export function cachedOutcome(queryClient: QueryClient, e164: string): BatchOutcome | undefined {
  const lookup = queryClient.getQueryData(numberQueries.detail(e164).queryKey);
  return lookup ? found(lookup) : undefined;
}

type RetryOption = boolean | number | ((count: number, error: Error) => boolean) | undefined;

// The client's retry policy (5xx, network, timeout), except for 429: that goes back to the
// batch's queue, which slows every lookup down, not just this one.
const retryUnlessRateLimited =
  (policy: RetryOption) =>
  (count: number, error: Error): boolean => {
    if (isApiError(error) && error.kind === 'rate-limited') return false;
    if (typeof policy === 'function') return policy(count, error);
    if (typeof policy === 'number') return count < policy;
    return policy ?? shouldRetry(count, error);
  };

/**
 * One lookup of the batch, through the number page's own query (same key, same cache): the
 * answer is there when the row's link is opened. Never rejects.
 */
export function batchLookup(queryClient: QueryClient) {
  return async (e164: string, signal: AbortSignal): Promise<Attempt<BatchOutcome>> => {
    const options = numberQueries.detail(e164);
    const retry = retryUnlessRateLimited(queryClient.getDefaultOptions().queries?.retry);
    const cancel = () =>
      void queryClient.cancelQueries({ queryKey: options.queryKey, exact: true });
    signal.addEventListener('abort', cancel, { once: true });
    try {
      return {
        kind: 'done',
        result: found(await queryClient.query({ ...options, retry })),
      };
    } catch (error) {
      if (isApiError(error) && error.kind === 'rate-limited') {
        return { kind: 'rate-limited', retryAfterMs: error.details.retryAfterMs };
      }
      if (isApiError(error) && error.kind === 'not-found') {
        return { kind: 'done', result: { status: 'not-found' } };
      }
      return { kind: 'done', result: failedOutcome(error) };
    } finally {
      signal.removeEventListener('abort', cancel);
    }
  };
}
