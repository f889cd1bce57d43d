import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { pino, type Logger } from 'pino';

/*
 * The request log: one JSON line per request (method, path with any phone number masked, status,
 * time), and every other line written while serving it (the upstream call's, a failure's) carries
 * the request's id. Never headers, cookies, bodies or the query string.
 */

// The request being served, so every log line written while serving it (the upstream call's
// included) carries its id without passing it through every function.
const currentRequest = new AsyncLocalStorage<{ requestId: string }>();

/** JSON lines on stdout, each with the id of the request it belongs to. */
export function createLogger(destination?: pino.DestinationStream): Logger {
  const options = {
    name: 'oc-lookup',
    // A fresh object per line: pino merges each line's fields INTO what mixin returns, so handing
    // it the stored object would carry one line's fields into every later line of the request.
    mixin: () => ({ ...currentRequest.getStore() }),
    // Belt and braces: these never reach a log line even if someone logs a whole request.
    redact: [
      'req.headers.authorization',
      'req.headers.cookie',
      'headers.authorization',
      'headers.cookie',
    ],
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * An id from the proxy in front is kept (so its logs and ours line up) only when it is plainly an
 * id: 8 to 64 letters, digits, dots, dashes or underscores (a UUID is one). Anything else (spaces,
 * JSON, control characters, a long text) is replaced by our own id.
 */
export const acceptedRequestId = (value: string | undefined): string | undefined =>
  value !== undefined && /^[A-Za-z0-9._-]{8,64}$/.test(value) ? value : undefined;

const maxLoggedPathChars = 200;

// Anything that could be a phone number: 6 or more digits (any script's), with an optional leading
// + and any spaces, dots, dashes, brackets or slashes between them.
const phoneLike = /\+?\s*\p{Nd}(?:[\s().\-/]*\p{Nd}){5,}/gu;
// What follows /numbers/ (any case) is a number, whatever it looks like; except the one action
// path under it (number-status, whose number is in the body, never logged).
const numberSegment = /(\/numbers\/)(?!action\/number-status$).*$/isu;

/** Decodes what can be decoded (%2B, %20, …) so an encoded number is masked as well. */
function decodeLoosely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
  }
}

/** The path as logged: numbers masked wherever they are, and no longer than 200 characters. */
export function loggedPath(path: string): string {
  const masked = decodeLoosely(path.split('?')[0] ?? '')
    .replace(numberSegment, '$1:phone')
    .replace(phoneLike, ':phone');
  return masked.length > maxLoggedPathChars ? `${masked.slice(0, maxLoggedPathChars)}…` : masked;
}

/**
 * One line per request: method, path with the number masked (it is customer data),
 * status and time. Never headers, cookies or bodies. Sends the id back as X-Request-Id.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const requestId = acceptedRequestId(c.req.header('x-request-id')) ?? randomUUID();
    const started = performance.now();
    await currentRequest.run({ requestId }, async () => {
      await next();
      c.header('x-request-id', requestId);
      logger.info({
        method: c.req.method,
        path: loggedPath(c.req.path),
        status: c.res.status,
        latencyMs: Math.round(performance.now() - started),
      });
    });
  };
}
