import type { Logger } from 'pino';
import { failureCause, failureCode } from '../failure-cause.ts';
import type { NumberSource } from '../number-source.ts';
import { untilAborted } from '../until-aborted.ts';
import type { UpstreamRequest } from '../upstream-request.ts';
import { problem } from '../problem.ts';
import { BodyTooLarge, readCapped } from '../read-capped.ts';
import type { LiveSettings } from '../settings.ts';
import { answerFromUpstream, unexpectedAnswer, type UpstreamAnswer } from '../upstream-answer.ts';
import { TokenRequestError, type TokenProvider } from './token-provider.ts';

/*
 * The live NumberSource: asks Live Platform itself, with the app's bearer token, and answers by
 * the rule of upstream-answer.ts: a JSON 200 goes on as application/json (never with Live
 * Platform's own Content-Type), 4xx/5xx become problem details that keep the status and the ids
 * Live Platform's support asks for (traceId, errorTicket), and anything else (HTML with a 200, an
 * odd status such as 600) becomes a 502 that says so. Ready (for /readyz) when a token can be had
 * and Live Platform answers at all. Each upstream call writes one log line with Live Platform's
 * path (never a number, a query or a body) and its status or, when there is none, the cause
 * (ECONNREFUSED, timeout, body-too-large, …). The token and the client secret never reach an
 * answer or a log line. The number lookup and the related reads (read) share all of this.
 */

export type LiveSourceOptions = {
  /** The most of an upstream body read before giving up with a 502. Default 1 MiB. */
  maxBodyBytes?: number;
  /** One line per upstream call: upstream status (or the cause of failure), latency, attempt. */
  logger?: Logger;
};

export const liveTitles = {
  unreachable: 'Live Platform could not be reached',
  timeout: 'Live Platform did not answer in time',
  tooLarge: "Live Platform's answer is too large",
  token: 'Could not get a token for Live Platform',
  unexpected: unexpectedAnswer.title,
} as const;

const defaultMaxBodyBytes = 1024 * 1024;

/** An HTTP request to Live Platform, as sent, and the path its log line names. */
type Outgoing = {
  method: 'GET' | 'POST';
  /** After the base URL: Live Platform's path and, for a GET, its query string. */
  pathAndQuery: string;
  /** The path alone: the query (tenant ids, paging) and any body stay out of the log. */
  loggedPath: string;
  /** JSON text, for a POST. */
  body?: string;
};

// What the API routes send (upstream-request.ts): Live Platform paths under /api/, nothing else.
const livePlatformPath = /^\/api\/v\d+\/[\w/-]+$/;

function outgoingFor(request: UpstreamRequest): Outgoing {
  if (!livePlatformPath.test(request.path) || request.path.includes('//')) {
    throw new Error(`Not a Live Platform path: ${request.path.slice(0, 100)}`);
  }
  if (request.method === 'POST') {
    return {
      method: 'POST',
      pathAndQuery: request.path,
      loggedPath: request.path,
      body: JSON.stringify(request.body),
    };
  }
  const query = new URLSearchParams(request.query).toString();
  return {
    method: 'GET',
    pathAndQuery: query === '' ? request.path : `${request.path}?${query}`,
    loggedPath: request.path,
  };
}

