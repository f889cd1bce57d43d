import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { HttpBindings } from '@hono/node-server';
import { apiRoutes, type AppConfigBody } from './api-routes.ts';
import type { NumberSource } from './number-source.ts';
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
  app.route('/api', apiRoutes({ source, appConfig }));
  if (distDir) app.route('/', staticFiles(distDir));
  return app;
}
