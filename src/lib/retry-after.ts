/**
 * Retry-After is either seconds or an HTTP date (RFC 9110 §10.2.3); returns milliseconds, or
 * undefined for anything else. Only those two forms count: `Date.parse` would read `-5` or `1` as
 * a year, and a negative or garbage value must never mean "retry at once".
 */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d{1,10}$/.test(trimmed)) return Number(trimmed) * 1000;
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(trimmed))
    return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** However long the server asks for, the app waits at least this and at most that. */
export const retryAfterBounds = { minMs: 1000, maxMs: 60_000 } as const;

export const clampRetryAfter = (ms: number) =>
  Math.min(Math.max(ms, retryAfterBounds.minMs), retryAfterBounds.maxMs);
