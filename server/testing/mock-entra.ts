import {
  Events,
  OAuth2Server,
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
 */

export type SignInUser = { name: string; email: string };

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
  /** Back to the defaults: default lifetime, default roles, no queued failures. */
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
  const server = new OAuth2Server(undefined, undefined, { endpoints: { token: tokenPath } });
  await server.issuer.keys.generate('RS256');

  const tokenRequests: Record<string, unknown>[] = [];
  const issuedTokens: string[] = [];
  const defaultRoles = options.signIn?.roles ?? [];
  let roles = [...defaultRoles];
  let expiresIn: number | undefined;
  let failures = 0;
  let failureStatus = 500;
  const isClientCredentials = (req: TokenRequestIncomingMessage) =>
    req.body.grant_type === 'client_credentials';

  server.service.on(
    Events.BeforeTokenSigning,
    (token: MutableToken, req: TokenRequestIncomingMessage) => {
      if (isClientCredentials(req)) {
        tokenRequests.push({ ...req.body });
        if (typeof req.body.scope === 'string') token.payload.aud = audienceOf(req.body.scope);
        if (expiresIn !== undefined) token.payload.exp = token.payload.iat + expiresIn;
      } else if (req.body.grant_type === 'authorization_code' && options.signIn) {
        Object.assign(token.payload, { ...options.signIn.user, roles: [...roles] });
      }
    },
  );
  server.service.on(
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

  await server.start(0, host);
  // The mock names itself `localhost` for any loopback address; keep to the address it listens on.
  server.issuer.url = `http://${host}:${server.address().port}`;
  const issuer = server.issuer.url;

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
    reset() {
      expiresIn = undefined;
      roles = [...defaultRoles];
      failures = 0;
    },
    stop: () => server.stop(),
  };
}
