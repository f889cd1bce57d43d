import {
  Events,
  OAuth2Server,
  type MutableResponse,
  type MutableToken,
  type TokenRequestIncomingMessage,
} from 'oauth2-mock-server';

/*
 * A local stand-in for Microsoft Entra ID's client-credentials endpoint, for tests and the e2e
 * harness: oauth2-mock-server with its token endpoint moved to Entra's path, so the app's
 * unchanged `{authority}/oauth2/v2.0/token` works against it (authority = `{issuer}/{tenantId}`).
 * Access tokens get `aud` = the scope without `/.default`, as Entra sets it for an App ID URI.
 * The mock accepts any client id and secret; `tokenRequests` records what each request sent.
 */

export type MockEntra = {
  /** The issuer URL (the `iss` of its tokens, and where /jwks is served). */
  issuer: string;
  /** What LIVE_PLATFORM_AUTHORITY would be: `{issuer}/{tenantId}`. */
  authority: string;
  /** Every token request's form fields, in order. */
  tokenRequests: Record<string, unknown>[];
  /** Every access token handed out, in order. */
  issuedTokens: string[];
  /** The next token answers use this `expires_in` (seconds); undefined restores the default. */
  setExpiresIn(seconds: number | undefined): void;
  /** The next `count` token requests fail with this HTTP status and an OAuth error body. */
  failNext(status: number, count?: number): void;
  stop(): Promise<void>;
};

export const audienceOf = (scope: string) => scope.replace(/\/\.default$/, '');

export async function startMockEntra(options: { tenantId: string }): Promise<MockEntra> {
  const tokenPath = `/${options.tenantId}/oauth2/v2.0/token`;
  const server = new OAuth2Server(undefined, undefined, { endpoints: { token: tokenPath } });
  await server.issuer.keys.generate('RS256');

  const tokenRequests: Record<string, unknown>[] = [];
  const issuedTokens: string[] = [];
  let expiresIn: number | undefined;
  let failures = 0;
  let failureStatus = 500;

  server.service.on(
    Events.BeforeTokenSigning,
    (token: MutableToken, req: TokenRequestIncomingMessage) => {
      tokenRequests.push({ ...req.body });
      if (typeof req.body.scope === 'string') token.payload.aud = audienceOf(req.body.scope);
      if (expiresIn !== undefined) token.payload.exp = token.payload.iat + expiresIn;
    },
  );
  server.service.on(Events.BeforeResponse, (response: MutableResponse) => {
    if (failures > 0) {
      failures--;
      response.statusCode = failureStatus;
      response.body = {
        error: failureStatus === 401 ? 'invalid_client' : 'temporarily_unavailable',
        error_description: 'AADSTS0000: mock failure',
      };
      return;
    }
    if (typeof response.body === 'object') {
      if (expiresIn !== undefined) response.body.expires_in = expiresIn;
      if (typeof response.body.access_token === 'string') {
        issuedTokens.push(response.body.access_token);
      }
    }
  });

  await server.start(0, '127.0.0.1');
  const issuer = server.issuer.url ?? '';

  return {
    issuer,
    authority: `${issuer}/${options.tenantId}`,
    tokenRequests,
    issuedTokens,
    setExpiresIn(seconds) {
      expiresIn = seconds;
    },
    failNext(status, count = 1) {
      failureStatus = status;
      failures = count;
    },
    stop: () => server.stop(),
  };
}
