import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Hono, type MiddlewareHandler } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

// Paths the browser app routes itself. Any other path that is not a file still gets the app (so the
// user sees a "page not found" with a way back) but with a 404 status.
const appRoutePattern = /^\/(numbers\/[^/]+\/?)?$/;
const looksLikeFile = (pathname: string) => /\.[a-z0-9]+$/i.test(pathname);

// Set after the file is served: serveStatic's onFound runs after the response is built, where a
// header only sticks with some Response implementations.
const cacheFor =
  (value: string): MiddlewareHandler =>
  async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('cache-control', value);
  };

/** Serves the production build: hashed assets cached for a year, index.html never cached. */
export function staticFiles(distDir: string) {
  const files = new Hono();
  const indexHtml = readFileSync(path.join(distDir, 'index.html'), 'utf8');

  const fromDist = serveStatic({ root: distDir, precompressed: true });
  files.use('/assets/*', cacheFor('public, max-age=31536000, immutable'), fromDist);
  // The files of public/ (favicon, flags, …), found once at start: the build does not change.
  const publicFiles = [cacheFor('public, max-age=3600'), fromDist];
  for (const entry of readdirSync(distDir, { withFileTypes: true })) {
    if (/^(index\.html|assets)$|\.(br|gz)$/.test(entry.name)) continue;
    files.use(entry.isDirectory() ? `/${entry.name}/*` : `/${entry.name}`, ...publicFiles);
  }

  files.get('*', (c) => {
    const isAppRoute = appRoutePattern.test(c.req.path) || c.req.path === '/index.html';
    // A number may hold dots (/numbers/020.7499.6300): app routes win over "looks like a file".
    if (!isAppRoute && looksLikeFile(c.req.path)) {
      return c.text('Not found', 404);
    }
    c.header('cache-control', 'no-cache');
    return c.html(indexHtml, isAppRoute ? 200 : 404);
  });
  return files;
}
