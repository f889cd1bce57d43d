/*
 * Retry-After as the browser gets it from our server: whole seconds between 1 and 120, or nothing.
 * An upstream's value is advice, not an order: a negative or absurd delay (`-5`, `99999999`) would
 * make the app hammer Live Platform at once or wait for days, and garbage must not reach a header.
 */

const minSeconds = 1;
const maxSeconds = 120;

// delay-seconds (RFC 9110 §10.2.3): digits only, no sign, no fraction.
const delaySeconds = /^\d{1,12}$/;
// IMF-fixdate, the only HTTP-date format a sender may generate: `Sun, 06 Nov 1994 08:49:37 GMT`.
const imfFixdate =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

const clamp = (seconds: number) => String(Math.min(maxSeconds, Math.max(minSeconds, seconds)));

/** The Retry-After to pass on for an upstream's `value`, in seconds; undefined when it is not valid. */
export function clampRetryAfter(
  value: string | null | undefined,
  now = Date.now(),
): string | undefined {
  const text = value?.trim() ?? '';
  if (delaySeconds.test(text)) return clamp(Number(text));
  if (!imfFixdate.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : clamp(Math.ceil((at - now) / 1000));
}
