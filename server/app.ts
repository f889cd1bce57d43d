import { Hono, type Context, type Handler, type MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import type { HttpBindings } from '@hono/node-server';
import { apiRoutes, type AppConfigBody } from './api-routes.ts';
import { authRoutes } from './auth/auth-routes.ts';
import type { OidcClient } from './auth/oidc.ts';
import { requireSession } from './auth/require-session.ts';
import { isSameOriginRequest } from './auth/same-origin.ts';
import { demoBrowser, signedInUser } from './related/caller-key.ts';
import { defaultRelatedSettings, type LiveSettings, type RelatedSettings } from './settings.ts';
import type { NumberSource } from './number-source.ts';
import { healthRoutes } from './health-routes.ts';
import { problem } from './problem.ts';
import { requestLog } from './request-log.ts';
import type { Logger } from 'pino';
import { securityHeaders } from './security-headers.ts';
import { staticFiles } from './static-files.ts';

type AppOptions = {
  source: NumberSource;
  appConfig: AppConfigBody;
  /** The production build to serve; left out in development, where Vite serves the app. */
  distDir?: string | undefined;
  /**
   * Development: answers every request no route took (Vite's pages, modules and hot reload), after
   * the same middleware as production — headers, log, and in live mode the session guard.
   */
  frontend?: MiddlewareHandler | undefined;
  /** Served over https (PUBLIC_URL): turns on HSTS. */
  https?: boolean;
  /** Writes one JSON line per request (and the upstream calls' lines carry its id). */
  logger?: Logger | undefined;
  /** Caching of Live Platform's related reads and the number-status limit (default: the defaults). */
  related?: RelatedSettings | undefined;
  /** Live mode: staff sign in, and nothing but health and static files is served without it. */
  auth?: { settings: LiveSettings; oidc: OidcClient } | undefined;
};

/**
 * Answers that fit in one TCP segment go as they are: compressing them saves no packet and costs
 * a compression stream each (a number's answer is about 1.1 kB; see decision 026).
 */
export const compressAbove = 1400;

export function createApp(options: AppOptions) {
  const { source, appConfig, distDir, frontend, https = false, auth, logger } = options;
  const related = {
    settings: options.related ?? defaultRelatedSettings,
    // Live mode: limited per signed-in user, and number-status only from the app's own pages
    // (as sign-out). Demo mode: per browser; nothing there reaches Microsoft or holds a session.
    ...(auth
      ? {
          callerOf: signedInUser,
          isSameOrigin: (c: Context) => isSameOriginRequest(c, auth.settings.publicUrl),
        }
      : { callerOf: demoBrowser(https), isSameOrigin: () => true }),
  };
  const app = new Hono<{ Bindings: HttpBindings }>();
  if (logger) app.use(requestLog(logger));
  app.use(securityHeaders({ https, development: !distDir }));
  app.use(compress({ threshold: compressAbove }));
  // Whatever fails unexpectedly still answers in the API's own error format, with no details.
  app.onError((error, c) => {
    if (logger) logger.error({ err: error }, 'unexpected error');
    else console.error(error);
    return c.req.path.startsWith('/api/')
      ? problem(500, 'Internal server error')
      : c.text('Internal server error', 500);
  });
  app.route('/', healthRoutes(source, logger));
  if (auth) {
    app.use(requireSession(auth.settings));
    // Before the API routes: their catch-all would otherwise answer /api/me.
    app.route('/', authRoutes(auth.settings, auth.oidc, { logger }));
  }
  app.route('/api', apiRoutes({ source, appConfig, related }));
  // OpenSearch's search address: the public one behind a proxy, not the Host this server saw.
  if (distDir) app.route('/', staticFiles(distDir, { publicUrl: auth?.settings.publicUrl }));
  else if (frontend) app.all('*', frontend);
  app.all('*', readOnlyPages);
  return app;
}

/**
 * Pages, files and health checks are only read: any other method on them is 405 with Allow, not
 * the app's "page not found" (the API answers its own 405s; /auth/* has its own routes).
 */
const readOnlyPages: Handler = (c) => {
  const { method, path } = c.req;
  if (method === 'GET' || method === 'HEAD' || /^\/auth(\/|$)/.test(path)) return c.notFound();
  return c.text('Method not allowed', 405, { allow: 'GET, HEAD' });
};
