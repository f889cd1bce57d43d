import type { AddressInfo } from 'node:net';
import { serve, type HttpBindings, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { DropConnection } from '../number-source.ts';
import { problem } from '../problem.ts';
import { sandboxSource } from '../sandbox/sandbox-source.ts';

/*
 * A real HTTP fake of Live Platform, for tests and the e2e harness. It answers
 * GET /tenantui/api/v2/oc/numbers/:phone with the sandbox's data (demo numbers and reserved
 * failure numbers behave as in demo mode), but only for a bearer token signed by `issuer` (its
 * /jwks, as oauth2-mock-server serves it) with the right audience; else 401 with
 * `WWW-Authenticate: Bearer` and an empty body, as ASP.NET Core's JWT handler answers.
 *
 * failNext() queues failures: each request to the numbers route takes the next one, whatever its
 * token. Server trouble (500, 429, hang, dropped connection) comes before the token check, as a
 * gateway in front of the API would fail; 'unauthorized' answers 401 even to a valid token (as if
 * the token had been revoked).
 */

export type FakeFailure =
  'status-500' | 'status-429' | 'hang' | 'unauthorized' | 'close-connection';

export type FakeRequest = {
  /** The path as received, still URL-encoded (e.g. /tenantui/api/v2/oc/numbers/%2B44…). */
  path: string;
  /** An Authorization header was sent. */
  authorization: boolean;
  /** The bearer token was valid (signature, issuer, audience, expiry). */
  authorized: boolean;
  /** X-Ovoc-Channel-Id, when sent. */
  channelId?: string;
  /** The client went away before the answer was complete. */
  aborted: boolean;
};

export type FakeLivePlatform = {
  /** Base URL, including /tenantui, without a trailing slash. */
  url: string;
  close(): Promise<void>;
  requests: FakeRequest[];
  failNext(mode: FakeFailure, count?: number): void;
};

export const fakeFailureDetails = {
  traceId: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
  errorTicket: 'LP-FAKE-0500',
  retryAfterSeconds: '7',
};

export async function startFakeLivePlatform(options: {
  issuer: string;
  audience: string;
}): Promise<FakeLivePlatform> {
  const issuer = options.issuer.replace(/\/+$/, '');
  const jwks = createRemoteJWKSet(new URL(`${issuer}/jwks`));
  const requests: FakeRequest[] = [];
  const failures: FakeFailure[] = [];

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

  const app = new Hono<{ Bindings: HttpBindings; Variables: { record: FakeRequest } }>();

  app.use(async (c, next) => {
    const authorization = c.req.header('authorization');
    const channelId = c.req.header('x-ovoc-channel-id');
    const record: FakeRequest = {
      path: new URL(c.req.url).pathname,
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
    await next();
  });

  app.get('/tenantui/api/v2/oc/numbers/:phone', async (c) => {
    const record = c.get('record');
    const failure = failures.shift();
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
        break;
    }
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
