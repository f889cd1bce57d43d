import { parseRetryAfter } from '../src/lib/retry-after.ts';

/*
 * Retry-After as the browser gets it from our server: whole seconds between 1 and 120, or nothing.
 * An upstream's value is advice, not an order: a negative or absurd delay (`-5`, `99999999`) would
 * make the app hammer Live Platform at once or wait for days, and garbage must not reach a header.
 */

const minSeconds = 1;
const maxSeconds = 120;

/** The Retry-After to pass on for an upstream's `value`, in seconds; undefined when it is not valid. */
export function clampRetryAfter(
  value: string | null | undefined,
  now = Date.now(),
): string | undefined {
  const ms = parseRetryAfter(value, now);
  if (ms === undefined) return undefined;
  return String(Math.min(maxSeconds, Math.max(minSeconds, Math.ceil(ms / 1000))));
}
