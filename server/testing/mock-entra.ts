import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  Events,
  OAuth2Issuer,
  OAuth2Service,
  type MutableResponse,
  type MutableToken,
  type TokenRequestIncomingMessage,
} from 'oauth2-mock-server';

/*
 * A local stand-in for Microsoft Entra ID, for tests and the e2e harness: oauth2-mock-server with
 * its token endpoint moved to Entra's path, so the app's unchanged `{authority}/oauth2/v2.0/token`
 * works against it (authority = `{issuer}/{tenantId}`). It serves both of the app's flows:
 *  - client credentials: access tokens get `aud` = the scope without `/.default`, as Entra sets it
 *    for an App ID URI; counted, lifetime adjustable, failures on demand;
 *  - staff sign-in (authorization code + PKCE; /authorize approves at once): ID tokens carry the
 *    user's name and email and the roles the test sets.
 * The mock accepts any client id and secret.
 *
 * It also fails as an identity provider can: failTokensNext() makes the token endpoint hang, answer
 * garbage with 200 (an HTML page, broken JSON, JSON without access_token) or reset the connection;
 * refuseConnections() takes the whole provider off the network (connections refused) and back on
 * the same port, as an outage of login.microsoftonline.com would look from the app.
 */

export type SignInUser = { name: string; email: string };

/** How the token endpoint fails (any grant type): see failTokensNext(). */
export type TokenFault = 'hang' | 'html' | 'invalid-json' | 'no-access-token' | 'reset';

export const tokenFaults: readonly TokenFault[] = [
  'hang',
  'html',
  'invalid-json',
  'no-access-token',
  'reset',
];

export type MockEntra = {
  /** The issuer URL (the `iss` of its tokens, where discovery and /jwks are served). */
  issuer: string;
  /** What LIVE_PLATFORM_AUTHORITY would be: `{issuer}/{tenantId}`. */
  authority: string;
  /** Every client-credentials token request's form fields, in order. */
  tokenRequests: Record<string, unknown>[];
  /** Every token handed out (access and ID tokens, of both flows), in order. */
  issuedTokens: string[];
  /** The next client-credentials answers use this `expires_in` (seconds); undefined: default. */
  setExpiresIn(seconds: number | undefined): void;
  /** The roles claim of the ID tokens of sign-ins from now on. */
  setSignInRoles(roles: string[]): void;
  /** The next `count` token requests fail with this HTTP status and an OAuth error body. */
  failNext(status: number, count?: number): void;
  /** The next `count` requests to the token endpoint fail this way (whatever their grant type). */
  failTokensNext(fault: TokenFault, count?: number): void;
  /** Stops listening and drops every connection (true), or listens again on the same port. */
  refuseConnections(refuse: boolean): Promise<void>;
  /** Back to the defaults: default lifetime, default roles, no queued failures or token faults. */
  reset(): void;
  stop(): Promise<void>;
};

export const audienceOf = (scope: string) => scope.replace(/\/\.default$/, '');

type MockEntraOptions = {
  tenantId: string;
  host?: string;
  /** Who signs in through the authorization-code flow, and their roles until told otherwise. */
  signIn?: { user: SignInUser; roles: string[] };
};

export async function startMockEntra(options: MockEntraOptions): Promise<MockEntra> {
  const host = options.host ?? '127.0.0.1';
  const tokenPath = `/${options.tenantId}/oauth2/v2.0/token`;
  const oauthIssuer = new OAuth2Issuer();
  const service = new OAuth2Service(oauthIssuer, { token: tokenPath });
  await oauthIssuer.keys.generate('RS256');
  const faults: TokenFault[] = [];

  const tokenRequests: Record<string, unknown>[] = [];
  const issuedTokens: string[] = [];
  const defaultRoles = options.signIn?.roles ?? [];
  let roles = [...defaultRoles];
  let expiresIn: number | undefined;
  let failures = 0;
  let failureStatus = 500;
  const isClientCredentials = (req: TokenRequestIncomingMessage) =>
    req.body.grant_type === 'client_credentials';

  service.on(Events.BeforeTokenSigning, (token: MutableToken, req: TokenRequestIncomingMessage) => {
    if (isClientCredentials(req)) {
      tokenRequests.push({ ...req.body });
      if (typeof req.body.scope === 'string') token.payload.aud = audienceOf(req.body.scope);
      if (expiresIn !== undefined) token.payload.exp = token.payload.iat + expiresIn;
    } else if (req.body.grant_type === 'authorization_code' && options.signIn) {
      Object.assign(token.payload, { ...options.signIn.user, roles: [...roles] });
    }
  });
  service.on(
    Events.BeforeResponse,
    (response: MutableResponse, req: TokenRequestIncomingMessage) => {
      if (failures > 0) {
        failures--;
        response.statusCode = failureStatus;
        response.body = {
          error: failureStatus === 401 ? 'invalid_client' : 'temporarily_unavailable',
          error_description: 'AADSTS0000: mock failure',
        };
        return;
      }
      if (typeof response.body !== 'object') return;
      const body = response.body;
      if (isClientCredentials(req) && expiresIn !== undefined) body.expires_in = expiresIn;
      for (const key of ['access_token', 'id_token']) {
        const value = body[key];
        if (typeof value === 'string') issuedTokens.push(value);
      }
    },
  );

  // Its own HTTP server (not OAuth2Server's) so that the token endpoint can fail in ways the
  // library cannot answer (a hang, a reset) and the provider can go off the network and back.
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const fault = req.method === 'POST' && pathOf(req) === tokenPath ? faults.shift() : undefined;
    if (fault) failToken(fault, req, res);
    else service.requestHandler(req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (server.listening) server.close(() => resolve());
      else resolve();
    });
  await listen(0);
  const { port } = server.address() as AddressInfo;
  const issuer = `http://${host}:${port}`;
  oauthIssuer.url = issuer;

  return {
    issuer,
    authority: `${issuer}/${options.tenantId}`,
    tokenRequests,
    issuedTokens,
    setExpiresIn(seconds) {
      expiresIn = seconds;
    },
    setSignInRoles(next) {
      roles = [...next];
    },
    failNext(status, count = 1) {
      failureStatus = status;
      failures = count;
    },
    failTokensNext(fault, count = 1) {
      for (let i = 0; i < count; i++) faults.push(fault);
    },
    async refuseConnections(refuse) {
      if (refuse) await stop();
      else if (!server.listening) await listen(port);
    },
    reset() {
      expiresIn = undefined;
      roles = [...defaultRoles];
      failures = 0;
      faults.length = 0;
    },
    stop,
  };
}

const pathOf = (req: IncomingMessage) => new URL(req.url ?? '/', 'http://mock').pathname;

/** Bodies of the token endpoint's garbage answers, all with status 200. */
export const tokenGarbage = {
  html: '<!DOCTYPE html><html><head><title>Sign in</title></head><body><h1>Service unavailable</h1></body></html>',
  'invalid-json': '{"token_type":"Bearer","expires_in":3599,"access_token":"eyJ0eXAiOiJKV1Qi',
  'no-access-token': '{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599}',
} as const;

function failToken(fault: TokenFault, req: IncomingMessage, res: ServerResponse) {
  // Read (and drop) the form first, as a real server would before answering.
  req.resume();
  req.once('end', () => {
    if (fault === 'hang') return; // until the client gives up and closes the connection
    if (fault === 'reset') {
      req.socket.resetAndDestroy();
      return;
    }
    const body = tokenGarbage[fault];
    res.writeHead(200, {
      'content-type': fault === 'html' ? 'text/html; charset=utf-8' : 'application/json',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
    });
    res.end(body);
  });
}
