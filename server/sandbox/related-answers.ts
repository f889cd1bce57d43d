import { problem } from '../problem.ts';
import type { UpstreamRequest } from '../upstream-request.ts';
import { callingProfileList } from './calling-profile-list.ts';
import { customerList } from './customer-list.ts';
import { json, traceIdFor } from './json-answer.ts';
import { answerLeads } from './lead-answer.ts';
import { answerNumberStatus } from './number-status-answer.ts';
import { answerTenantNumbers } from './tenant-numbers-answer.ts';

/*
 * The sandbox's answers to Live Platform's reads beyond the number itself (issue 7), exactly as
 * Live Platform would give them: documented shapes and casing, its paging, its problem details.
 * Paths match as ASP.NET Core routes them (any case, a trailing slash ignored). One data set
 * answers them all; the reserved ids of reserved-reads.ts make each fail in its own way.
 */

type GetAnswer = (
  query: Readonly<Record<string, string>> | undefined,
  signal: AbortSignal,
) => Response | Promise<Response>;

const getAnswers: Readonly<Record<string, GetAnswer>> = {
  '/api/v3/customer': () => json(customerList()),
  '/api/v2/oc/callingprofile': () => json(callingProfileList()),
  '/api/v2/oc/lead': answerLeads,
  '/api/v3/oc/numbers': answerTenantNumbers,
};

const postAnswers: Readonly<Record<string, (body: unknown) => Response>> = {
  '/api/v2/oc/numbers/action/number-status': answerNumberStatus,
};

const routeOf = (path: string) => path.toLowerCase().replace(/\/+$/, '');

export async function answerRelated(
  request: UpstreamRequest,
  signal: AbortSignal,
): Promise<Response> {
  const route = routeOf(request.path);
  const get = Object.hasOwn(getAnswers, route) ? getAnswers[route] : undefined;
  const post = Object.hasOwn(postAnswers, route) ? postAnswers[route] : undefined;
  if (request.method === 'GET' && get) return get(request.query, signal);
  if (request.method === 'POST' && post) return post(request.body);
  if (get || post) {
    // ASP.NET Core's answer to a known path with another method: 405, no body.
    return new Response(null, { status: 405, headers: { allow: get ? 'GET' : 'POST' } });
  }
  return problem(404, 'Not Found', { traceId: traceIdFor(route) });
}
