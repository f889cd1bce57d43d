import { STATUS_CODES } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { serve, type HttpBindings, type ServerType } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { DropConnection } from '../number-source.ts';
import { problem } from '../problem.ts';
import { answerRelated } from '../sandbox/related-answers.ts';
import { sandboxSource } from '../sandbox/sandbox-source.ts';
import type { UpstreamRequest } from '../upstream-request.ts';

/*
 * A real HTTP fake of Live Platform, for tests and the e2e harness. It answers
 * GET /tenantui/api/v2/oc/numbers/:phone with the sandbox's data (demo numbers and reserved
 * failure numbers behave as in demo mode), and the related reads (GET /tenantui/api/v3/customer,
 * /api/v2/oc/callingprofile, /api/v2/oc/lead, /api/v3/oc/numbers, POST
 * /api/v2/oc/numbers/action/number-status) with the sandbox's answerRelated, the same data set as
 * demo mode, but only for a bearer token signed by `issuer` (its
 * /jwks, as oauth2-mock-server serves it) with the right audience; else 401 with
 * `WWW-Authenticate: Bearer` and an empty body, as ASP.NET Core's JWT handler answers.
 *
 * Every request is recorded (method, path, query: tests count upstream calls per path) and, with
 * a latency set, answered only after it (a tenant page timed over a 50 ms WAN).
 *
 * failNext() queues failures: each request to an API route takes the next one, whatever its
 * token. Server trouble (500, 429, hang, dropped connection) comes before the token check, as a
 * gateway in front of the API would fail; 'unauthorized' answers 401 even to a valid token (as if
 * the token had been revoked).
 * failRelated() makes one related read (its path, e.g. /api/v2/oc/callingprofile) fail every
 * time in one of those ways until told otherwise, leaving the queue and every other route alone
 * (one part of a detail page failing while the rest loads).
 *
 * serve() makes one number answer with a raw answer (see RawAnswer), byte for byte, to every request
 * for it until told otherwise: any status line (600 too), any headers, any bytes, sent whole, a
 * byte at a time, or cut off by a reset. It comes before the failure queue and the token check.
 */

const relatedGetPaths = [
  '/api/v3/customer',
  '/api/v2/oc/callingprofile',
  '/api/v2/oc/lead',
  '/api/v3/oc/numbers',
] as const;
const numberStatusPath = '/api/v2/oc/numbers/action/number-status';

/** The path of one of Live Platform's related reads, below /tenantui. */
export type RelatedPath = (typeof relatedGetPaths)[number] | typeof numberStatusPath;

type FakeEnv = { Bindings: HttpBindings; Variables: { record: FakeRequest } };

export type FakeFailure =
  'status-500' | 'status-429' | 'hang' | 'unauthorized' | 'close-connection';

export type FakeRequest = {
  method: string;
  /** The path as received, still URL-encoded (e.g. /tenantui/api/v2/oc/numbers/%2B44…). */
  path: string;
  /** The query string as received, with its `?` (empty when none). */
  search: string;
  /** An Authorization header was sent. */
  authorization: boolean;
  /** The bearer token was valid (signature, issuer, audience, expiry). */
  authorized: boolean;
  /** X-Ovoc-Channel-Id, when sent. */
  channelId?: string;
  /** The client went away before the answer was complete. */
  aborted: boolean;
};

/**
 * An answer written straight onto the connection, so that anything can be sent: a status Node
 * would refuse (600), a wrong Content-Length, invalid UTF-8, a body cut off by a reset. The status
 * line, then the headers exactly as given, then the body. Two headers are added unless the answer
 * has its own: `Content-Length` (the body's length; not when it has Transfer-Encoding or
 * `framing: 'close'`) and `Connection: close`. The fake closes the connection after each raw
 * answer, so none of them can leave a kept-alive connection in a state the next request sees.
 */
export type RawAnswer = {
  /** Any integer: 204, 299, 600 and 999 are sent as they are. */
  status: number;
  /** The reason phrase; default: Node's for the status, else "Unknown". */
  reason?: string;
  /** Default 1.1. */
  httpVersion?: '1.0' | '1.1';
  headers?: readonly (readonly [name: string, value: string])[];
  /** A string is sent as UTF-8. */
  body?: string | Uint8Array;
  /** Interim (1xx) answers sent before this one, each a status line and headers only. */
  interim?: readonly { status: number; reason?: string; headers?: RawAnswer['headers'] }[];
  /** 'close': no Content-Length; the end of the body is the end of the connection. */
  framing?: 'length' | 'close';
  /**
   * How the body goes out. Default 'whole'. 'drip': one byte every `intervalMs`. 'reset': the
   * first `afterBytes` of the body, then a TCP reset (RST), as a crashing proxy would.
   */
  delivery?:
    | { kind: 'whole' }
    | { kind: 'drip'; intervalMs: number }
    | { kind: 'reset'; afterBytes: number };
};

