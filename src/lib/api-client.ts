import * as z from 'zod/mini';
import { ApiError, kindForStatus } from './api-error.ts';
import { isTooDeep, parseJsonInSlices } from './parse-json.ts';
import { parseRetryAfter } from './retry-after.ts';

export const defaultTimeoutMs = 15_000;

// zod/mini ships without messages; English ones make schema errors readable to staff. They load
// with the first answer that breaks its schema (rare), not with every page, and that answer is
// checked again to have them. Should they fail to load, zod's own "Invalid input" stays.
let english: Promise<void> | undefined;
const englishMessages = () =>
  (english ??= import('zod/v4/locales/en.js').then(
    ({ default: en }) => {
      z.config(en());
    },
    () => {
      english = undefined;
    },
  ));

type GetJsonOptions = { signal?: AbortSignal | undefined; timeoutMs?: number | undefined };

/*
 * The one way the app calls its server: builds the request, applies a timeout, and turns every
 * failure into an ApiError. It shows nothing and redirects nowhere; the UI decides.
 * The timeout is a setTimeout (not AbortSignal.timeout) so tests can drive it with a fake clock.
 */
export async function getJson<Schema extends z.ZodMiniType>(
  path: string,
  schema: Schema,
  options: GetJsonOptions = {},
): Promise<z.output<Schema>> {
  return (await getJsonWithBody(path, schema, options)).data;
}

/**
 * The parsed answer, plus the body exactly as received and its plain JSON, for raw views, and the
 * answer's headers (freshness: `Age`, `X-Oc-Lookup-Stale`).
 */
export type JsonAnswer<Data> = { data: Data; body: string; json: unknown; headers: Headers };

export async function getJsonWithBody<Schema extends z.ZodMiniType>(
  path: string,
  schema: Schema,
  options: GetJsonOptions = {},
): Promise<JsonAnswer<z.output<Schema>>> {
  return requestJson(path, { method: 'GET' }, schema, options);
}

/** POSTs `payload` as JSON (number-status is the one action the app calls) and parses the answer. */
export async function postJsonWithBody<Schema extends z.ZodMiniType>(
  path: string,
  payload: unknown,
  schema: Schema,
  options: GetJsonOptions = {},
): Promise<JsonAnswer<z.output<Schema>>> {
  const init: RequestShape = {
    method: 'POST',
    body: JSON.stringify(payload),
    headers: { 'content-type': 'application/json' },
  };
  return requestJson(path, init, schema, options);
}

type RequestShape = { method: 'GET' | 'POST'; body?: string; headers?: Record<string, string> };

async function requestJson<Schema extends z.ZodMiniType>(
  path: string,
  { method, body: payload, headers = {} }: RequestShape,
  schema: Schema,
  { signal, timeoutMs = defaultTimeoutMs }: GetJsonOptions,
): Promise<JsonAnswer<z.output<Schema>>> {
  const controller = new AbortController();
  // A flag, not an Error made up front: an Error records the stack it is made in, on every request.
  const timeout = { fired: false };
  const timer = setTimeout(() => {
    timeout.fired = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });

  try {
    const response = await fetch(path, {
      method,
      body: payload,
      headers: { accept: 'application/json', ...headers },
      signal: controller.signal,
    });
    const body = await response.text();
    if (!response.ok) throw errorFromResponse(response, body);
    return { ...(await parseBody(body, schema)), headers: response.headers };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (timeout.fired) {
      throw new ApiError('timeout', `No answer within ${Math.round(timeoutMs / 1000)} s`);
    }
    if (signal?.aborted) throw error;
    throw new ApiError('network', 'The server could not be reached');
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

async function parseBody<Schema extends z.ZodMiniType>(
  body: string,
  schema: Schema,
): Promise<Omit<JsonAnswer<z.output<Schema>>, 'headers'>> {
  let json: unknown;
  try {
    json = await parseJsonInSlices(body);
  } catch (error) {
    throw new ApiError('invalid-response', 'The answer is not valid JSON', {
      rawBody: body,
      issues: [
        isTooDeep(error)
          ? 'The body is nested too deeply to read.'
          : 'The body could not be parsed as JSON.',
      ],
    });
  }
  let parsed = check(schema, json, body);
  if (!parsed.success) {
    await englishMessages();
    parsed = check(schema, json, body);
  }
  if (!parsed.success) {
    throw new ApiError('invalid-response', 'The answer does not have the expected shape', {
      rawBody: body,
      issues: parsed.error.issues.map(
        (issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`,
      ),
    });
  }
  return { data: parsed.data, body, json };
}

function check<Schema extends z.ZodMiniType>(schema: Schema, json: unknown, body: string) {
  try {
    return schema.safeParse(json);
  } catch {
    // zod walks nested values recursively; a hostile, very deep body overflows the stack.
    throw new ApiError('invalid-response', 'The answer could not be checked', {
      rawBody: body,
      issues: ['The body is nested too deeply to check.'],
    });
  }
}

function errorFromResponse(response: Response, body: string): ApiError {
  const problem = readProblemDetails(body);
  const detail = problem.detail ?? problem.title;
  const kind = kindForStatus(response.status, problem.type);
  return new ApiError(kind, detail ?? `HTTP ${response.status}`, {
    status: response.status,
    traceId: problem.traceId,
    errorTicket: problem.errorTicket,
    detail,
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
    // Our server's "answered unexpectedly" holds what Live Platform sent: show that, not the wrapper.
    rawBody: problem.upstreamBody ?? (body || undefined),
    issues: kind === 'invalid-response' && detail ? [detail] : undefined,
  });
}

type ProblemFields = {
  type?: string;
  upstreamBody?: string;
  title?: string;
  detail?: string;
  traceId?: string;
  errorTicket?: string;
};

/** Reads the RFC 7807 fields we show, from whatever the body is; never throws. */
function readProblemDetails(body: string): ProblemFields {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return {};
  }
  if (typeof json !== 'object' || json === null) return {};
  const record = json as Record<string, unknown>;
  const text = (key: string) => {
    const value = record[key];
    return typeof value === 'string' && value.trim() ? value : undefined;
  };
  const fields: ProblemFields = {};
  for (const key of ['type', 'title', 'detail', 'traceId', 'errorTicket'] as const) {
    const value = text(key);
    if (value !== undefined) fields[key] = value;
  }
  // Kept even when empty: an empty body is what Live Platform sent.
  if (typeof record.upstreamBody === 'string') fields.upstreamBody = record.upstreamBody;
  return fields;
}
