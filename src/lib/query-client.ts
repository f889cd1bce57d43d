import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error.ts';
import { clampRetryAfter } from './retry-after.ts';

/*
 * Retries: none for answers that will not change (4xx, a payload that breaks the schema); a few,
 * with exponential backoff, for what may pass (5xx, network, timeout); 429 waits as long as the
 * server's Retry-After says. A timeout is retried once only: each attempt already cost 15 s.
 */
export const maxAttempts = { upstream: 3, network: 3, 'rate-limited': 3, timeout: 1 } as const;

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!isApiError(error)) return false;
  const limit = (maxAttempts as Record<string, number>)[error.kind];
  return limit !== undefined && failureCount < limit;
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
