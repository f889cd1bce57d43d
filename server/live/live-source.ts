import { STATUS_CODES } from 'node:http';
import type { Logger } from 'pino';
import type { NumberSource } from '../number-source.ts';
import { problem } from '../problem.ts';
import type { LiveSettings } from '../settings.ts';
import type { TokenProvider } from './token-provider.ts';

/*
 * The live NumberSource: asks Live Platform itself, with the app's bearer token. A 2xx answer goes
 * to the browser as sent; anything else becomes problem details that keep the upstream status and
 * the ids Live Platform's support asks for (traceId, errorTicket). The token and the client secret
 * never reach an answer or a log line.
 */

export type LiveSourceOptions = {
  /** The most of an upstream body read before giving up with a 502. Default 1 MiB. */
  maxBodyBytes?: number;
  /** One line per upstream call: upstream status, latency, attempt. */
  logger?: Logger;
};

export const liveTitles = {
  unreachable: 'Live Platform could not be reached',
  timeout: 'Live Platform did not answer in time',
  tooLarge: "Live Platform's answer is too large",
  token: 'Could not get a token for Live Platform',
  unexpected: 'Live Platform answered unexpectedly',
} as const;

const defaultMaxBodyBytes = 1024 * 1024;

/** Problem-details members of an upstream error worth showing to staff; anything else is dropped. */
const keptProblemMembers = ['detail', 'traceId', 'errorTicket', 'errorCode'] as const;

class BodyTooLarge extends Error {
  constructor() {
    super('upstream body too large');
    this.name = 'BodyTooLarge';
  }
}

type Upstream = { status: number; headers: Headers; body: Uint8Array };

export function createLiveSource(
  settings: LiveSettings,
  tokens: TokenProvider,
  options: LiveSourceOptions = {},
): NumberSource {
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const { logger } = options;

  async function call(e164: string, token: string, signal: AbortSignal, attempt: number) {
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      accept: 'application/json',
    };
    if (settings.channelId !== undefined) headers['x-ovoc-channel-id'] = String(settings.channelId);
    const url = `${settings.baseUrl}/api/v2/oc/numbers/${encodeURIComponent(e164)}`;
    const started = performance.now();
    let upstreamStatus: number | null = null;
    try {
      // No redirects: a bearer token is only ever sent to the configured Live Platform.
      const res = await fetch(url, { headers, signal, redirect: 'manual' });
      upstreamStatus = res.status;
      const body = await readCapped(res, maxBodyBytes);
      return { status: res.status, headers: res.headers, body } satisfies Upstream;
    } finally {
      logger?.info(
        { upstreamStatus, latencyMs: Math.round(performance.now() - started), attempt },
        'Live Platform call',
      );
    }
  }

  return {
    mode: 'live',
    async getNumber(e164, callerSignal) {
      const timeout = AbortSignal.timeout(settings.timeoutMs);
      const signal = AbortSignal.any([callerSignal, timeout]);
      let stage: 'token' | 'upstream' = 'token';
      try {
        let token = await untilAborted(tokens.getToken(), signal);
        stage = 'upstream';
        let upstream = await call(e164, token, signal, 1);
        if (upstream.status === 401) {
          tokens.invalidate(token);
          stage = 'token';
          token = await untilAborted(tokens.getToken(), signal);
          stage = 'upstream';
          upstream = await call(e164, token, signal, 2);
        }
        return answer(upstream);
      } catch (error) {
        if (callerSignal.aborted) throw callerSignal.reason;
        if (timeout.aborted) {
          return stage === 'token'
            ? problem(504, liveTitles.token, {
                detail: `The identity provider gave no token within ${settings.timeoutMs} ms.`,
              })
            : problem(504, liveTitles.timeout, {
                detail: `No answer within ${settings.timeoutMs} ms.`,
              });
        }
        if (error instanceof BodyTooLarge) {
          return problem(502, liveTitles.tooLarge, {
            detail: `The answer is larger than ${maxBodyBytes} bytes.`,
          });
        }
        if (stage === 'token') {
          // The reason (safe, but about the app's credentials) goes to the log, not the browser.
          logger?.error(
            { reason: error instanceof Error ? error.message : 'unknown' },
            liveTitles.token,
          );
          return problem(502, liveTitles.token, {
            detail: 'The identity provider refused the app or could not be reached.',
          });
        }
        return problem(502, liveTitles.unreachable, { detail: describeNetworkError(error) });
      }
    },
  };
}

/** The browser's answer for what Live Platform sent. */
function answer({ status, headers, body }: Upstream): Response {
  if (status >= 200 && status < 300) {
    const empty = status === 204 || status === 205;
    const contentType = headers.get('content-type') ?? 'application/json';
    return new Response(empty ? null : Buffer.from(body), {
      status,
      headers: empty
        ? { 'cache-control': 'no-store' }
        : {
            'content-type': contentType,
            'content-length': String(body.byteLength),
            'cache-control': 'no-store',
          },
    });
  }
  if (status < 200 || status >= 400) {
    const upstreamProblem = parseProblem(headers, body);
    const extra: Record<string, unknown> = {};
    for (const member of keptProblemMembers) {
      const value = upstreamProblem?.[member];
      if (typeof value === 'string' || typeof value === 'number') extra[member] = value;
    }
    const title =
      typeof upstreamProblem?.title === 'string' && upstreamProblem.title !== ''
        ? upstreamProblem.title
        : (STATUS_CODES[status] ?? `HTTP ${status}`);
    if (status === 401 && extra.detail === undefined) {
      extra.detail = 'Live Platform did not accept the app’s token, even a new one.';
    }
    const retryAfter = headers.get('retry-after');
    const passed: Record<string, string> =
      (status === 429 || status === 503) && retryAfter && /^[\w ,:+-]{1,64}$/.test(retryAfter)
        ? { 'retry-after': retryAfter }
        : {};
    return problem(status, title, extra, passed);
  }
  // 1xx never arrives through fetch; 3xx is not followed, and this API has no reason to send one.
  return problem(502, liveTitles.unexpected, { detail: `Live Platform answered HTTP ${status}.` });
}

function parseProblem(headers: Headers, body: Uint8Array): Record<string, unknown> | undefined {
  if (!/json/i.test(headers.get('content-type') ?? '')) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(body).toString('utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the body, but stops (and drops the connection) once it passes `max` bytes. */
async function readCapped(res: Response, max: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await res.body?.cancel();
    throw new BodyTooLarge();
  }
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

/** Waits for `promise`, but no longer than `signal` allows (a shared token request stays alive). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => signal.removeEventListener('abort', onAbort);
    promise.then(cleanup, cleanup);
    promise.then(resolve, reject);
  });
}

/** A network failure in words for staff: the system error code, never a URL's credentials. */
function describeNetworkError(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return `Network error ${code}.`;
    if (typeof code === 'string' && code.startsWith('UND_ERR')) return `Network error ${code}.`;
    current = current.cause;
  }
  return 'The connection failed.';
}
