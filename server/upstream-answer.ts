import { STATUS_CODES } from 'node:http';
import { problemTypes } from '../src/lib/problem-types.ts';
import { problem } from './problem.ts';
import { clampRetryAfter } from './retry-after.ts';

/*
 * The one rule for what the browser gets back from a lookup, whichever source answered: Live
 * Platform (live mode) or the sandbox standing in for it (demo mode). Our API only ever answers JSON:
 *  - 200 with a JSON body (a JSON content type or none, and a body that parses) goes on byte for
 *    byte, as `application/json; charset=utf-8`: never with the upstream's own Content-Type, so
 *    nothing an upstream sends can become a page or a script on our origin;
 *  - 4xx and 5xx become problem details that keep the status, the title and the ids Live
 *    Platform's support asks for, and a Retry-After within bounds;
 *  - anything else (a 200 that is not JSON, any other 2xx, 1xx, 3xx, a status past 599) becomes a
 *    502 "Live Platform answered unexpectedly" that holds what was received, as data.
 */

export type UpstreamAnswer = { status: number; headers: Headers; body: Uint8Array };

export const unexpectedAnswer = {
  title: 'Live Platform answered unexpectedly',
  /** Lets the app tell this 502 (not worth retrying; the body is inside) from a failing upstream. */
  type: problemTypes.unexpectedAnswer,
} as const;

/** How much of an unexpected body the problem keeps (characters): enough to see what it was. */
export const keptBodyChars = 4096;

/** Problem-details members of an upstream error worth showing to staff; anything else is dropped. */
const keptProblemMembers = ['detail', 'traceId', 'errorTicket', 'errorCode'] as const;

// application/json and any application/…+json (problem+json, vnd.…+json); parameters aside.
const jsonMediaType = /^application\/(?:[\w.-]+\+)?json$/;

const mediaTypeOf = (headers: Headers) =>
  headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';

// Decoded as the browser's response.json() would: a BOM dropped, invalid UTF-8 replaced.
const utf8 = new TextDecoder('utf-8');
const decode = (body: Uint8Array) => utf8.decode(body);

// Answers built here are JSON by construction: jsonOnly lets them through without reading them
// again (a live lookup would otherwise pay for a second copy and parse of its body).
const builtHere = new WeakSet<Response>();

export function answerFromUpstream(upstream: UpstreamAnswer): Response {
  const answer = ourAnswer(upstream);
  builtHere.add(answer);
  return answer;
}

function ourAnswer(upstream: UpstreamAnswer): Response {
  const { status } = upstream;
  if (status === 200) return jsonSuccess(upstream);
  if (status >= 400 && status <= 599) return upstreamProblem(upstream);
  return unexpected(
    upstream,
    `Live Platform answered HTTP ${status}, which this server does not expect.`,
  );
}

/**
 * Every /api lookup answer goes through here, whatever the source: answers already made by the
 * rule above and problem details a source built itself (its own failures, or the sandbox's
 * ready-made ones) pass; anything else is read and answered by the rule above.
 */
export async function jsonOnly(answer: Response): Promise<Response> {
  if (builtHere.has(answer)) return answer;
  if (!answer.ok && mediaTypeOf(answer.headers) === 'application/problem+json') return answer;
  const body = new Uint8Array(await answer.arrayBuffer());
  return answerFromUpstream({ status: answer.status, headers: answer.headers, body });
}

function jsonSuccess(upstream: UpstreamAnswer): Response {
  const mediaType = mediaTypeOf(upstream.headers);
  if (mediaType !== '' && !jsonMediaType.test(mediaType)) {
    return unexpected(upstream, `Live Platform answered HTTP 200 with ${mediaType}, not JSON.`);
  }
  if (!parsesAsJson(upstream.body)) {
    const what = upstream.body.byteLength === 0 ? 'an empty body' : 'a body that is not JSON';
    return unexpected(upstream, `Live Platform answered HTTP 200 with ${what}.`);
  }
  return new Response(Buffer.from(upstream.body), {
    status: 200,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(upstream.body.byteLength),
      'cache-control': 'no-store',
    },
  });
}

function parsesAsJson(body: Uint8Array): boolean {
  try {
    JSON.parse(decode(body));
    return true;
  } catch {
    // A syntax error, or a body nested too deeply for the parser: neither can be passed on.
    return false;
  }
}

/** A 502 that says what came, with the status, the content type and the start of the body. */
function unexpected({ status, headers, body }: UpstreamAnswer, detail: string): Response {
  const text = decode(body);
  const contentType = headers.get('content-type');
  return problem(502, unexpectedAnswer.title, {
    type: unexpectedAnswer.type,
    detail,
    upstreamStatus: status,
    ...(contentType === null ? {} : { upstreamContentType: contentType.slice(0, 200) }),
    upstreamBody: text.slice(0, keptBodyChars),
    upstreamBodyBytes: body.byteLength,
  });
}

function upstreamProblem({ status, headers, body }: UpstreamAnswer): Response {
  const upstream = parseProblem(headers, body);
  const extra: Record<string, unknown> = {};
  for (const member of keptProblemMembers) {
    const value = upstream?.[member];
    if (typeof value === 'string' || typeof value === 'number') extra[member] = value;
  }
  const title =
    typeof upstream?.title === 'string' && upstream.title !== ''
      ? upstream.title
      : (STATUS_CODES[status] ?? `HTTP ${status}`);
  if (status === 401 && extra.detail === undefined) {
    extra.detail = 'Live Platform did not accept the app’s token, even a new one.';
  }
  const retryAfter =
    status === 429 || status === 503 ? clampRetryAfter(headers.get('retry-after')) : undefined;
  return problem(status, title, extra, retryAfter ? { 'retry-after': retryAfter } : {});
}

function parseProblem(headers: Headers, body: Uint8Array): Record<string, unknown> | undefined {
  if (!jsonMediaType.test(mediaTypeOf(headers))) return undefined;
  try {
    const parsed: unknown = JSON.parse(decode(body));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
