import { problem } from '../problem.ts';

/**
 * Our own 429 for number-status: the limit in words, and when to try again in Retry-After and
 * retryAfterSeconds (not in the sentence: the app counts the wait down beside it). Live
 * Platform's own 429 is passed on as it comes (its Retry-After clamped, upstream-answer.ts).
 */
export function numberStatusLimited(limit: number, retryAfterSeconds: number): Response {
  const numbers = limit === 1 ? 'one number' : `${limit} numbers`;
  return problem(
    429,
    'Too many checks with Microsoft',
    {
      detail: `You can check ${numbers} with Microsoft a minute.`,
      limitPerMinute: limit,
      retryAfterSeconds,
    },
    { 'retry-after': String(retryAfterSeconds), 'cache-control': 'no-store' },
  );
}