export type FakeLivePlatform = {
  /** Base URL, including /tenantui, without a trailing slash. */
  url: string;
  close(): Promise<void>;
  requests: FakeRequest[];
  failNext(mode: FakeFailure, count?: number): void;
  /** Every request to this related read fails this way from now on; undefined: answered again. */
  failRelated(path: RelatedPath, mode: FakeFailure | undefined): void;
  /** Every request for `e164` gets this raw answer from now on; undefined: the usual answer again. */
  serve(e164: string, answer: RawAnswer | undefined): void;
  /** No number gets a raw answer any more. */
  clearServed(): void;
  /** Every request waits this long before it is answered (0: none), e.g. 50 ms as over a WAN. */
  setLatency(ms: number): void;
};

export const fakeFailureDetails = {
  traceId: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
  errorTicket: 'LP-FAKE-0500',
  retryAfterSeconds: '7',
};

export async function startFakeLivePlatform(options: {
  issuer: string;
  audience: string;
  /** Added to every request before it is answered; see setLatency. */
  latencyMs?: number;
}): Promise<FakeLivePlatform> {
  let latencyMs = options.latencyMs ?? 0;
  const issuer = options.issuer.replace(/\/+$/, '');
  const jwks = createRemoteJWKSet(new URL(`${issuer}/jwks`));
  const requests: FakeRequest[] = [];
  const failures: FakeFailure[] = [];
  const relatedFailures = new Map<RelatedPath, FakeFailure>();
  const served = new Map<string, RawAnswer>();

  const isValid = async (authorization: string | undefined) => {
    const token = /^Bearer ([\w.-]+)$/i.exec(authorization ?? '')?.[1];
    if (!token) return false;
    try {
      await jwtVerify(token, jwks, { issuer, audience: options.audience });
      return true;
    } catch {
      return false;
    }
  };

  const unauthorized = () =>
    new Response(null, { status: 401, headers: { 'www-authenticate': 'Bearer' } });

  const app = new Hono<FakeEnv>();

  app.use(async (c, next) => {
    const authorization = c.req.header('authorization');
    const channelId = c.req.header('x-ovoc-channel-id');
    const url = new URL(c.req.url);
    const record: FakeRequest = {
      method: c.req.method,
      path: url.pathname,
      search: url.search,
      authorization: authorization !== undefined,
      authorized: false,
      aborted: false,
      ...(channelId === undefined ? {} : { channelId }),
    };
    requests.push(record);
    c.env.outgoing.once('close', () => {
      if (!c.env.outgoing.writableFinished) record.aborted = true;
    });
    c.set('record', record);
    if (latencyMs > 0) await sleep(latencyMs);
    await next();
  });

  /** The next queued failure's answer, if one is queued (server trouble comes before the token check). */
  const queuedFailure = (c: Context<FakeEnv>) => failureAnswer(c, failures.shift());

  async function failureAnswer(
    c: Context<FakeEnv>,
    failure: FakeFailure | undefined,
  ): Promise<Response | undefined> {
    switch (failure) {
      case 'status-500':
        return problem(500, 'An error occurred while processing your request.', {
          traceId: fakeFailureDetails.traceId,
          errorTicket: fakeFailureDetails.errorTicket,
        });
      case 'status-429':
        return problem(
          429,
          'Too Many Requests',
          { detail: 'Rate limit: 10 requests per 10 seconds.' },
          { 'retry-after': fakeFailureDetails.retryAfterSeconds },
        );
      case 'hang':
        await new Promise<void>((resolve) => c.env.outgoing.once('close', () => resolve()));
        return new Response(null, { status: 499 });
      case 'close-connection':
        c.env.incoming.socket.destroy();
        return new Response(null, { status: 499 });
      case 'unauthorized':
        return unauthorized();
      case undefined:
        return undefined;
    }
  }

  // Live Platform's related reads, answered by the sandbox (the same data as demo mode), after
  // the failure queue and the token check, as the number is.
  const related = async (c: Context<FakeEnv>, path: RelatedPath, request: UpstreamRequest) => {
    const failing = relatedFailures.get(path);
    const failed = await (failing ? failureAnswer(c, failing) : queuedFailure(c));
    if (failed) return failed;
    const record = c.get('record');
    record.authorized = await isValid(c.req.header('authorization'));
    if (!record.authorized) return unauthorized();
    return answerRelated(request, c.req.raw.signal);
  };
  for (const path of relatedGetPaths) {
    app.get(`/tenantui${path}`, (c) =>
      related(c, path, {
        method: 'GET',
        path,
        query: Object.fromEntries(new URL(c.req.url).searchParams),
      }),
    );
  }
  app.post(`/tenantui${numberStatusPath}`, async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return problem(400, 'One or more validation errors occurred.', {
        errors: { '': ['The body is not JSON.'] },
      });
    }
    return related(c, numberStatusPath, { method: 'POST', path: numberStatusPath, body });
  });

  app.get('/tenantui/api/v2/oc/numbers/:phone', async (c) => {
    const record = c.get('record');
    const raw = served.get(c.req.param('phone'));
    if (raw) {
      record.authorized = await isValid(c.req.header('authorization'));
      await writeRaw(c.env.incoming.socket, raw);
      // Never sent: the connection is closed by now (as after 'hang' and 'close-connection').
      return new Response(null, { status: 499 });
    }
    const failed = await queuedFailure(c);
    if (failed) return failed;
    record.authorized = await isValid(c.req.header('authorization'));
    if (!record.authorized) return unauthorized();
    try {
      return await sandboxSource.getNumber(c.req.param('phone'), c.req.raw.signal);
    } catch (error) {
      if (error instanceof DropConnection) {
        c.env.incoming.socket.destroy();
        return new Response(null, { status: 499 });
      }
      throw error;
    }
  });

  app.all('*', () => problem(404, 'Not Found'));

  let server: ServerType | undefined;
  const port = await new Promise<number>((resolve) => {
    // overrideGlobalObjects: false keeps the test process's own Request and Response.
    server = serve(
      { fetch: app.fetch, port: 0, hostname: '127.0.0.1', overrideGlobalObjects: false },
      (info: AddressInfo) => resolve(info.port),
    );
  });

  return {
    url: `http://127.0.0.1:${port}/tenantui`,
    requests,
    failNext(mode, count = 1) {
      for (let i = 0; i < count; i++) failures.push(mode);
    },
    failRelated(path, mode) {
      if (mode) relatedFailures.set(path, mode);
      else relatedFailures.delete(path);
    },
    serve(e164, answer) {
      if (answer) served.set(e164, answer);
      else served.delete(e164);
    },
    clearServed() {
      served.clear();
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server) {
          resolve();
          return;
        }
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

const hasHeader = (answer: RawAnswer, name: string) =>
  (answer.headers ?? []).some(([key]) => key.toLowerCase() === name);

/** The bytes of a raw answer's status line and headers (with the two defaults, see RawAnswer). */
export function rawHead(answer: RawAnswer, bodyLength: number): Buffer {
  const reason = answer.reason ?? STATUS_CODES[answer.status] ?? 'Unknown';
  const lines = [`HTTP/${answer.httpVersion ?? '1.1'} ${answer.status} ${reason}`];
  for (const [name, value] of answer.headers ?? []) lines.push(`${name}: ${value}`);
  const framed = hasHeader(answer, 'content-length') || hasHeader(answer, 'transfer-encoding');
  if (!framed && answer.framing !== 'close') lines.push(`Content-Length: ${bodyLength}`);
  if (!hasHeader(answer, 'connection')) lines.push('Connection: close');
  // latin1: header values are bytes; a test may send any of them.
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
}

const bodyBytes = (body: RawAnswer['body']) =>
  typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body ?? new Uint8Array());

