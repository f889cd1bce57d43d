import { Hono, type Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import { problem } from '../problem.ts';
import { BodyTooLarge, readCapped } from '../read-capped.ts';
import type { RelatedSettings } from '../settings.ts';
import { answerFromSource } from '../source-call.ts';
import { jsonOnly } from '../upstream-answer.ts';
import type { UpstreamRequest } from '../upstream-request.ts';
import { customersOnly, withoutSecrets, type AnswerFilter } from './answer-filters.ts';
import type { CallerKey } from './caller-key.ts';
import { createRelatedCache } from './related-cache.ts';
import { numberStatusLimited } from './number-status-limit.ts';
import { createRateLimiter } from './rate-limit.ts';
import {
  checkNumberStatusBody,
  checkQuery,
  relatedPaths,
  type FieldErrors,
  type QueryRead,
} from './related-params.ts';

/*
 * Live Platform's related reads at its own paths under /api (issue 7), in both modes: every
 * parameter checked first (related-params.ts), then the source asked (sandbox or Live Platform),
 * its answer made JSON by the one rule (jsonOnly) and filtered for the browser (answer-filters.ts).
 * Customers and calling profiles (one list each) and leads (per tenant and page) come through a
 * cache (related-cache.ts); a tenant's numbers and number-status never do. number-status, which
 * reaches Microsoft, is limited per user or browser, and in live mode only accepted from the
 * app's own pages.
 */

export type RelatedRoutesOptions = {
  read: (request: UpstreamRequest, signal: AbortSignal) => Promise<Response>;
  settings: RelatedSettings;
  callerOf: CallerKey;
  /** False for a request that is not from the app's own pages (live mode's cross-site guard). */
  isSameOrigin: (c: Context) => boolean;
  now?: () => number;
};

const mebibyte = 1024 * 1024;
/** The largest number-status body worth reading: one tenant id and one number fit in 200 bytes. */
export const maxNumberStatusBodyBytes = 4096;

const routePath = (path: string) => path.replace(/^\/api/, '');

const onlyGet = () =>
  problem(
    405,
    'Method not allowed',
    { detail: 'This API only reads: use GET.' },
    { allow: 'GET, HEAD' },
  );
const onlyPost = () =>
  problem(
    405,
    'Method not allowed',
    { detail: 'number-status is a POST with a JSON body: {"msTenantId", "telephoneNumbers"}.' },
    { allow: 'POST' },
  );

/** 400 with ASP.NET Core's validation shape (`errors`), and every error in one sentence too. */
export function invalidParameters(errors: FieldErrors): Response {
  const detail = Object.entries(errors)
    .flatMap(([name, messages]) => messages.map((message) => `${name} ${message}.`))
    .join(' ');
  return problem(400, 'Invalid parameters', { detail, errors });
}

export function relatedRoutes(options: RelatedRoutesOptions) {
  const { read, settings, callerOf, isSameOrigin, now } = options;
  const api = new Hono<{ Bindings: HttpBindings }>();
  const ttlMs = settings.cacheSeconds * 1000;
  const clock = now ? { now } : {};
  // Two lists of up to 1 MiB (the live body cap) each; leads are small, a few kB per tenant.
  const lists = createRelatedCache({ ttlMs, maxEntries: 2, maxBytes: 4 * mebibyte, ...clock });
  const leads = createRelatedCache({ ttlMs, maxEntries: 1000, maxBytes: 32 * mebibyte, ...clock });
  const limiter = createRateLimiter({ limit: settings.numberStatusPerMinute, ...clock });

  const ask = (request: UpstreamRequest, filter: AnswerFilter) => async (signal: AbortSignal) =>
    filter(await jsonOnly(await read(request, signal)));

  type Caching = { cache: typeof lists; keyOf: (request: UpstreamRequest) => string } | null;

  function getRoute(readName: QueryRead, filter: AnswerFilter, caching: Caching) {
    const path = routePath(relatedPaths[readName]);
    api.get(path, (c) => {
      const checked = checkQuery(readName, new URL(c.req.url).searchParams);
      if (!checked.ok) return invalidParameters(checked.errors);
      const load = ask(checked.request, filter);
      const signal = c.req.raw.signal;
      return answerFromSource(c, () =>
        caching ? caching.cache.get(caching.keyOf(checked.request), load, signal) : load(signal),
      );
    });
    api.all(path, onlyGet);
  }

  const queryOf = (request: UpstreamRequest) => (request.method === 'GET' ? request.query : {});
  getRoute('customers', customersOnly, { cache: lists, keyOf: () => 'customers' });
  getRoute('callingProfiles', withoutSecrets, { cache: lists, keyOf: () => 'calling-profiles' });
  getRoute('leads', withoutSecrets, {
    cache: leads,
    keyOf: (request) => {
      const { msTenantID, pageNumber = '', pageSize = '' } = queryOf(request) ?? {};
      return `${msTenantID}|${pageNumber}|${pageSize}`;
    },
  });
  getRoute('tenantNumbers', withoutSecrets, null);

  const numberStatus = routePath(relatedPaths.numberStatus);
  api.post(numberStatus, async (c) => {
    if (!isSameOrigin(c)) {
      return problem(403, 'Cross-site request refused', {
        detail: 'number-status is accepted only from the pages of OC Lookup itself.',
      });
    }
    const mediaType = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (mediaType !== 'application/json') {
      return problem(415, 'Unsupported media type', {
        detail: 'Send the body as JSON, with Content-Type: application/json.',
      });
    }
    const body = await bodyOf(c.req.raw);
    if (!body.ok) return body.problem;
    const checked = checkNumberStatusBody(body.value);
    if (!checked.ok) return invalidParameters(checked.errors);
    const caller = callerOf(c);
    const allowed = limiter.take(caller.key);
    const answer = allowed.allowed
      ? await answerFromSource(c, () => ask(checked.request, withoutSecrets)(c.req.raw.signal))
      : numberStatusLimited(limiter.limit, allowed.retryAfterSeconds);
    if (caller.setCookie) answer.headers.append('set-cookie', caller.setCookie);
    return answer;
  });
  api.all(numberStatus, onlyPost);

  return api;
}

type Body = { ok: true; value: unknown } | { ok: false; problem: Response };

async function bodyOf(request: Request): Promise<Body> {
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(request, maxNumberStatusBodyBytes);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    return {
      ok: false,
      problem: problem(413, 'Request body too large', {
        detail: `A number-status body is at most ${maxNumberStatusBodyBytes} bytes: one tenant id and one number.`,
      }),
    };
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(bytes)) as unknown };
  } catch {
    return {
      ok: false,
      problem: problem(400, 'The body is not JSON', {
        detail: 'Send {"msTenantId": "<tenant GUID>", "telephoneNumbers": ["+442074996300"]}.',
      }),
    };
  }
}
