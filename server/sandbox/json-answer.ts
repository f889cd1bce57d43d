import { createHash } from 'node:crypto';
import { problem } from '../problem.ts';

/** A 200 JSON answer as Live Platform sends it. */
export const json = (body: unknown) => {
  const text = JSON.stringify(body);
  return new Response(text, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
    },
  });
};

/**
 * A trace id in the format ASP.NET Core writes (W3C traceparent), stable per key: a number's or a
 * GUID's hex digits where the key has enough of them (so a number's trace id shows the number),
 * else a hash of the key.
 */
export function traceIdFor(key: string): string {
  const hex = key.replace(/[^0-9a-f]/gi, '').toLowerCase();
  const id = hex.length >= 8 ? hex : createHash('md5').update(key).digest('hex');
  return `00-${id.slice(-32).padStart(32, '0')}-00f067aa0ba902b7-00`;
}

/** ASP.NET Core's answer to a request that fails model validation. */
export const validationProblem = (errors: Record<string, string[]>, traceKey: string) =>
  problem(400, 'One or more validation errors occurred.', {
    type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
    errors,
    traceId: traceIdFor(traceKey),
  });

export const rateLimited = () =>
  problem(
    429,
    'Too Many Requests',
    { detail: 'Rate limit: 10 requests per 10 seconds.' },
    { 'retry-after': '2' },
  );

export const serverError = (traceKey: string) =>
  problem(500, 'An error occurred while processing your request.', {
    traceId: traceIdFor(traceKey),
    errorTicket: 'LP-7F3A-2291',
  });