const written = (socket: Socket, bytes: Uint8Array) =>
  new Promise<void>((resolve) => {
    if (socket.destroyed) resolve();
    else socket.write(bytes, () => resolve());
  });

/** Writes `answer` on the socket, then closes it; resolves once the socket is closed. */
async function writeRaw(socket: Socket, answer: RawAnswer): Promise<void> {
  const closed = new Promise<void>((resolve) => {
    if (socket.destroyed) resolve();
    else socket.once('close', () => resolve());
  });
  const body = bodyBytes(answer.body);
  const delivery = answer.delivery ?? { kind: 'whole' };
  for (const interim of answer.interim ?? []) {
    const lines = [
      `HTTP/1.1 ${interim.status} ${interim.reason ?? STATUS_CODES[interim.status] ?? 'Unknown'}`,
    ];
    for (const [name, value] of interim.headers ?? []) lines.push(`${name}: ${value}`);
    await written(socket, Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'));
  }
  await written(socket, rawHead(answer, body.byteLength));
  switch (delivery.kind) {
    case 'whole':
      socket.end(body);
      break;
    case 'drip':
      for (const byte of body) {
        await sleep(delivery.intervalMs);
        if (socket.destroyed) break;
        await written(socket, Uint8Array.of(byte));
      }
      socket.end();
      break;
    case 'reset':
      await written(socket, body.subarray(0, delivery.afterBytes));
      if (!socket.destroyed) socket.resetAndDestroy();
      break;
  }
  await closed;
}
