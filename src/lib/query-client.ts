import { QueryClient } from '@tanstack/react-query';
import { isApiError, type ApiErrorKind } from './api-error.ts';
import { clampRetryAfter } from './retry-after.ts';

/*
 * Retries: none for answers that will not change (4xx, a payload that breaks the schema); a few,
 * with exponential backoff, for what may pass (5xx, network, timeout); 429 waits as long as the
 * server's Retry-After says. A timeout is retried once only: each attempt already cost 15 s.
 */
export const maxAttempts: Record<ApiErrorKind, number> = {
  upstream: 3,
  network: 3,
  'rate-limited': 3,
  timeout: 1,
  'not-found': 0,
  unauthorized: 0,
  forbidden: 0,
  'invalid-response': 0,
  'bad-request': 0,
  // The staff session has ended: a retry gets the same 401; the user signs in again instead.
  'session-expired': 0,
};

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!isApiError(error)) return false;
  return failureCount < maxAttempts[error.kind];
}

export function retryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.kind === 'rate-limited') {
    return clampRetryAfter(error.details.retryAfterMs ?? 2000);
  }
  return Math.min(1000 * 2 ** failureCount, 8000);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // The route loader starts the fetch; if it already failed, mounting must not fire a second
        // request. Retries stay the retry policy's job and the Retry button's.
        retryOnMount: false,
      },
    },
  });
}