export function createLiveSource(
  settings: LiveSettings,
  tokens: TokenProvider,
  options: LiveSourceOptions = {},
): NumberSource {
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const { logger } = options;

  /** One HTTP request to Live Platform, with the token, and its one log line. */
  async function call(outgoing: Outgoing, token: string, signal: AbortSignal, attempt: number) {
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      accept: 'application/json',
    };
    if (settings.channelId !== undefined) headers['x-ovoc-channel-id'] = String(settings.channelId);
    if (outgoing.body !== undefined) headers['content-type'] = 'application/json';
    const started = performance.now();
    let upstreamStatus: number | null = null;
    let cause: string | undefined;
    try {
      // No redirects: a bearer token is only ever sent to the configured Live Platform.
      const res = await fetch(`${settings.baseUrl}${outgoing.pathAndQuery}`, {
        method: outgoing.method,
        headers,
        signal,
        redirect: 'manual',
        ...(outgoing.body === undefined ? {} : { body: outgoing.body }),
      });
      upstreamStatus = res.status;
      const body = await readCapped(res, maxBodyBytes);
      return { status: res.status, headers: res.headers, body } satisfies UpstreamAnswer;
    } catch (error) {
      cause = error instanceof BodyTooLarge ? 'body-too-large' : failureCause(error, signal);
      throw error;
    } finally {
      const latencyMs = Math.round(performance.now() - started);
      logger?.info(
        {
          upstreamPath: outgoing.loggedPath,
          upstreamStatus,
          ...(cause && { cause }),
          latencyMs,
          attempt,
        },
        'Live Platform call',
      );
    }
  }

  /** No token: the reason (safe, but about the app's credentials) goes to the log, not the browser. */
  function tokenFailure(error: unknown, lookupTimedOut: boolean): Response {
    // The shared token request may have hit its own timeout (the same length) just before ours.
    const cause = lookupTimedOut
      ? 'timeout'
      : error instanceof TokenRequestError
        ? error.reason
        : failureCause(error);
    const reason = error instanceof Error ? error.message : 'no token in time';
    logger?.error({ reason, cause }, liveTitles.token);
    return cause === 'timeout'
      ? problem(504, liveTitles.token, {
          detail: `The identity provider gave no token within ${settings.timeoutMs} ms.`,
        })
      : problem(502, liveTitles.token, {
          detail: 'The identity provider refused the app or could not be reached.',
        });
  }

  /**
   * Asks Live Platform with the app's token, once more with a new token after a 401, within the
   * timeout, and answers by the rule of upstream-answer.ts, or with a problem of our own.
   */
  async function ask(outgoing: Outgoing, callerSignal: AbortSignal): Promise<Response> {
    const timeout = AbortSignal.timeout(settings.timeoutMs);
    const signal = AbortSignal.any([callerSignal, timeout]);
    let stage: 'token' | 'upstream' = 'token';
    try {
      let token = await untilAborted(tokens.getToken(), signal);
      stage = 'upstream';
      let upstream = await call(outgoing, token, signal, 1);
      if (upstream.status === 401) {
        tokens.invalidate(token);
        stage = 'token';
        token = await untilAborted(tokens.getToken(), signal);
        stage = 'upstream';
        upstream = await call(outgoing, token, signal, 2);
      }
      return answerFromUpstream(upstream);
    } catch (error) {
      if (callerSignal.aborted) throw callerSignal.reason;
      if (stage === 'token') {
        if (timeout.aborted) tokens.abandonPending();
        return tokenFailure(error, timeout.aborted);
      }
      if (timeout.aborted) {
        return problem(504, liveTitles.timeout, {
          detail: `No answer within ${settings.timeoutMs} ms.`,
        });
      }
      if (error instanceof BodyTooLarge) {
        return problem(502, liveTitles.tooLarge, {
          detail: `The answer is larger than ${maxBodyBytes} bytes.`,
        });
      }
      const code = failureCode(error);
      return problem(502, liveTitles.unreachable, {
        detail: code ? `Network error ${code}.` : 'The connection failed.',
      });
    }
  }

  return {
    mode: 'live',
    // Ready when a token can be had and Live Platform answers at all (any HTTP status).
    async checkReady(signal) {
      await untilAborted(tokens.getToken(), signal);
      await fetch(settings.baseUrl, { method: 'HEAD', signal, redirect: 'manual' });
    },
    getNumber: (e164, signal) =>
      ask(
        {
          method: 'GET',
          pathAndQuery: `/api/v2/oc/numbers/${encodeURIComponent(e164)}`,
          // The number is customer data: the log names the route, not the number.
          loggedPath: '/api/v2/oc/numbers/:phone',
        },
        signal,
      ),
    // async: a path the API should never have sent rejects, like every other failure.
    async read(request, signal) {
      const outgoing = outgoingFor(request);
      return await ask(outgoing, signal);
    },
  };
}
