/*
 * Retry-After, read once for the browser and the server (RFC 9110 §10.2.3): delay-seconds or an
 * IMF-fixdate, nothing else. `Date.parse` alone would read `-5` or `1` as a year, and a negative or
 * garbage value must never mean "retry at once". Each side then keeps the delay within its bounds.
 */

// delay-seconds: digits only, no sign, no fraction.
const delaySeconds = /^\d{1,12}$/;
// IMF-fixdate, the only HTTP-date format a sender may generate: `Sun, 06 Nov 1994 08:49:37 GMT`.
const imfFixdate =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** The delay a Retry-After value asks for, in milliseconds (0 for a past date); else undefined. */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  const text = value?.trim() ?? '';
  if (delaySeconds.test(text)) return Number(text) * 1000;
  if (!imfFixdate.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** However long the server asks for, the app waits at least this and at most that. */
export const retryAfterBounds = { minMs: 1000, maxMs: 60_000 } as const;

export const clampRetryAfter = (ms: number) =>
  Math.min(Math.max(ms, retryAfterBounds.minMs), retryAfterBounds.maxMs);
