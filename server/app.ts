import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { HttpBindings } from '@hono/node-server';
import { apiRoutes, type AppConfigBody } from './api-routes.ts';
import type { NumberSource } from './number-source.ts';
import { healthRoutes } from './health-routes.ts';
import { problem } from './problem.ts';
import { securityHeaders } from './security-headers.ts';
import { staticFiles } from './static-files.ts';

type AppOptions = {
  source: NumberSource;
  appConfig: AppConfigBody;
  /** The production build to serve; left out in development, where Vite serves the app. */
  distDir?: string;
  /** Served over https (PUBLIC_URL): turns on HSTS. */
  https?: boolean;
};

export function createApp({ source, appConfig, distDir, https = false }: AppOptions) {
  const app = new Hono<{ Bindings: HttpBindings }>();
  app.use(securityHeaders({ https, development: !distDir }));
  app.use(compress());
  // Whatever fails unexpectedly still answers in the API's own error format, with no details.
  app.onError((error, c) => {
    console.error(error);
    return c.req.path.startsWith('/api/')
      ? problem(500, 'Internal server error')
      : c.text('Internal server error', 500);
  });
  app.route('/', healthRoutes(source));
  app.route('/api', apiRoutes({ source, appConfig }));
  if (distDir) app.route('/', staticFiles(distDir));
  return app;
}
