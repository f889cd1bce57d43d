import * as client from 'openid-client';
import type { LiveSettings } from '../settings.ts';

/*
 * The staff sign-in's identity provider, through openid-client: discovery, the authorization
 * code flow with PKCE (S256) and a nonce, and RP-initiated logout. Tokens stay in this process:
 * the callback hands back only the ID token's claims.
 */

export type IdTokenClaims = client.IDToken;

export type LoginChecks = { state: string; nonce: string; codeVerifier: string };

export type OidcClient = {
  /** `${publicUrl}/auth/callback`, as registered with the provider. */
  readonly redirectUri: string;
  /** Runs discovery now (or reuses its result); rejects when the provider cannot be reached. */
  discover(): Promise<void>;
  authorizationUrl(parameters: AuthorizationParameters): Promise<URL>;
  /**
   * Checks the provider's answer at the callback (state, error parameter, PKCE, the ID token's
   * signature, issuer, audience, expiry and nonce) and returns the ID token's claims.
   */
  handleCallback(currentUrl: URL, checks: LoginChecks): Promise<IdTokenClaims>;
  /** The provider's end-session URL, or undefined when it has none (or cannot be reached). */
  endSessionUrl(postLogoutRedirectUri: string): Promise<URL | undefined>;
};

export type AuthorizationParameters = {
  state: string;
  nonce: string;
  codeChallenge: string;
  redirectUri: string;
};

export type OidcClientOptions = {
  /** Allows an http:// issuer: for local identity providers in tests only. */
  allowInsecureHttp?: boolean;
  /** Seconds to wait for each request to the provider; default 10. */
  timeoutSeconds?: number;
};

export const scope = 'openid profile email';

export function redirectUriFor(settings: Pick<LiveSettings, 'publicUrl'>): string {
  return `${settings.publicUrl}/auth/callback`;
}

export function createOidcClient(
  settings: LiveSettings,
  options: OidcClientOptions = {},
): OidcClient {
  const { issuer, clientId, clientSecret } = settings.auth;
  const redirectUri = redirectUriFor(settings);

  // Discovered once, on first use; a failed discovery is forgotten so the next request retries.
  let configuration: Promise<client.Configuration> | undefined;
  const configure = () => {
    configuration ??= client
      .discovery(
        new URL(issuer),
        clientId,
        { client_secret: clientSecret, redirect_uris: [redirectUri] },
        client.ClientSecretPost(clientSecret),
        {
          timeout: options.timeoutSeconds ?? 10,
          // Deprecated only to stand out: http is for a local provider in tests, never production.
          // eslint-disable-next-line @typescript-eslint/no-deprecated
          ...(options.allowInsecureHttp ? { execute: [client.allowInsecureRequests] } : {}),
        },
      )
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  };

  return {
    redirectUri,

    async discover() {
      await configure();
    },

    async authorizationUrl({ state, nonce, codeChallenge, redirectUri: redirectTo }) {
      return client.buildAuthorizationUrl(await configure(), {
        redirect_uri: redirectTo,
        scope,
        state,
        nonce,
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
      });
    },

    async handleCallback(currentUrl, { state, nonce, codeVerifier }) {
      const tokens = await client.authorizationCodeGrant(await configure(), currentUrl, {
        expectedState: state,
        expectedNonce: nonce,
        pkceCodeVerifier: codeVerifier,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('The provider sent no ID token');
      return claims;
    },

    async endSessionUrl(postLogoutRedirectUri) {
      let config: client.Configuration;
      try {
        config = await configure();
      } catch {
        return undefined;
      }
      if (!config.serverMetadata().end_session_endpoint) return undefined;
      return client.buildEndSessionUrl(config, {
        post_logout_redirect_uri: postLogoutRedirectUri,
        client_id: clientId,
      });
    },
  };
}
