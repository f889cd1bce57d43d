import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import { createOidcClient } from './auth/oidc.ts';
import { createLiveSource } from './live/live-source.ts';
import { createTokenProvider } from './live/token-provider.ts';
import { sandboxAppConfig } from './sandbox/sandbox-config.ts';
import { sandboxSource } from './sandbox/sandbox-source.ts';
import { isLoopbackUrl, type ServerSettings } from './settings.ts';

// Plain http is accepted only for identity providers on this machine (tests, local fakes); the
// settings refuse it anywhere else.
const isLoopbackHttp = (url: string) => url.startsWith('http:') && isLoopbackUrl(url);

/**
 * The app for these settings: the demo sandbox, or Live Platform behind staff sign-in. Given a
 * logger, both modes write the same request log (one line per request).
 */
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
      logger: options.logger,
      related: settings.related,
    });
  }
  const tokens = createTokenProvider(live, { allowInsecureHttp: isLoopbackHttp(live.authority) });
  return createApp({
    source: createLiveSource(live, tokens, options.logger ? { logger: options.logger } : {}),
    appConfig: {
      mode: 'live',
      liveHost: new URL(live.baseUrl).host,
      featuredNumbers: [],
      reservedNumbers: [],
    },
    distDir: options.distDir,
    frontend: options.frontend,
    logger: options.logger,
    related: settings.related,
    https: live.publicUrl.startsWith('https:'),
    auth: {
      settings: live,
      oidc: createOidcClient(live, { allowInsecureHttp: isLoopbackHttp(live.auth.issuer) }),
    },
  });
}
