import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { HttpBindings } from '@hono/node-server';
import { apiRoutes, type AppConfigBody } from './api-routes.ts';
import type { NumberSource } from './number-source.ts';
import { problem } from './problem.ts';
import { staticFiles } from './static-files.ts';

type AppOptions = {
  source: NumberSource;
  appConfig: AppConfigBody;
  /** The production build to serve; left out in development, where Vite serves the app. */
  distDir?: string;
};

export function createApp({ source, appConfig, distDir }: AppOptions) {
  const app = new Hono<{ Bindings: HttpBindings }>();
  app.use(compress());
  // Whatever fails unexpectedly still answers in the API's own error format, with no details.
  app.onError((error, c) => {
    console.error(error);
    return c.req.path.startsWith('/api/')
      ? problem(500, 'Internal server error')
      : c.text('Internal server error', 500);
  });
  app.route('/api', apiRoutes({ source, appConfig }));
  if (distDir) app.route('/', staticFiles(distDir));
  return app;
}
