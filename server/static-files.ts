import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Hono, type MiddlewareHandler } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { isAppRoute, isBuildFile } from './app-paths.ts';
import { openSearchHandler } from './opensearch.ts';
import { shellFiles, type ShellKind } from '../src/config/page-shells.ts';
import { earlyAnswers, fillNumberShell, shellFor } from './page-shells.ts';

// Set after the file is served: serveStatic's onFound runs after the response is built, where a
// header only sticks with some Response implementations.
const cacheFor =
  (value: string): MiddlewareHandler =>
  async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('cache-control', value);
  };

type StaticOptions = {
  /** The app's public address (PUBLIC_URL), for the OpenSearch description's absolute links. */
  publicUrl?: string | undefined;
};

/**
 * Serves the production build: hashed assets cached for a year, index.html never cached; and the
 * OpenSearch description, written for the app's origin.
 */
export function staticFiles(distDir: string, { publicUrl }: StaticOptions = {}) {
  const files = new Hono();
  const indexHtml = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  // Each kind of page has its prerendered shell; a build without them (tests) has index.html.
  const shells = Object.fromEntries(
    Object.entries(shellFiles).map(([kind, file]) => {
      const shellPath = path.join(distDir, file);
      return [kind, existsSync(shellPath) ? readFileSync(shellPath, 'utf8') : indexHtml];
    }),
  ) as Record<ShellKind, string>;

  const fromDist = serveStatic({ root: distDir, precompressed: true });
  // Source maps stay in the build for whoever debugs a deployment, but are never handed out: they
  // are megabytes of the app's source that no user needs.
  files.use('*', async (c, next) => {
    if (/\.map$/i.test(c.req.path)) return c.text('Not found', 404);
    await next();
  });
  files.get('/opensearch.xml', openSearchHandler(publicUrl));
  files.use('/assets/*', cacheFor('public, max-age=31536000, immutable'), fromDist);
  // The files of public/ (favicon, flags, …), found once at start: the build does not change.
  const publicFiles = [cacheFor('public, max-age=3600'), fromDist];
  for (const entry of readdirSync(distDir, { withFileTypes: true })) {
    if (/^(index\.html|assets|shells)$|\.(br|gz)$/.test(entry.name)) continue;
    files.use(entry.isDirectory() ? `/${entry.name}/*` : `/${entry.name}`, ...publicFiles);
  }

  // Any other path that is not a file still gets the app (so the user sees a "page not found"
  // with a way back) but with a 404 status.
  files.get('*', (c) => {
    if (isBuildFile(c.req.path)) return c.text('Not found', 404);
    c.header('cache-control', 'no-cache');
    if (isAppRoute(c.req.path)) c.header('link', earlyAnswers(c.req.path));
    const kind = shellFor(c.req.path);
    const page = kind === 'number' ? fillNumberShell(shells.number, c.req.path) : shells[kind];
    return c.html(page, isAppRoute(c.req.path) ? 200 : 404);
  });
  return files;
}
