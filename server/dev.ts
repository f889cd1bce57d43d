import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRequestListener, type HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { MiddlewareHandler } from 'hono';
import { createServer as createViteServer } from 'vite';
import { answerClientErrors } from './client-errors.ts';
import { composeApp } from './compose-app.ts';
import { loadEnvFile } from './env-file.ts';
import { createLogger } from './request-log.ts';
import { describeMode, readSettings } from './settings.ts';

// `npm run dev`: one port, one Hono app exactly as `npm start` composes it — API, /auth, /healthz,
// headers, request log and, in live mode, the session guard — with Vite in middleware mode (hot
// reload over the same HTTP server) answering whatever would be the build's files in production.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const settingsFrom = loadEnvFile(root);
const settings = readSettings();

const httpServer = createServer();
const vite = await createViteServer({
  root,
  server: { middlewareMode: true, ws: { server: httpServer } },
  appType: 'spa',
});

// Requests no route took (and, in live mode, that passed the session guard) come back from the
// app as this marker; they then go to Vite, which writes its answer itself. The marker is
// checked outside the app: middleware may copy a response, which would lose an "already sent" flag.
const viteMarker = 'x-oc-lookup-dev-frontend';
const toVite: MiddlewareHandler = (c) => Promise.resolve(c.body(null, 200, { [viteMarker]: '1' }));

function serveWithVite({ incoming, outgoing }: HttpBindings): Promise<void> {
  return new Promise((resolve) => {
    outgoing.once('close', resolve);
    vite.middlewares(incoming, outgoing, () => {
      outgoing.statusCode = 404;
      outgoing.end('Not found');
    });
  });
}

const app = composeApp(settings, { logger: createLogger(), frontend: toVite });
const listener = getRequestListener(async (request, env) => {
  const bindings = env as HttpBindings;
  const response = await app.fetch(request, bindings);
  if (!response.headers.has(viteMarker)) return response;
  await serveWithVite(bindings);
  return RESPONSE_ALREADY_SENT;
});
httpServer.on('request', (req, res) => void listener(req, res));
answerClientErrors(httpServer);

httpServer.listen(settings.port, settings.host, () => {
  const { port } = httpServer.address() as AddressInfo;
  console.log(`OC Lookup dev server on http://${settings.host}:${port}, ${describeMode(settings)}`);
  console.log(`Settings from ${settingsFrom}.`);
});
