import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { pino, type Logger } from 'pino';

// The request being served, so every log line written while serving it (the upstream call's
// included) carries its id without passing it through every function.
const currentRequest = new AsyncLocalStorage<{ requestId: string }>();

/** JSON lines on stdout, each with the id of the request it belongs to. */
export function createLogger(destination?: pino.DestinationStream): Logger {
  const options = {
    name: 'oc-lookup',
    mixin: () => currentRequest.getStore() ?? {},
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

// An id from the proxy in front is kept (so its logs and ours line up) when it looks like one.
const incomingId = (value: string | undefined) =>
  value && /^[\w.-]{8,128}$/.test(value) ? value : undefined;

/**
 * One line per request: method, path with the number masked (it is customer data),
 * status and time. Never headers, cookies or bodies. Sends the id back as X-Request-Id.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const requestId = incomingId(c.req.header('x-request-id')) ?? randomUUID();
    const started = performance.now();
    await currentRequest.run({ requestId }, async () => {
      await next();
      c.header('x-request-id', requestId);
      logger.info({
        method: c.req.method,
        path: c.req.path.replace(/\/numbers\/[^/]+/, '/numbers/:phone'),
        status: c.res.status,
        latencyMs: Math.round(performance.now() - started),
      });
    });
  };
}
