import * as client from 'openid-client';
import { failureCode } from '../failure-cause.ts';
import type { LiveSettings } from '../settings.ts';

/*
 * The app's own access token for Live Platform: OAuth 2.0 client credentials against Entra ID's
 * token endpoint ({authority}/oauth2/v2.0/token), with openid-client. The token is kept until
 * shortly before it expires, concurrent callers share one request, and a failed request is not
 * kept (the next call tries again). The request is bounded by the same timeout as a lookup
 * (LIVE_PLATFORM_TIMEOUT_MS): a hanging token endpoint must not keep a shared request alive past
 * the lookups waiting for it, or the first lookup after it recovers would still wait and fail.
 * Neither the client secret nor a token ever goes into an error message.
 */

export type TokenProvider = {
  /** A valid access token: the cached one, or a new one (one request shared by all callers). */
  getToken(): Promise<string>;
  /** Drops the cached token if it is still `token` (Live Platform answered 401 to it). */
  invalidate(token: string): void;
  /**
   * Stops sharing the token request in flight: a lookup gave up waiting for it (its timeout ran
   * out first), and the next caller must not join a request that is about to fail the same way.
   */
  abandonPending(): void;
};

export type TokenSettings = Pick<
  LiveSettings,
  'authority' | 'tenantId' | 'clientId' | 'clientSecret' | 'scope' | 'timeoutMs'
>;

export type TokenProviderOptions = {
  /** Tests only: lets the token endpoint be plain http (openid-client refuses it otherwise). */
  allowInsecureHttp?: boolean;
  /** How long before `expires_in` runs out a new token is fetched. Default 60 s. */
  earlyRefreshMs?: number;
};

/** The token endpoint refused or could not be reached. The message never holds secrets. */
export class TokenRequestError extends Error {
  /** Why, as a code for the log: the OAuth error (invalid_client), a network code, 'timeout'. */
  readonly reason: string;

  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = 'TokenRequestError';
    this.reason = reasonOf(options.cause);
  }
}

/** When the token endpoint leaves out expires_in (Entra always sends it): assume 5 minutes. */
const assumedLifetimeSeconds = 300;

export const tokenEndpointFor = (authority: string) =>
  `${authority.replace(/\/+$/, '')}/oauth2/v2.0/token`;

export function createTokenProvider(
  settings: TokenSettings,
  options: TokenProviderOptions = {},
): TokenProvider {
  const earlyRefreshMs = options.earlyRefreshMs ?? 60_000;
  const authority = settings.authority.replace(/\/+$/, '');
  const tokenEndpoint = tokenEndpointFor(authority);
  if (new URL(tokenEndpoint).protocol !== 'https:' && !options.allowInsecureHttp) {
    throw new Error(`The token endpoint must be https: ${tokenEndpoint}`);
  }

  // No discovery: Entra's token endpoint is known, and this saves a round trip at start.
  const config = new client.Configuration(
    { issuer: authority, token_endpoint: tokenEndpoint },
    settings.clientId,
    undefined,
    client.ClientSecretPost(settings.clientSecret),
  );
  // Bounded here, in milliseconds, not by openid-client's `timeout`: that is in seconds and goes
  // back through `timeout * 1000`, which for 1001 ms is 1000.9999… and makes AbortSignal.timeout
  // throw. 0 turns openid-client's own timeout off.
  config.timeout = 0;
  config[client.customFetch] = (url, init) =>
    // The types disagree (Uint8Array<ArrayBufferLike> is no BodyInit to lib.dom); fetch takes it.
    fetch(url, {
      ...init,
      body: init.body as BodyInit,
      signal: AbortSignal.timeout(settings.timeoutMs),
    });
  // Marked deprecated by openid-client only to stand out: it is for tests against plain http.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  if (options.allowInsecureHttp) client.allowInsecureRequests(config);

  let cached: { token: string; refreshAt: number } | undefined;
  let inFlight: Promise<string> | undefined;

  // Whatever an error says, it must not carry the secret (Entra never echoes it; be sure anyway).
  const redact = (text: string) => text.split(settings.clientSecret).join('[redacted]');

  async function requestToken(): Promise<string> {
    const requestedAt = Date.now();
    let response: Awaited<ReturnType<typeof client.clientCredentialsGrant>>;
    try {
      response = await client.clientCredentialsGrant(config, { scope: settings.scope });
    } catch (error) {
      throw new TokenRequestError(
        redact(`Token request to ${tokenEndpoint} failed: ${describeError(error)}`),
        { cause: error },
      );
    }
    const lifetimeMs = (response.expires_in ?? assumedLifetimeSeconds) * 1000;
    // Refresh earlyRefreshMs before expiry, but never use less than half a short-lived token.
    const refreshAt = requestedAt + Math.max(lifetimeMs - earlyRefreshMs, lifetimeMs / 2);
    cached = { token: response.access_token, refreshAt };
    return response.access_token;
  }

  return {
    getToken() {
      if (cached && Date.now() < cached.refreshAt) return Promise.resolve(cached.token);
      if (inFlight) return inFlight;
      const request = requestToken().finally(() => {
        // Only if it is still the shared one: abandonPending may have made way for a newer one.
        if (inFlight === request) inFlight = undefined;
      });
      inFlight = request;
      return request;
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
    abandonPending() {
      inFlight = undefined;
    },
  };
}

function reasonOf(error: unknown): string {
  if (error instanceof client.ResponseBodyError) return error.error;
  const code = failureCode(error);
  return code === 'TimeoutError' ? 'timeout' : (code ?? 'unknown');
}

/** What went wrong, in words safe for a log line: an OAuth error code, a status, a cause code. */
function describeError(error: unknown): string {
  if (error instanceof client.ResponseBodyError) {
    const description = error.error_description ? ` (${error.error_description})` : '';
    return `HTTP ${error.status} ${error.error}${description}`;
  }
  if (error instanceof Error) {
    const cause: unknown = error.cause;
    const code =
      cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string'
        ? ` (${cause.code})`
        : '';
    return `${error.message}${code}`;
  }
  return 'unknown error';
}
