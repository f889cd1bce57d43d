import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import { createOidcClient } from './auth/oidc.ts';
import { createLiveSource } from './live/live-source.ts';
import { createTokenProvider } from './live/token-provider.ts';
import type { NumberSource } from './number-source.ts';
import { sandboxAppConfig } from './sandbox/sandbox-config.ts';
import { sandboxSource } from './sandbox/sandbox-source.ts';
import { isLoopbackUrl, type LiveSettings, type ServerSettings } from './settings.ts';

// Plain http is accepted only for identity providers on this machine (tests, local fakes); the
// settings refuse it anywhere else.
const isLoopbackHttp = (url: string) => url.startsWith('http:') && isLoopbackUrl(url);

/** The app for these settings: the demo sandbox, or Live Platform behind staff sign-in. */
export function composeApp(
  settings: ServerSettings,
  options: { distDir?: string; logger?: Logger; frontend?: MiddlewareHandler } = {},
) {
  const { live } = settings;
  if (!live) {
    return createApp({
      source: sandboxSource,
      appConfig: sandboxAppConfig,
      distDir: options.distDir,
      frontend: options.frontend,
    });
  }
  return createApp({
    source: liveSource(live, options.logger),
    appConfig: {
      mode: 'live',
      liveHost: new URL(live.baseUrl).host,
      featuredNumbers: [],
      reservedNumbers: [],
    },
    distDir: options.distDir,
    frontend: options.frontend,
    logger: options.logger,
    https: live.publicUrl.startsWith('https:'),
    auth: {
      settings: live,
      oidc: createOidcClient(live, { allowInsecureHttp: isLoopbackHttp(live.auth.issuer) }),
    },
  });
}

function liveSource(live: LiveSettings, logger: Logger | undefined): NumberSource {
  const tokens = createTokenProvider(live, { allowInsecureHttp: isLoopbackHttp(live.authority) });
  const source = createLiveSource(live, tokens, logger ? { logger } : {});
  return {
    ...source,
    // Ready when a token can be had and Live Platform answers at all (any HTTP status).
    async checkReady(signal) {
      await tokens.getToken();
      await fetch(live.baseUrl, { method: 'HEAD', signal, redirect: 'manual' });
    },
  };
}
