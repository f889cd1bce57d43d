import {
  Events,
  OAuth2Server,
  type MutableResponse,
  type MutableToken,
  type TokenRequestIncomingMessage,
} from 'oauth2-mock-server';
import { audienceOf } from '../../server/testing/mock-entra.ts';

/*
 * The e2e stack's identity provider: one oauth2-mock-server set up like Entra ID, as
 * server/testing/mock-entra.ts does (token endpoint at `/{tenant}/oauth2/v2.0/token`, access
 * tokens with `aud` = the scope without `/.default`), serving both of the app's flows:
 *  - client credentials, for the app's Live Platform token (counted, lifetime adjustable);
 *  - staff sign-in (authorization code + PKCE; its /authorize approves at once), whose tokens
 *    carry the user's name, email and the roles set by the tests.
 * mock-entra.ts does not expose its OAuth2Server, so the roles claim cannot be set through it:
 * hence this helper.
 */

export type SignInClaims = { name: string; email: string; roles: string[] };

export type MockIdentity = {
  issuer: string;
  /** LIVE_PLATFORM_AUTHORITY: `{issuer}/{tenantId}`. */
  authority: string;
  /** How many client-credentials token requests were answered. */
  clientCredentialsRequests(): number;
  /** Every token handed out (access and ID tokens, of both flows), in order. */
  issuedTokens: string[];
  /** The next client-credentials tokens live this long (seconds); undefined: the default. */
  setExpiresIn(seconds: number | undefined): void;
  /** The roles claim of the ID tokens of sign-ins from now on. */
  setSignInRoles(roles: string[]): void;
  /** Back to the defaults: default lifetime, default roles. */
  reset(): void;
  stop(): Promise<void>;
};

export async function startMockIdentity(options: {
  tenantId: string;
  host: string;
  user: { name: string; email: string };
  defaultRoles: string[];
}): Promise<MockIdentity> {
  const tokenPath = `/${options.tenantId}/oauth2/v2.0/token`;
  const server = new OAuth2Server(undefined, undefined, { endpoints: { token: tokenPath } });
  await server.issuer.keys.generate('RS256');

  const issuedTokens: string[] = [];
  let clientCredentials = 0;
  let expiresIn: number | undefined;
  let roles = [...options.defaultRoles];

  server.service.on(
    Events.BeforeTokenSigning,
    (token: MutableToken, req: TokenRequestIncomingMessage) => {
      const { grant_type: grantType, scope } = req.body;
      if (grantType === 'client_credentials') {
        if (typeof scope === 'string') token.payload.aud = audienceOf(scope);
        if (expiresIn !== undefined) token.payload.exp = token.payload.iat + expiresIn;
      } else if (grantType === 'authorization_code') {
        Object.assign(token.payload, { ...options.user, roles: [...roles] });
      }
    },
  );
  server.service.on(
    Events.BeforeResponse,
    (response: MutableResponse, req: TokenRequestIncomingMessage) => {
      if (typeof response.body !== 'object') return;
      const body = response.body;
      if (req.body.grant_type === 'client_credentials') {
        clientCredentials++;
        if (expiresIn !== undefined) body.expires_in = expiresIn;
      }
      for (const key of ['access_token', 'id_token']) {
        const value = body[key];
        if (typeof value === 'string') issuedTokens.push(value);
      }
    },
  );

  await server.start(0, options.host);
  // The mock names itself `localhost` for any loopback address; keep to the address it listens on.
  server.issuer.url = `http://${options.host}:${server.address().port}`;
  const issuer = server.issuer.url;

  return {
    issuer,
    authority: `${issuer}/${options.tenantId}`,
    clientCredentialsRequests: () => clientCredentials,
    issuedTokens,
    setExpiresIn(seconds) {
      expiresIn = seconds;
    },
    setSignInRoles(next) {
      roles = [...next];
    },
    reset() {
      expiresIn = undefined;
      roles = [...options.defaultRoles];
    },
    stop: () => server.stop(),
  };
}
